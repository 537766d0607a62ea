/**
 * The identity number as it is stored and shown, to staff too: its first character and last four
 * (last two when it is shorter than 10), the rest as stars, e.g. 1*************123X. Masked
 * rather than encrypted: nobody needs the full number after the form checked it, since the
 * counter checks the original document when the information is handed over. A masked number
 * has nothing to leak and needs no key to manage.
 */
export function maskIdNumber(number: string): string {
  const kept = number.length >= 10 ? 4 : 2;
  return `${number.slice(0, 1)}${'*'.repeat(Math.max(number.length - 1 - kept, 0))}${number.slice(-kept)}`;
}
