import { pathParam } from '../../commons/http';
import { ratingDeps } from '../../wiring/content';
import { listGuideRatings } from '../../domain/content/rate-guide';
import { route } from '../route';

export const handler = route('listGuideRatings', ({ event }) =>
  listGuideRatings(ratingDeps(), pathParam(event, 'id')),
);
