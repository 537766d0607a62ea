import { IdSchema, validate, type HelpfulCounts } from '@sunshine/shared';
import { NotFoundError } from '../../commons/errors';
import type { Clock } from '../../ports/clock';
import type { VoteStore } from '../../ports/vote-store';
import type { Actor } from '../identity/actor';

export interface VoteDeps {
  votes: VoteStore;
  clock: Clock;
}

const UNAVAILABLE = '该内容不存在、未公开或不接受评价';

/** A signed-in person says whether an interpretation or a Q&A helped; a second vote replaces the first. */
export async function voteHelpful(
  deps: VoteDeps,
  actor: Actor,
  id: string,
  helpful: boolean,
): Promise<HelpfulCounts> {
  if (!validate(IdSchema, id).ok) throw new NotFoundError(UNAVAILABLE);
  const counts = await deps.votes.vote({
    id,
    userId: actor.userId,
    helpful,
    at: deps.clock.now().toISOString(),
  });
  if (counts === 'unavailable') throw new NotFoundError(UNAVAILABLE);
  return counts;
}
