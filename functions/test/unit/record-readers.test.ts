import {
  csvRecords,
  jsonArrayRecords,
  type RawRecord,
} from '../../src/domain/guides/record-readers';

/** Feed a file in chunks of a few bytes, as a network stream does, splitting characters too. */
async function* chunked(bytes: Uint8Array, size = 5) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}
const utf8 = (text: string) => new TextEncoder().encode(text);
const collect = async (records: AsyncGenerator<RawRecord>) => {
  const all: RawRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
};

describe('csvRecords', () => {
  test('reads quoted cells with commas, quotes and line breaks, a BOM, CRLF, and Chinese split across chunks', async () => {
    const file = utf8(
      '\uFEFF事项名称,材料\r\n居住证,"身份证｜原件\n照片｜""白底"""\r\n\r\n护照,身份证\n',
    );

    const rows = await collect(csvRecords(chunked(file)));

    expect(rows.map((row) => [row.line, row.cells])).toEqual([
      [1, ['事项名称', '材料']],
      [2, ['居住证', '身份证｜原件\n照片｜"白底"']],
      [4, ['护照', '身份证']], // a blank line is a blank row of the spreadsheet
    ]);
  });

  test('each row ends at an offset a resumed read continues from, with the same lines', async () => {
    const file = utf8('a,b\r\n居住证,1\r\n"多\n行",2\r\n护照,3');
    const all = await collect(csvRecords(chunked(file)));

    const resumeAt = all[1]!;
    const rest = await collect(
      csvRecords(chunked(file.slice(resumeAt.endOffset)), {
        offset: resumeAt.endOffset,
        line: resumeAt.line + 1,
      }),
    );

    expect(rest).toEqual(all.slice(2));
    expect(all.map((row) => row.line)).toEqual([1, 2, 3, 4]); // rows as a spreadsheet numbers them
  });

  test('a row saved in another encoding (GBK) is named, the others still read', async () => {
    const gbk = Uint8Array.from([0xbe, 0xd3, 0xd7, 0xa1, 0xd6, 0xa4]); // 居住证 in GBK
    const file = new Uint8Array([...utf8('a,b\n'), ...gbk, ...utf8(',1\n护照,2\n')]);

    const rows = await collect(csvRecords(chunked(file)));

    expect(rows[1]).toMatchObject({ line: 2, problem: expect.stringContaining('UTF-8') });
    expect(rows[2]).toMatchObject({ line: 3, cells: ['护照', '2'] });
  });
});

describe('jsonArrayRecords', () => {
  test('yields each item of the array alone, strings with brackets and escapes included', async () => {
    const file = utf8(
      ' [ {"title":"居住证 [办理]","faq":[{"q":"\\"引号\\"}"}]} ,\n {"title":"护照"} ] ',
    );

    const items = await collect(jsonArrayRecords(chunked(file, 3)));

    expect(items.map((record) => [record.line, record.item])).toEqual([
      [1, { title: '居住证 [办理]', faq: [{ q: '"引号"}' }] }],
      [2, { title: '护照' }],
    ]);
  });

  test('a malformed item is named by its position, the next still read; resuming continues', async () => {
    const file = utf8('[{"a":1},{"a":},{"a":3}]');
    const items = await collect(jsonArrayRecords(chunked(file)));

    expect(items.map((record) => record.problem ?? record.item)).toEqual([
      { a: 1 },
      '不是有效的 JSON',
      { a: 3 },
    ]);
    const rest = await collect(
      jsonArrayRecords(chunked(file.slice(items[0]!.endOffset)), {
        offset: items[0]!.endOffset,
        line: 2,
      }),
    );
    expect(rest).toEqual(items.slice(1));
  });
});
