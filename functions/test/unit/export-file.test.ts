import { contentDisposition } from '../../src/commons/content-disposition';
import { exportCsv, exportFile, exportJsonArray } from '../../src/domain/exports/export-file';
import type { ExportFiles } from '../../src/ports/export-files';

/** Storage in memory: what was saved, whole, and the pieces it arrived in. */
function memoryFiles() {
  const saved: Array<{ fileName: string; contentType: string; text: string; pieces: number }> = [];
  const files: ExportFiles = {
    async save({ fileName, contentType, body }) {
      let text = '';
      let pieces = 0;
      for await (const piece of body) {
        text += piece;
        pieces++;
      }
      saved.push({ fileName, contentType, text, pieces });
      return {
        url: 'https://files.example/x',
        expiresAt: '2026-12-07T10:10:00.000Z',
        bytes: text.length,
      };
    },
  };
  return { files, saved };
}

describe('Content-Disposition', () => {
  test('names a Chinese file by RFC 5987 with an ASCII fallback', () => {
    expect(contentDisposition('办事指南-2026-12-07.csv')).toBe(
      'attachment; filename="2026-12-07.csv"; filename*=UTF-8\'\'%E5%8A%9E%E4%BA%8B%E6%8C%87%E5%8D%97-2026-12-07.csv',
    );
  });

  test('encodes the characters RFC 5987 does not allow bare', () => {
    expect(contentDisposition("a'(b)*.csv")).toBe(
      'attachment; filename="a-b.csv"; filename*=UTF-8\'\'a%27%28b%29%2A.csv',
    );
  });

  test('falls back to "export" when no ASCII is left of the name', () => {
    expect(contentDisposition('审计日志.json', 'inline')).toMatch(
      /^inline; filename="export\.json"; filename\*=UTF-8''/,
    );
  });

  test('keeps quotes and line breaks out of the header', () => {
    const header = contentDisposition('a"b\r\nc.csv');

    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
  });
});

describe('exporting a file', () => {
  test('answers the link, the name, the size and the rows given', async () => {
    const { files, saved } = memoryFiles();

    const view = await exportFile(files, {
      fileName: '服务水平-2026-11.csv',
      contentType: 'text/csv; charset=utf-8',
      body: 'a,b\r\n1,2\r\n',
      rows: 1,
    });

    expect(view).toEqual({
      url: 'https://files.example/x',
      fileName: '服务水平-2026-11.csv',
      expiresAt: '2026-12-07T10:10:00.000Z',
      bytes: 10,
      rows: 1,
    });
    expect(saved).toEqual([
      expect.objectContaining({ contentType: 'text/csv; charset=utf-8', text: 'a,b\r\n1,2\r\n' }),
    ]);
  });

  test('a CSV counts its data rows, defuses formula cells and starts with a BOM', async () => {
    const { files, saved } = memoryFiles();

    const view = await exportCsv(files, {
      fileName: 'x.csv',
      header: ['名称', '数值'],
      rows: [
        ['=1+1', '-5'],
        ['普通', '7'],
      ],
    });

    expect(view.rows).toBe(2);
    expect(saved[0]?.text).toBe("\uFEFF名称,数值\r\n'=1+1,'-5\r\n普通,7\r\n");
  });

  test('a large CSV is handed on in pieces, not whole', async () => {
    const { files, saved } = memoryFiles();
    const rows = Array.from({ length: 5000 }, (_, i) => [`第${i}行`, 'x'.repeat(200)]);

    const view = await exportCsv(files, { fileName: 'x.csv', header: ['a', 'b'], rows });

    expect(view.rows).toBe(5000);
    expect(saved[0]?.pieces).toBeGreaterThan(1);
  });

  test('a JSON array is what JSON.stringify writes, item by item', async () => {
    const { files, saved } = memoryFiles();
    const items = [{ a: 1, b: ['x'] }, { a: 2 }];

    const view = await exportJsonArray(files, { fileName: 'x.json', items });
    const empty = await exportJsonArray(files, { fileName: 'y.json', items: [] });

    expect(saved[0]?.text).toBe(`${JSON.stringify(items, null, 2)}\n`);
    expect(view.rows).toBe(2);
    expect(saved[1]?.text).toBe('[]\n');
    expect(empty.rows).toBe(0);
  });
});
