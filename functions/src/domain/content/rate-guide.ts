import {
  IdSchema,
  validate,
  type GuideRatingInput,
  type GuideRatingsView,
  type RatingSummary,
} from '@sunshine/shared';
import { NotFoundError } from '../../commons/errors';
import type { Clock } from '../../ports/clock';
import type { RatingStore } from '../../ports/rating-store';
import type { Actor } from '../identity/actor';

export interface RatingDeps {
  ratings: RatingStore;
  clock: Clock;
}

const UNAVAILABLE = '该办事指南不存在或未公开';

/** A signed-in resident rates a guide (好差评); a second rating replaces the first. */
export async function rateGuide(
  deps: RatingDeps,
  actor: Actor,
  id: string,
  rating: GuideRatingInput,
): Promise<RatingSummary> {
  if (!validate(IdSchema, id).ok) throw new NotFoundError(UNAVAILABLE);
  const summary = await deps.ratings.rate({
    id,
    userId: actor.userId,
    rating,
    at: deps.clock.now().toISOString(),
  });
  if (summary === 'unavailable') throw new NotFoundError(UNAVAILABLE);
  return summary;
}

/** Staff read a guide's ratings and what poor ratings said was wrong, to find and fix it. */
export async function listGuideRatings(
  deps: Pick<RatingDeps, 'ratings'>,
  id: string,
): Promise<GuideRatingsView> {
  if (!validate(IdSchema, id).ok) throw new NotFoundError(UNAVAILABLE);
  return deps.ratings.listRatings(id);
}
