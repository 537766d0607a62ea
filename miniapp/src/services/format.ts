import { chinaDate } from '@sunshine/shared';

/** '2023-03-15T02:00:00.000Z' → '2023-03-15' in China Standard Time, the date residents expect. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return chinaDate(new Date(time));
}

/** Split stored text into paragraphs for display. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}
