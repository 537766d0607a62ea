import { profileOffices, type BureauProfile, type OfficeOption } from '@sunshine/shared';
import { ValidationError } from '../../commons/errors';
import type { BureauStore } from '../../ports/bureau-store';

/** The bureau's offices as a use case asks for them: read when needed, one GetItem (#101). */
export type OfficeList = () => Promise<OfficeOption[]>;

/** The profile's offices (the built-in list before one is saved; none given: the built-in list). */
export const officeListOf =
  (bureau: Pick<BureauStore, 'get'> | undefined): OfficeList =>
  async () =>
    profileOffices(await bureau?.get());

/**
 * The profile as public reads need it, kept for a minute per container: the CDN keeps their
 * answers 60 s anyway, and a warm function's read then stays one DynamoDB request (its Query).
 */
export function recentProfile(
  bureau: Pick<BureauStore, 'get'>,
  now: () => number,
  keepMs = 60_000,
): () => Promise<BureauProfile | undefined> {
  let kept: { at: number; profile: Promise<BureauProfile | undefined> } | undefined;
  return () => {
    if (!kept || now() - kept.at >= keepMs) {
      const profile = bureau.get();
      kept = { at: now(), profile };
      profile.catch(() => (kept = undefined)); // a failed read is not kept
    }
    return kept.profile;
  };
}

/** An item or subscription may name only one of the bureau's offices (a typo'd id is refused). */
export function requireKnownOffice(
  offices: readonly OfficeOption[],
  office: string,
  field = 'office',
): void {
  if (!offices.some((known) => known.id === office))
    throw new ValidationError([
      {
        field,
        message: `科室「${office}」不存在，请选择机关信息中的科室或请管理员先新增`,
      },
    ]);
}
