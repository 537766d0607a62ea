/**
 * Formula injection (OWASP "CSV Injection"): spreadsheet apps run a cell that starts with = + - @
 * (or a tab or carriage return) as a formula. Our CSV exports defuse such a cell with one leading
 * apostrophe, and our importer takes exactly that apostrophe off again, so our own files come back
 * unchanged. The rule, both ways:
 *
 * - export: a cell whose text, after any apostrophes it already starts with, begins with one of
 *   = + - @ \t \r gets one more apostrophe in front (`=1+1` → `'=1+1`, `'=x` → `''=x`, `-5` → `'-5`);
 * - import: a cell that starts with an apostrophe followed by such text loses exactly that one
 *   apostrophe (`'=1+1` → `=1+1`, `''=x` → `'=x`); every other cell is read as it is (`'hello`).
 *
 * So export → import → export gives the same cells, including a cell whose real text begins with
 * an apostrophe, and a cell a person typed as `'=…` in a spreadsheet is read as `=…`.
 */
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/;

/** A cell's text as written to a CSV file: defused if a spreadsheet could run it. */
export function defuseCell(value: string): string {
  return NEEDS_APOSTROPHE.test(value) ? `'${value}` : value;
}

/** A cell read from a CSV file: the one apostrophe our export added, taken off. */
export function undefuseCell(cell: string): string {
  return cell.startsWith("'") && NEEDS_APOSTROPHE.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function csvCell(value: string): string {
  const safe = defuseCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The UTF-8 byte order mark: spreadsheet apps (Excel) read the Chinese as UTF-8 only with it. */
export const CSV_BOM = '\uFEFF';

/** One row as a line of CSV (RFC 4180 quoting, cells defused), with its CRLF. */
export const csvLine = (row: readonly string[]): string => `${row.map(csvCell).join(',')}\r\n`;

/** Rows as CSV, with a BOM so spreadsheet apps (Excel) read the Chinese as UTF-8. */
export function csvDocument(rows: string[][]): string {
  return `${CSV_BOM}${rows.map(csvLine).join('')}`;
}
