import { HelpfulVoteInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { voteDeps } from '../../wiring/content';
import { voteHelpful } from '../../domain/content/vote-helpful';
import { route } from '../route';

export const handler = route('voteHelpful', ({ event, actor }) =>
  voteHelpful(
    voteDeps(),
    actor,
    pathParam(event, 'id'),
    parseBody(HelpfulVoteInputSchema, event).helpful,
  ),
);
