import type { BureauProfile, BureauProfileInput } from '@sunshine/shared';
import { AppError, NotFoundError, ValidationError } from '../../commons/errors';
import type { BureauStore } from '../../ports/bureau-store';
import type { PublicCache } from '../../ports/public-cache';
import { auditEntry, type AuditDeps } from '../audit/entry';
import type { StaffActor } from '../identity/actor';

export const BUREAU_STALE_MESSAGE = '机关信息已被他人修改，请刷新后再改';

/**
 * The profile residents read (the disclosure guide, office names). Before an admin saves one there
 * is nothing true to show, so 404 says so rather than showing the demo bureau's facts as this one's.
 */
export async function getBureau(bureau: Pick<BureauStore, 'get'>): Promise<BureauProfile> {
  const profile = await bureau.get();
  if (!profile) throw new NotFoundError('机关信息尚未录入，请管理员在「机关信息」页录入后再查看');
  return profile;
}

export interface SaveBureauDeps extends AuditDeps {
  bureau: BureauStore;
  /** The CDN in front of public reads: the profile is one. */
  publicCache?: PublicCache;
}

/**
 * An admin saves the whole profile over the version they edited. An office id once saved stays:
 * items, subscriptions and the office feeds store it, so it may be renamed but never removed.
 */
export async function saveBureau(
  deps: SaveBureauDeps,
  actor: StaffActor,
  input: BureauProfileInput,
): Promise<BureauProfile> {
  const { previousUpdatedAt, ...fields } = input;
  const current = await deps.bureau.get();
  // The write's condition is the real check; this one only answers before the office check does.
  if (current?.updatedAt !== previousUpdatedAt)
    throw new AppError('CONFLICT', BUREAU_STALE_MESSAGE);
  const kept = new Set(fields.offices.map((office) => office.id));
  const removed = (current?.offices ?? []).filter((office) => !kept.has(office.id));
  if (removed.length)
    throw new ValidationError([
      {
        field: 'offices',
        message: `科室「${removed[0]!.name}」（编号 ${removed[0]!.id}）已保存过，不能删除，只能改名或修改联系方式`,
      },
    ]);
  const profile = { ...fields, updatedAt: deps.clock.now().toISOString() };
  const outcome = await deps.bureau.save(
    profile,
    previousUpdatedAt,
    auditEntry(deps, actor, 'bureau.update', undefined, saveSummary(current, profile)),
  );
  if (outcome === 'stale') throw new AppError('CONFLICT', BUREAU_STALE_MESSAGE);
  await deps.publicCache?.contentChanged(); // the profile is a cached public read
  return profile;
}

/** What changed, in a line an auditor reads: which parts, and offices added. */
function saveSummary(before: BureauProfile | undefined, after: BureauProfile): string {
  if (!before) return `录入机关信息：${after.name}，科室 ${after.offices.length} 个`;
  const parts = (
    [
      ['名称', before.name !== after.name],
      ['统一社会信用代码', before.creditCode !== after.creditCode],
      ['索引号格式', before.indexFormat !== after.indexFormat],
      ['科室', !sameList(before.offices, after.offices)],
      ['政府信息公开工作机构', !sameFields(before.disclosureOffice, after.disclosureOffice)],
      ['救济途径', !sameFields(before.remedies, after.remedies)],
    ] as const
  )
    .filter(([, changed]) => changed)
    .map(([label]) => label);
  const known = new Set(before.offices.map((office) => office.id));
  const added = after.offices.filter((office) => !known.has(office.id)).map((o) => o.name);
  return `修改机关信息：${parts.join('、') || '无变化'}${added.length ? `；新增科室 ${added.join('、')}` : ''}`;
}

/** Field by field: a stored map comes back with its keys in another order than it was written. */
function sameFields<T extends object>(a: T, b: T): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof T>;
  return [...keys].every((key) => a[key] === b[key]);
}

const sameList = <T extends object>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, index) => sameFields(item, b[index]!));
