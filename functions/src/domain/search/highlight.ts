import { fold, normalize, terms } from '../../commons/search-text';

export type Range = [number, number];

/** The parts of a query worth marking: itself, its words, and its two-character pieces. */
function needles(query: string): string[] {
  const normalized = normalize(query).trim();
  const pieces = terms(normalized).filter((term) => term.length >= 2 || normalized.length === 1);
  return [...new Set([normalized, ...pieces])].sort((a, b) => b.length - a.length);
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([...range]);
  }
  return out;
}

/** Where the query occurs in a text, as [start, end) ranges. */
export function highlights(text: string, query: string): Range[] {
  const haystack = fold(text);
  // If folding changed the length (a ligature, say), positions would not line up: mark nothing
  // rather than the wrong characters.
  if (haystack.length !== text.length) return [];
  const ranges: Range[] = [];
  for (const needle of needles(query)) {
    if (!needle) continue;
    for (
      let at = haystack.indexOf(needle);
      at !== -1;
      at = haystack.indexOf(needle, at + needle.length)
    ) {
      ranges.push([at, at + needle.length]);
    }
  }
  return merge(ranges);
}

const SNIPPET_LENGTH = 60;

/** Where the longest part of the query (the whole phrase, ideally) first occurs. */
function bestMatch(text: string, query: string): number | undefined {
  const haystack = fold(text);
  for (const needle of needles(query)) {
    const at = needle ? haystack.indexOf(needle) : -1;
    if (at !== -1) return at;
  }
  return undefined;
}

/** A passage of about 60 characters around the best match, with its highlight ranges. */
export function snippet(text: string, query: string): { snippet: string; highlights: Range[] } {
  const flat = text.replace(/\s+/g, ' ').trim();
  const all = highlights(flat, query);
  const best = bestMatch(flat, query);
  const start =
    best === undefined ? 0 : Math.max(0, Math.min(best - 15, flat.length - SNIPPET_LENGTH));
  const end = Math.min(flat.length, start + SNIPPET_LENGTH);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    snippet: `${prefix}${flat.slice(start, end)}${suffix}`,
    highlights: all
      .filter(([a, b]) => a >= start && b <= end)
      .map(([a, b]): Range => [a + shift, b + shift]),
  };
}
