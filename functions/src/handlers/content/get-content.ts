import { pathParam } from '../../commons/http';
import { clock } from '../../wiring/base';
import { contentStore } from '../../wiring/content';
import { getPublishedContent } from '../../domain/content/get-published';
import { publicRoute } from '../public-route';

export const handler = publicRoute('getContent', ({ event }) =>
  getPublishedContent(contentStore(), clock, pathParam(event, 'id')),
);
