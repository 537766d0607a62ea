import { GuideRatingInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { ratingDeps } from '../../wiring/content';
import { rateGuide } from '../../domain/content/rate-guide';
import { route } from '../route';

export const handler = route('rateGuide', ({ event, actor }) =>
  rateGuide(ratingDeps(), actor, pathParam(event, 'id'), parseBody(GuideRatingInputSchema, event)),
);
