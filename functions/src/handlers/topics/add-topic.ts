import { AddTopicInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { auditDeps } from '../../wiring/base';
import { publicCache, topicStore } from '../../wiring/content';
import { addTopic } from '../../domain/topics/topics';
import { route } from '../route';

export const handler = route('addTopic', ({ event, actor }) =>
  addTopic(
    { ...auditDeps(), topics: topicStore(), publicCache: publicCache() },
    actor,
    parseBody(AddTopicInputSchema, event).label,
  ),
);
