import { DEFAULT_INDEX_FORMAT } from './schemas/bureau';

/**
 * 索引号 (政府信息公开条例 art. 12: the 目录 lists each item with its index number). Given once, at
 * an item's first publication, from the bureau's form, and kept for good: a republish keeps it.
 */

/** The sequence is zero-padded to this many digits (a year past 99,999 items simply grows longer). */
export const INDEX_SEQ_DIGITS = 5;

export interface IndexNumberParts {
  /** 统一社会信用代码; absent or empty before an admin saved it (see formatIndexNumber). */
  creditCode?: string;
  /** Year of first publication, China time. */
  year: number;
  /** Month of first publication (1–12), China time: for forms that name it. */
  month: number;
  /** The year's sequence, from 1, gapless. */
  seq: number;
}

const pad = (value: number, digits: number) => String(value).padStart(digits, '0');

/**
 * The number in a bureau's form: `{creditCode}`, `{year}`, `{month}` (2 digits) and `{seq}`
 * (5 digits) replaced; an empty form is the default one. Without a credit code the code and the
 * separator after it are left out (`2026-00013`): publishing must not wait for a catalogue
 * setting (an urgent 权威发布 has hours, not days), and the year's sequence alone is still unique.
 */
export function formatIndexNumber(format: string, parts: IndexNumberParts): string {
  const form = format.trim() || DEFAULT_INDEX_FORMAT;
  const creditCode = parts.creditCode?.trim();
  const withCode = creditCode
    ? form.replace(/\{creditCode\}/g, () => creditCode)
    : form.replace(/\{creditCode\}[^{]*/g, '');
  return withCode
    .replace(/\{year\}/g, String(parts.year))
    .replace(/\{month\}/g, pad(parts.month, 2))
    .replace(/\{seq\}/g, pad(parts.seq, INDEX_SEQ_DIGITS));
}

/** A year and a sequence at the end of a number: `…2026-00013`, `…2026-03-00013`, `…2026/00013`. */
const TAIL = /(\d{4})(?:\D\d{2})?\D(\d{5,})$/;

/**
 * What a resident may type to find an item by its number, folded to lower case: the whole number,
 * and its `year-seq` tail (`2026-00013`), which is what people read out and copy.
 */
export function indexNumberSearchKeys(indexNumber: string): string[] {
  const whole = indexNumber.trim().toLowerCase();
  const tail = TAIL.exec(whole);
  return tail ? [...new Set([whole, `${tail[1]}-${tail[2]}`])] : [whole];
}
