/** '2023-03-15T02:00:00.000Z' → '2023-03-15' in China Standard Time, the date residents expect. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const beijing = new Date(time + 8 * 3600_000);
  return beijing.toISOString().slice(0, 10);
}

/** Split stored text into paragraphs for display. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}
