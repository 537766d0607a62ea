import {
  BUILT_IN_TOPICS,
  customTopicKey,
  isCustomTopic,
  TOPICS,
  type ContentDraft,
  type TopicView,
} from '@sunshine/shared';
import { AppError, ValidationError } from '../../commons/errors';
import type { PublicCache } from '../../ports/public-cache';
import type { TopicStore } from '../../ports/topic-store';
import type { AuditDeps } from '../audit/entry';
import { auditEntry } from '../audit/entry';
import type { StaffActor } from '../identity/actor';

/** Every topic residents can browse by: the built-in ones, then those staff added. */
export async function listTopics(topics: TopicStore): Promise<TopicView[]> {
  return [...BUILT_IN_TOPICS, ...(await topics.listCustom())];
}

export interface TopicDeps extends AuditDeps {
  topics: TopicStore;
  /** The CDN in front of public reads: the topic list is one. */
  publicCache?: PublicCache;
}

/** An admin adds a topic (a guide category) by its name. */
export async function addTopic(
  deps: TopicDeps,
  actor: StaffActor,
  label: string,
): Promise<TopicView> {
  if (BUILT_IN_TOPICS.some((topic) => topic.label === label))
    throw new AppError('CONFLICT', `主题「${label}」已存在`);
  const topic: TopicView = { key: customTopicKey(label), label, custom: true };
  const outcome = await deps.topics.add(
    topic,
    auditEntry(deps, actor, 'topic.add', undefined, `新增主题「${label}」`),
  );
  if (outcome === 'exists') throw new AppError('CONFLICT', `主题「${label}」已存在`);
  await deps.publicCache?.contentChanged(); // the topic list is a cached public read
  return topic;
}

/** An item may use an added topic only once it exists (a typo'd spreadsheet cell is refused). */
export async function requireKnownTopic(
  topics: TopicStore | undefined,
  draft: Pick<ContentDraft, 'topic'>,
  known?: TopicView[],
) {
  if ((TOPICS as readonly string[]).includes(draft.topic) || !isCustomTopic(draft.topic)) return;
  const custom = known ?? (topics ? await topics.listCustom() : []);
  if (!custom.some((topic) => topic.key === draft.topic))
    throw new ValidationError([
      { field: 'topic', message: '该主题不存在，请选择已有主题或请管理员先新增' },
    ]);
}
