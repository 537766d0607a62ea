import { AddTopicInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { auditDeps, publicCache, topicStore } from '../../container';
import { addTopic } from '../../domain/topics/topics';
import { route } from '../route';

export const handler = route('addTopic', ({ event, actor }) => addTopic({ ...auditDeps(), topics: topicStore(), publicCache: publicCache() }, actor, parseBody(AddTopicInputSchema, event).label));
