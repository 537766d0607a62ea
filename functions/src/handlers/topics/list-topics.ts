import { topicStore } from '../../wiring/content';
import { listTopics } from '../../domain/topics/topics';
import { publicRoute } from '../public-route';

export const handler = publicRoute('listTopics', () => listTopics(topicStore()));
