/**
 * Streaming readers for imported files: they read bytes as they arrive and yield one record at a
 * time with the byte offset just after it, so a file of any size is never held in memory and an
 * import can resume at a record boundary (an S3 ranged read from that offset). CSV and JSON keep
 * their structure in ASCII bytes (, " \r \n [ ] { }), which never occur inside a multi-byte UTF-8
 * character, so scanning bytes is safe; each record's text is then decoded strictly, and bytes
 * that are not UTF-8 (a spreadsheet saved as GBK) are reported for that record.
 */
export interface RawRecord {
  /** CSV: the row's number as a spreadsheet shows it (1 = the header); JSON: the item's position (1 = first). */
  line: number;
  /** CSV: the cells; JSON: the parsed item. Undefined when the record could not be read. */
  cells?: string[];
  item?: unknown;
  /** Why the record could not be read (encoding, malformed JSON). */
  problem?: string;
  /** Offset just after this record: where to resume. */
  endOffset: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];
const NOT_UTF8 = '不是 UTF-8 编码：请在表格软件中“另存为 CSV UTF-8”后重新导入';

const strictUtf8 = () => new TextDecoder('utf-8', { fatal: true });

/** CSV rows (RFC 4180: quoted cells may hold commas, quotes as "" and line breaks). */
export async function* csvRecords(
  chunks: AsyncIterable<Uint8Array>,
  start: { offset: number; line: number } = { offset: 0, line: 1 },
): AsyncGenerator<RawRecord> {
  let offset = start.offset;
  let line = start.line;
  let rowLine = line;
  let cell: number[] = [];
  let cells: Uint8Array[] = [];
  let quoted = false;
  let quoteSeen = false; // a quote inside a quoted cell: either "" or the closing quote
  let held: RawRecord | undefined; // a row ended by \r, waiting to see whether \n follows
  let atStart = start.offset === 0;
  let bomMatched = 0;
  const finishCell = () => {
    cells.push(Uint8Array.from(cell));
    cell = [];
  };
  const finishRow = (): RawRecord => {
    finishCell();
    const raw = cells;
    cells = [];
    const record: RawRecord = { line: rowLine, endOffset: offset };
    try {
      const decoder = strictUtf8();
      record.cells = raw.map((bytes) => decoder.decode(bytes));
    } catch {
      record.problem = NOT_UTF8;
    }
    line++;
    rowLine = line;
    return record;
  };
  const isBlank = (record: RawRecord) => record.cells?.length === 1 && record.cells[0] === '';
  for await (const chunk of chunks) {
    for (const byte of chunk) {
      offset++;
      if (held) {
        const row = held;
        held = undefined;
        if (byte === LF) {
          row.endOffset = offset;
          if (!isBlank(row)) yield row;
          continue;
        }
        if (!isBlank(row)) yield row;
      }
      if (atStart) {
        // A spreadsheet's UTF-8 byte-order mark is not part of the first header cell.
        if (byte === BOM[bomMatched]) {
          bomMatched++;
          if (bomMatched === BOM.length) atStart = false;
          continue;
        }
        atStart = false;
        for (let i = 0; i < bomMatched; i++) cell.push(BOM[i]!);
      }
      if (quoted) {
        if (!quoteSeen && byte !== QUOTE) {
          cell.push(byte); // a line break inside a quoted cell stays in the cell and the row
          continue;
        }
        if (!quoteSeen) {
          quoteSeen = true;
          continue;
        }
        quoteSeen = false;
        if (byte === QUOTE) {
          cell.push(QUOTE);
          continue;
        }
        quoted = false; // that quote closed the cell; read this byte as outside quotes
      }
      if (byte === QUOTE && cell.length === 0) quoted = true;
      else if (byte === COMMA) finishCell();
      else if (byte === CR) held = finishRow();
      else if (byte === LF) {
        const row = finishRow();
        if (!isBlank(row)) yield row;
      } else cell.push(byte);
    }
  }
  if (held && !isBlank(held)) yield held;
  else if (!held && (cell.length > 0 || cells.length > 0)) yield finishRow();
}

/**
 * The items of a top-level JSON array, one at a time: bytes are collected from each item's first
 * byte to its end (depth back to 1, outside strings) and parsed alone.
 */
export async function* jsonArrayRecords(
  chunks: AsyncIterable<Uint8Array>,
  start: { offset: number; line: number } = { offset: 0, line: 1 },
): AsyncGenerator<RawRecord> {
  let offset = start.offset;
  let index = start.line;
  let depth = start.offset === 0 ? 0 : 1;
  let inString = false;
  let escaped = false;
  let item: number[] = [];
  for await (const chunk of chunks) {
    for (const byte of chunk) {
      offset++;
      if (depth === 0) {
        if (byte === 0x5b) depth = 1; // [
        continue; // BOM, whitespace before the array
      }
      if (depth === 1 && item.length === 0 && (byte === 0x2c || byte <= 0x20)) continue; // , and whitespace between items
      if (depth === 1 && item.length === 0 && byte === 0x5d) return; // ] ends the array
      item.push(byte);
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === 0x5c) escaped = true;
        else if (byte === QUOTE) inString = false;
        continue;
      }
      if (byte === QUOTE) inString = true;
      else if (byte === 0x7b || byte === 0x5b) depth++;
      else if (byte === 0x7d || byte === 0x5d) depth--;
      if (depth === 1) {
        const record: RawRecord = { line: index++, endOffset: offset };
        try {
          record.item = JSON.parse(strictUtf8().decode(Uint8Array.from(item)));
        } catch (error) {
          record.problem = error instanceof TypeError ? NOT_UTF8 : '不是有效的 JSON';
        }
        item = [];
        yield record;
      }
    }
  }
}
