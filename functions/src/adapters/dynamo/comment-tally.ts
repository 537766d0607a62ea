import type { CommentTally } from '../../ports/comment-store';
import { tallyOption, tallyQuestion } from './keys';

/** Read the counters of a consultation's `PUB#TALLY` item for `questions` closed questions of `options[i]` options. */
export function commentTally(
  item: Record<string, unknown> | undefined,
  optionCounts: readonly number[],
): CommentTally {
  const count = (name: string) => Number(item?.[name] ?? 0);
  return {
    received: count('received'),
    approved: count('approved'),
    rejected: count('rejected'),
    questions: optionCounts.map((options, question) => ({
      answered: count(tallyQuestion(question)),
      options: Array.from({ length: options }, (_, option) => count(tallyOption(question, option))),
    })),
  };
}

/** The ADD expression counting one comment and, if given, its closed answers. */
export function tallyIncrement(answers: readonly number[][]) {
  const names: Record<string, string> = { '#received': 'received' };
  const parts = ['#received :one'];
  answers.forEach((chosen, question) => {
    if (chosen.length === 0) return;
    names[`#q${question}`] = tallyQuestion(question);
    parts.push(`#q${question} :one`);
    for (const option of chosen) {
      names[`#q${question}o${option}`] = tallyOption(question, option);
      parts.push(`#q${question}o${option} :one`);
    }
  });
  return {
    UpdateExpression: `ADD ${parts.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ':one': 1 },
  };
}
