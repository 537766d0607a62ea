import {
  chinaDate,
  nextReviewDueOn,
  WITHHOLDING_GROUND_RULES,
  WITHHOLDING_GROUNDS,
  type NegativeListView,
  type RecordReviewInput,
  type StaffNegativeListView,
} from '@sunshine/shared';
import { AppError, ValidationError } from '../../commons/errors';
import type { PublicCache } from '../../ports/public-cache';
import {
  EarlierReviewError,
  type NegativeListStore,
  type NegativeListSummary,
} from '../../ports/negative-list-store';
import { auditEntry, type AuditDeps } from '../audit/entry';
import type { StaffActor } from '../identity/actor';

const REVIEWS_LISTED = 50;

function listView({ counts, lastReviewedOn }: NegativeListSummary): NegativeListView {
  return {
    grounds: WITHHOLDING_GROUNDS.map((ground) => ({
      ground,
      ...WITHHOLDING_GROUND_RULES[ground],
      // Never below zero, even if a count were ever moved twice: the list is read by the public.
      count: Math.max(0, counts[ground] ?? 0),
    })),
    ...(lastReviewedOn && { lastReviewedOn, nextReviewDueOn: nextReviewDueOn(lastReviewedOn) }),
  };
}

/** The public negative list: each ground with its basis and count, and the review dates. One GetItem. */
export async function getNegativeList(store: NegativeListStore): Promise<NegativeListView> {
  return listView(await store.summary());
}

/** The same for staff, with the reviews recorded. */
export async function getStaffNegativeList(
  store: NegativeListStore,
): Promise<StaffNegativeListView> {
  const [summary, reviews] = await Promise.all([store.summary(), store.reviews(REVIEWS_LISTED)]);
  return { ...listView(summary), reviews };
}

/** An admin records the yearly review (动态调整): its date, a note, remarks per ground. */
export async function recordNegativeListReview(
  deps: AuditDeps & { negativeList: NegativeListStore; publicCache?: PublicCache },
  actor: StaffActor,
  input: RecordReviewInput,
): Promise<StaffNegativeListView> {
  const now = deps.clock.now();
  if (input.reviewedOn > chinaDate(now))
    throw new ValidationError([{ field: 'reviewedOn', message: '复核日期不能晚于今天' }]);
  const remarks = Object.fromEntries(
    Object.entries(input.remarks).filter(([, remark]) => remark.trim() !== ''),
  );
  const review = {
    id: deps.ids.next(),
    reviewedOn: input.reviewedOn,
    note: input.note,
    remarks,
    by: actor.displayName,
    at: now.toISOString(),
  };
  try {
    await deps.negativeList.recordReview(
      review,
      auditEntry(
        deps,
        actor,
        'negative_list.review',
        undefined,
        `负面清单年度复核（${input.reviewedOn}）：${input.note}`,
      ),
    );
  } catch (error) {
    if (error instanceof EarlierReviewError)
      throw new AppError('CONFLICT', '已有更晚的复核记录，复核日期不能早于上次复核');
    throw error;
  }
  // The public list shows the review date: cached copies must not outlive it.
  await deps.publicCache?.contentChanged();
  return getStaffNegativeList(deps.negativeList);
}
