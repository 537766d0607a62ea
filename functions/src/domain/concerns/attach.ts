import type {
  ConcernLevel,
  ContentDraft,
  PublishedContent,
  SubscriptionTopic,
} from '@sunshine/shared';
import { AppError, ValidationError } from '../../commons/errors';
import type { ConcernEntry, ConcernStore } from '../../ports/concern-store';

type ConcernReader = Pick<ConcernStore, 'get'>;

/** Why a release attached to a concern closed since cannot be published. */
export const CONCERN_CLOSED_MESSAGE = '所关联的关切事项已办结，请退回修改、取消关联后再发布';

/**
 * The topics a release attached to a concern adds: its followers, and for a major concern the
 * subscribers of urgent notices (紧急通告). None for a release of no concern.
 */
export function concernTopics(
  content: Pick<PublishedContent, 'kind'> & { concern?: { id: string } },
  level: ConcernLevel | undefined,
): SubscriptionTopic[] {
  if (!content.concern || !level) return [];
  return [`concern:${content.concern.id}`, ...(level === 'major' ? (['urgent'] as const) : [])];
}

const concernOf = (draft: ContentDraft) => ('concern' in draft ? draft.concern : undefined);

/**
 * A draft may name a concern only before its first publication (that publication is what enters
 * the thread and reaches the followers), and only one that exists and is still open. A link the
 * item already had is kept as it is: a published release of a concern closed since can still be
 * corrected.
 */
export async function requireOpenConcern(
  concerns: ConcernReader | undefined,
  draft: ContentDraft,
  before?: { draft: ContentDraft; publishedVersion: number },
): Promise<void> {
  const link = concernOf(draft);
  if (!link) return;
  const had = before && concernOf(before.draft);
  if (had && had.id === link.id && had.entry === link.entry) return;
  if (before && before.publishedVersion > 0)
    throw new ValidationError([
      { field: 'concern', message: '已发布的信息不能再关联关切，请新建一条信息关联此事' },
    ]);
  const concern = await concerns?.get(link.id);
  if (!concern || concern.status !== 'open')
    throw new ValidationError([
      { field: 'concern', message: '关切事项不存在或已办结，请重新选择' },
    ]);
}

/**
 * What the first publication of a release attached to a concern adds to its thread, and the
 * concern's level (for the release's topics). A concern closed since the draft was written takes
 * nothing more: the reviewer is told to remove the link first.
 */
export async function concernEntryOf(
  concerns: ConcernReader | undefined,
  content: PublishedContent,
  version: number,
): Promise<{ concernId: string; level: ConcernLevel; entry: ConcernEntry } | undefined> {
  const link = concernOf(content as ContentDraft);
  if (!link || version !== 1) return undefined;
  const concern = await concerns?.get(link.id);
  if (!concern || concern.status !== 'open') throw new AppError('CONFLICT', CONCERN_CLOSED_MESSAGE);
  return {
    concernId: concern.id,
    level: concern.level,
    entry: {
      itemId: content.id,
      kind: content.kind,
      entry: link.entry,
      title: content.title,
      publishedAt: content.publishedAt,
    },
  };
}
