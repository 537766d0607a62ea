/** The month (YYYY-MM) of an instant in China Standard Time, where the bureau works. */
export function chinaMonth(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
}

/** 'YYYY-MM-DD HH:mm' in China Standard Time. */
export function chinaDateTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
