import { csvDocument, defuseCell, undefuseCell } from '../../src/commons/csv';
import { csvRecords } from '../../src/domain/guides/record-readers';
import { GUIDE_HEADERS, guideToRow, rowToInput } from '../../src/domain/guides/guide-columns';
import { aGuideDraft } from '../support/drafts';

const OFFICES = [{ id: 'population', name: '人口管理科' }];

async function* bytesOf(text: string) {
  yield new TextEncoder().encode(text);
}

/** The cells of a CSV file, as the importer reads them (header included). */
async function cellsOf(file: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const record of csvRecords(bytesOf(file))) rows.push(record.cells ?? []);
  return rows;
}

describe('defusing formula cells', () => {
  test.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+86 355', "'+86 355"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\rline', "'\rline"],
    ["'=already", "''=already"],
    ["''-2", "'''-2"],
  ])('a cell %j is written as %j', (value, written) => {
    expect(defuseCell(value)).toBe(written);
  });

  test.each(['居住证办理', "'hello", "'", '', '5', 'a=b', ' =x'])(
    'a cell %j is written unchanged',
    (value) => {
      expect(defuseCell(value)).toBe(value);
    },
  );

  test.each([
    ["'=SUM(A1:A9)", '=SUM(A1:A9)'],
    ["'-5", '-5'],
    ["''=already", "'=already"],
    ["'hello", "'hello"],
    ["'", "'"],
    ['=typed', '=typed'],
  ])('a cell read as %j becomes %j', (cell, value) => {
    expect(undefuseCell(cell)).toBe(value);
  });

  test('every cell written is read back as it was', () => {
    const values = ['=1+1', '-5', "'=x", "''@y", "'plain", "'", '@', '-', '普通文字', ''];

    expect(values.map((value) => undefuseCell(defuseCell(value)))).toEqual(values);
  });

  test('a CSV document quotes a defused cell holding a comma', () => {
    expect(csvDocument([['=A1,B1', 'x']])).toBe(`\uFEFF"'=A1,B1",x\r\n`);
  });
});

describe('a guide through export, import and export again', () => {
  const tricky = aGuideDraft({
    title: '=HYPERLINK("http://evil.example","办理")',
    basis: "'=这是一段以撇号开头的依据",
    eligibility: '-满十六周岁',
    address: '@上党区政务服务中心',
    short: "'引号开头的简版指南",
    location: { latitude: -33.86, longitude: -151.2 },
    enquiryPhone: '+86 0355-6212345',
  });

  test('gives identical cells, and the guide read back is the one written', async () => {
    const first = csvDocument([GUIDE_HEADERS, guideToRow(tricky, OFFICES)]);
    const [headers = [], cells = []] = await cellsOf(first);

    const input = rowToInput(headers, cells, OFFICES);
    const again = csvDocument([
      GUIDE_HEADERS,
      guideToRow({ ...tricky, ...input } as never, OFFICES),
    ]);

    expect(again).toBe(first);
    expect(input).toMatchObject({
      title: tricky.title,
      basis: tricky.basis,
      eligibility: tricky.eligibility,
      address: tricky.address,
      short: tricky.short,
      location: { latitude: -33.86, longitude: -151.2 },
      enquiryPhone: tricky.enquiryPhone,
    });
  });

  test('writes the defused cells a spreadsheet will not run', async () => {
    const [, cells = []] = await cellsOf(csvDocument([GUIDE_HEADERS, guideToRow(tricky, OFFICES)]));

    expect(cells[GUIDE_HEADERS.indexOf('事项名称')]).toBe(`'${tricky.title}`);
    expect(cells[GUIDE_HEADERS.indexOf('纬度')]).toBe("'-33.86");
    expect(cells[GUIDE_HEADERS.indexOf('设定依据')]).toBe(`'${tricky.basis}`);
    expect(cells[GUIDE_HEADERS.indexOf('简版指南')]).toBe(tricky.short);
  });
});
