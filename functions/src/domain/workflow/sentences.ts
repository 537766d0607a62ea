import { diffArrays } from 'diff';
import type { DiffSegment } from '@sunshine/shared';

/** Marks that end a Chinese sentence (and their half-width twins, as pasted text has them). */
const END_MARKS = new Set(['。', '！', '？', '；', '!', '?', ';']);
/** Closing quotes and brackets that follow an end mark belong to the sentence they close. */
const CLOSERS = new Set(['」', '』', '”', '’', '）', ')', '》', '"', "'"]);

/**
 * A text cut into sentences, each keeping its end mark, the closing quotes after it and the line
 * break that follows; a line break also ends a sentence without a mark (a heading, a list item).
 * Joined back together the sentences are the text, character for character.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    index++;
    if (END_MARKS.has(char)) {
      while (index < text.length && (END_MARKS.has(text[index]!) || CLOSERS.has(text[index]!)))
        index++;
    } else if (char !== '\n') continue;
    while (index < text.length && text[index] === '\n') index++;
    sentences.push(text.slice(start, index));
    start = index;
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences;
}

/** Unchanged sentences shown on each side of a change; longer unchanged runs are left out. */
export const CONTEXT_SENTENCES = 1;

/** An unchanged run: its first and last sentences kept beside a change, the middle counted. */
function sameRun(sentences: string[], first: boolean, last: boolean): DiffSegment[] {
  const head = first ? 0 : CONTEXT_SENTENCES;
  const tail = last ? 0 : CONTEXT_SENTENCES;
  const hidden = sentences.length - head - tail;
  // Leaving out a single sentence saves nothing: it is shown instead of 「未改动 1 句」.
  if (hidden < 2) return [{ op: 'same', text: sentences.join('') }];
  return [
    ...(head ? [{ op: 'same' as const, text: sentences.slice(0, head).join('') }] : []),
    { op: 'skipped', sentences: hidden },
    ...(tail ? [{ op: 'same' as const, text: sentences.slice(-tail).join('') }] : []),
  ];
}

/** A sentence compared without the line break after it: adding a paragraph after it changes nothing. */
const sameSentence = (left: string, right: string) => left.trimEnd() === right.trimEnd();

/** Two versions of a long text compared sentence by sentence (jsdiff over the sentence lists). */
export function sentenceSegments(before: string, after: string): DiffSegment[] {
  const changes = diffArrays(splitSentences(before), splitSentences(after), {
    comparator: sameSentence,
  });
  return changes.flatMap((change, index): DiffSegment[] => {
    if (change.added) return [{ op: 'added', text: change.value.join('') }];
    if (change.removed) return [{ op: 'removed', text: change.value.join('') }];
    return sameRun(change.value, index === 0, index === changes.length - 1);
  });
}
