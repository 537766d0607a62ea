import * as v from 'valibot';
import type { ContentKind } from './content';

/** "Was this helpful?" is asked of interpretations and Q&A, the kinds that explain. */
export const VOTABLE_KINDS = ['interpretation', 'qa'] as const satisfies readonly ContentKind[];

export const HelpfulVoteInputSchema = v.object({
  helpful: v.boolean('请选择“有帮助”或“没帮助”'),
});
export type HelpfulVoteInput = v.InferOutput<typeof HelpfulVoteInputSchema>;

/** The counts everyone sees; `mine` only in the answer to one's own vote. */
export interface HelpfulCounts {
  yes: number;
  no: number;
  mine?: boolean;
}
