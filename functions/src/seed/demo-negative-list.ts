import type { NegativeListReviewView } from '@sunshine/shared';
import type { NegativeListStore } from '../ports/negative-list-store';

/**
 * The negative list's first yearly review (动态调整), so the public page and the staff reminder
 * have a date to show. Dated 5 January 2026: the next review falls due on 5 January 2027, which a
 * demonstration in December shows as 即将到期.
 */
export const DEMO_NEGATIVE_LIST_REVIEW: NegativeListReviewView = {
  id: '01H0000000DEM00000000NL001',
  reviewedOn: '2026-01-05',
  note: '（演示数据）对照《中华人民共和国政府信息公开条例》第十四条至第十六条，逐类核对本机关不予主动公开的政府信息，本次未作调整。',
  remarks: {
    security_stability: '重大活动安保方案涉及警力部署，继续不予公开。',
    process_information: '调研报告属过程性信息，依申请公开。',
  },
  by: '演示管理员',
  at: '2026-01-05T02:00:00.000Z',
};

/** Record the demo review unless a review is already recorded (idempotent, like every seed). */
export async function seedDemoNegativeList(store: NegativeListStore): Promise<boolean> {
  if ((await store.reviews(1)).length > 0) return false;
  const review = DEMO_NEGATIVE_LIST_REVIEW;
  await store.recordReview(review, {
    id: review.id,
    at: review.at,
    actorId: 'system',
    actorName: review.by,
    roles: ['admin'],
    action: 'negative_list.review',
    summary: `负面清单年度复核（${review.reviewedOn}）：演示数据`,
  });
  return true;
}
