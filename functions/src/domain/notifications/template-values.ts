import { chinaClock } from '@sunshine/shared';

/**
 * Values for WeChat subscription-message templates, cut to WeChat's limits. WeChat counts
 * characters as code points (a Chinese character or an emoji is one), and refuses the whole
 * message (47003) when one value is too long, so every value goes through one of these.
 * Cuts fall between whole characters as a reader sees them (an emoji with a skin tone, a flag or
 * a family stays whole or goes whole), never inside a surrogate pair.
 */

export const VALUE_LIMITS = { thing: 20, phrase: 5, character_string: 32 } as const;

const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Code points, as WeChat counts them. */
export const codePointLength = (text: string) => Array.from(text).length;

/** One line of well-formed text: whitespace runs become one space, control characters go. */
function oneLine(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
}

/** At most `limit` code points; when cut, the last one is `…`, so the reader knows there is more. */
export function cutToCodePoints(text: string, limit: number): string {
  if (codePointLength(text) <= limit) return text;
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = codePointLength(segment);
    if (used + size > limit - 1) break;
    kept += segment;
    used += size;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/** `thing`: any text, ≤ 20 characters. An empty value is refused by WeChat, hence the fallback. */
export function thingValue(text: string, fallback = '（无）'): string {
  const line = oneLine(text);
  return cutToCodePoints(line || fallback, VALUE_LIMITS.thing);
}

/** `phrase`: 1–5 Chinese characters only (a status such as 已回复); our phrases are constants. */
export function phraseValue(text: string): string {
  const han = Array.from(text.matchAll(/\p{Script=Han}/gu), (m) => m[0]);
  if (han.length === 0) throw new Error('a phrase value needs Chinese characters');
  return han.slice(0, VALUE_LIMITS.phrase).join('');
}

/** `character_string`: printable ASCII (numbers, letters, symbols), ≤ 32; others are dropped. */
export function characterStringValue(text: string): string {
  const ascii = text.replace(/[^\x21-\x7e]/g, '');
  if (ascii === '') throw new Error('a character_string value needs printable ASCII');
  return ascii.slice(0, VALUE_LIMITS.character_string);
}

/** The clock in China at a time given either way; not a time is a fault of ours, not a value to send. */
function chinaParts(at: Date | string) {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new Error(`not a time: ${String(at)}`);
  return chinaClock(new Date(ms));
}

const two = (n: number) => String(n).padStart(2, '0');

/** `date`: 2024年6月1日, in China time. */
export function dateValue(at: Date | string): string {
  const { year, month, day } = chinaParts(at);
  return `${year}年${month}月${day}日`;
}

/** `time`: 2024年6月1日 09:05, 24-hour, in China time. */
export function timeValue(at: Date | string): string {
  const { hours, minutes } = chinaParts(at);
  return `${dateValue(at)} ${two(hours)}:${two(minutes)}`;
}
