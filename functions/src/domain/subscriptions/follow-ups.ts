import {
  followUpOf,
  staffOf,
  type FieldIssue,
  type FollowUpKind,
  type SubscriptionTopic,
} from '@sunshine/shared';
import type { ApplicationStore } from '../../ports/application-store';
import type { ConcernStore } from '../../ports/concern-store';
import type { ContentStore } from '../../ports/content-store';
import type { QuestionStore } from '../../ports/question-store';

export interface FollowUpDeps {
  questions: Pick<QuestionStore, 'get'>;
  applications: Pick<ApplicationStore, 'get'>;
  content: Pick<ContentStore, 'getPublished'>;
  concerns: Pick<ConcernStore, 'get'>;
}

/**
 * Whether this person may follow this item. Their own question or application only: its answer
 * is theirs. A consultation's report is public, so any published consultation may be followed
 * (whether they commented is not checked: it would cost a Query through all their comments,
 * and following a public report harms no one).
 */
async function mayFollow(
  deps: FollowUpDeps,
  userId: string,
  topic: SubscriptionTopic,
): Promise<boolean> {
  const staff = staffOf(topic);
  if (staff !== undefined) return staff === userId;
  const followUp = followUpOf(topic);
  if (!followUp) return true;
  switch (followUp.kind) {
    case 'question':
      return (await deps.questions.get(followUp.id))?.askerId === userId;
    case 'application':
      return (await deps.applications.get(followUp.id))?.applicantId === userId;
    case 'consultation': {
      const entry = await deps.content.getPublished(followUp.id);
      return entry?.item.kind === 'consultation' && !entry.item.withdrawal;
    }
    case 'concern':
      // A concern's thread is public: anyone may follow one that exists, open or closed.
      return (await deps.concerns.get(followUp.id)) !== undefined;
  }
}

const FOLLOW_UP_REFUSALS: Record<FollowUpKind | 'staff', string> = {
  consultation: '该征求意见不存在或已撤回',
  question: '只能订阅本人留言或申请的答复提醒',
  application: '只能订阅本人留言或申请的答复提醒',
  concern: '该关切事项不存在',
  staff: '只能订阅本人的工作提醒',
};

/**
 * The topics this person may not follow, as field issues (`topics.<i>`). One message whether the
 * item is someone else's or does not exist, so a guess learns nothing about other people's items.
 */
export async function followUpIssues(
  deps: FollowUpDeps,
  userId: string,
  topics: SubscriptionTopic[],
): Promise<FieldIssue[]> {
  const allowed = await Promise.all(topics.map((topic) => mayFollow(deps, userId, topic)));
  return topics.flatMap((topic, i) =>
    allowed[i]
      ? []
      : [
          {
            field: `topics.${i}`,
            message: FOLLOW_UP_REFUSALS[followUpOf(topic)?.kind ?? 'staff'],
          },
        ],
  );
}
