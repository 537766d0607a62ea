import { AddTopicInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { auditDeps, topicStore } from '../../container';
import { addTopic } from '../../domain/topics/topics';
import { route } from '../route';

export const handler = route('addTopic', ({ event, actor }) => addTopic({ ...auditDeps(), topics: topicStore() }, actor, parseBody(AddTopicInputSchema, event).label));
