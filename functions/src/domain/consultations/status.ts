import {
  consultationPhase,
  type ConsultationStatus,
  type PublishedConsultation,
} from '@sunshine/shared';
import type { PublicEntry } from '../../ports/content-store';

/**
 * What residents see of a consultation's comments: the counts at any time; the closed questions'
 * results only once it closed (so early answers do not sway later ones); the report once published.
 */
export function consultationStatus(
  item: PublishedConsultation,
  entry: Pick<PublicEntry, 'tally' | 'report'>,
  now: Date,
): ConsultationStatus {
  const phase = consultationPhase(item, now);
  const tally = entry.tally;
  return {
    phase,
    received: tally?.received ?? 0,
    published: tally?.approved ?? 0,
    ...(phase === 'closed' && {
      results: item.questions.map((question, index) => ({
        prompt: question.prompt,
        multiple: question.multiple,
        answered: tally?.questions[index]?.answered ?? 0,
        options: question.options.map((label, option) => ({
          label,
          count: tally?.questions[index]?.options[option] ?? 0,
        })),
      })),
    }),
    ...(entry.report && { report: entry.report }),
  };
}
