// How search reads text, in commons because both the domain (highlighting) and the search
// adapter (indexing, querying) must read it the same way, and an adapter may not import the domain.
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 'tw', to: 'cn' });

/**
 * Text as the index stores it: full-width forms to half-width, Latin letters to lower case.
 * The bureau publishes in simplified Chinese, so content is not run through the (slow)
 * traditional-to-simplified conversion; queries are.
 */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A query as the index reads it: folded, and traditional characters turned simplified (輿情回應 → 舆情回应). */
export function normalize(text: string): string {
  return toSimplified(fold(text));
}

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Terms of a normalized text, the way CJK search engines index Chinese (Lucene's CJK analyzer
 * does the same): every pair of adjacent Han characters, a lone Han character by itself, and
 * runs of letters or digits as words. Pairs need no dictionary, so words the dictionary does not
 * know (舆情) still match, and a phrase's pairs occur together only where the phrase does. ICU's
 * word segmenter (Intl.Segmenter) was tried first: it is 30 times slower, which made indexing
 * 20,000 items take minutes.
 */
export function terms(normalized: string): string[] {
  const out: string[] = [];
  let run = '';
  let word = '';
  const flushRun = () => {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    run = '';
  };
  const flushWord = () => {
    if (word) out.push(word);
    word = '';
  };
  for (const char of normalized) {
    if (HAN.test(char)) {
      flushWord();
      run += char;
    } else if (WORD.test(char)) {
      flushRun();
      word += char;
    } else {
      flushRun();
      flushWord();
    }
  }
  flushRun();
  flushWord();
  return out;
}
