import { Converter } from 'opencc-js/t2cn';

/**
 * Text as the search index sees it: traditional characters folded to simplified (a query in
 * 輿情回應 finds 舆情回应), full-width forms to half-width, Latin letters to lower case.
 */
const toSimplified = Converter({ from: 'tw', to: 'cn' });

export function normalize(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase();
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

/**
 * Terms of a normalized text: the words the ICU segmenter finds, plus every pair of adjacent
 * Han characters. The segmenter alone splits words it does not know (舆情 → 舆|情); the pairs
 * still match them, and a phrase's pairs appear together only where the phrase does.
 */
export function terms(normalized: string): string[] {
  const out: string[] = [];
  let previousHan = '';
  for (const { segment, isWordLike } of segmenter.segment(normalized)) {
    if (!isWordLike) {
      previousHan = '';
      continue;
    }
    out.push(segment);
    for (const char of segment) {
      if (HAN.test(char)) {
        if (previousHan) out.push(previousHan + char);
        previousHan = char;
      } else {
        previousHan = '';
      }
    }
  }
  return out;
}
