import {
  type ActorRef,
  type ApplicantCategory,
  type ApplicantType,
  type ReplyOutcome,
} from '@sunshine/shared';
import type { StoredApplication, StoredApplicationEvent } from '../../ports/application-store';

/**
 * Applications stored before the report's terms (issue 16) carry a reply kind of art. 36 instead of
 * a report row, no legal basis, closings without an outcome, and no applicant category. They are
 * read into the current shape here, at read time, so every reader (the case, the lists, the
 * report) sees one shape and no backfill rewrites records whose writes are versioned and audited.
 * Nothing is invented: an old reply keeps a blank basis and states no remedies it never stated.
 * The table is in docs/features/applications.md ("Records from before the report's terms").
 */

/** The reply kinds replies were recorded in before (REPLY_KINDS of the earlier schema). */
export const LEGACY_REPLY_KINDS = [
  'already_public',
  'provided',
  'refused',
  'not_exist',
  'not_held',
  'repeated',
  'special_regime',
] as const;
export type LegacyReplyKind = (typeof LEGACY_REPLY_KINDS)[number];

/**
 * Each old kind's report row. 已主动公开 is 予以公开 in the 2021 format (kept as `alreadyPublic`).
 * 不予公开 recorded no ground, and the report has no "不予公开, ground unknown" row: it counts as
 * 其他法律行政法规禁止公开 would be a guess, so it goes to 其他处理 3 (other_other), where the
 * reviewer sees it among the records behind that figure and can reclassify by hand in the report.
 * 信息不存在 and 非本机关掌握 are both 本机关不掌握相关政府信息; 按有关法律法规办理 (information
 * handled under a special regime) has no row of its own: 其他处理 3.
 */
export const LEGACY_REPLY_OUTCOMES: Record<LegacyReplyKind, ReplyOutcome> = {
  already_public: 'disclosed',
  provided: 'disclosed',
  refused: 'other_other',
  not_exist: 'unavailable_not_held',
  not_held: 'unavailable_not_held',
  repeated: 'not_handled_repeated',
  special_regime: 'other_other',
};

/** A record without a category: a person is 自然人; an organization, never asked its kind, is 其他. */
export function legacyApplicantCategory(type: ApplicantType | undefined): ApplicantCategory {
  return type === 'organization' ? 'other_organization' : 'natural_person';
}

type LegacyReply = {
  kind: LegacyReplyKind;
  text: string;
  detail: string;
  on: string;
  by: ActorRef;
};
type AnyEvent =
  StoredApplicationEvent | (Omit<StoredApplicationEvent, 'outcome'> & { type: string });

/**
 * The one mapping of an old record to the current shape (applied to every item read): a category
 * from the applicant type, a reply kind to its outcome, a closing (only ever for want of a
 * correction before fees existed) to other_uncorrected. A current record passes unchanged.
 */
export function upgradeLegacyApplication(
  stored: Omit<StoredApplication, 'applicantCategory'> & {
    applicantCategory?: ApplicantCategory;
  },
): StoredApplication {
  const reply = stored.reply as StoredApplication['reply'] | LegacyReply | undefined;
  return {
    ...stored,
    applicantCategory: stored.applicantCategory ?? legacyApplicantCategory(stored.applicant?.type),
    // A record always has its receipt event; a hand-made one in a test may have none.
    events: ((stored.events as AnyEvent[] | undefined) ?? []).map((event) =>
      event.type === 'closed' && !('outcome' in event)
        ? ({ ...event, outcome: 'other_uncorrected', basis: '' } as StoredApplicationEvent)
        : (event as StoredApplicationEvent),
    ),
    ...(reply &&
      'kind' in reply && {
        reply: {
          outcome: LEGACY_REPLY_OUTCOMES[reply.kind],
          basis: '',
          alreadyPublic: reply.kind === 'already_public',
          text: reply.text,
          detail: reply.detail,
          on: reply.on,
          by: reply.by,
        },
      }),
  };
}
