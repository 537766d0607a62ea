import { pathParam } from '../../commons/http';
import { clock, contentStore } from '../../container';
import { getPublishedContent } from '../../domain/content/get-published';
import { publicRoute } from '../public-route';

export const handler = publicRoute('getContent', ({ event }) => getPublishedContent(contentStore(), clock, pathParam(event, 'id')));
