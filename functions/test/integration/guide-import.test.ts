import { GUIDE_HEADERS } from '../../src/domain/guides/guide-columns';
import { guideCsv as csv, guideRow as row } from '../support/guide-csv';
import { aGuideDraft } from '../support/drafts';
import { createTestApp } from './support/app';
import { downloadExport } from './support/exports';

/** Bulk import of the catalogue against DynamoDB Local and a real S3-compatible server. */
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;

beforeAll(async () => {
  app = await createTestApp('guide-import');
  editor = await app.addStaff('u-editor', ['editor'], 'active', '张编辑');
});

afterAll(() => app.drop());

async function upload(bytes: Uint8Array, format: 'csv' | 'json' = 'csv') {
  const created = await app.call('createImportUpload', {
    token: editor,
    body: { format, size: bytes.length },
  });
  const { key, upload: target } = created.body.data as {
    key: string;
    upload: { url: string; fields: Record<string, string> };
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(target.fields)) form.append(name, value);
  form.append('file', new Blob([bytes]), `catalogue.${format}`);
  expect((await fetch(target.url, { method: 'POST', body: form })).status).toBeLessThan(300);
  return key;
}

/** Start an import and continue it to the end, as the staff page does; answers the calls made. */
async function runImport(
  key: string,
  options: { mode?: 'all' | 'valid_only'; submit?: boolean } = {},
) {
  let view = (await app.call('startGuideImport', { token: editor, body: { key, ...options } })).body
    .data;
  const steps: Array<{ phase: string; progress: number }> = [];
  while (view.phase !== 'done' && view.phase !== 'rejected') {
    const response = await app.call('continueGuideImport', {
      token: editor,
      pathParameters: { id: view.id },
    });
    expect(response.status).toBe(200);
    view = response.body.data;
    steps.push({ phase: view.phase, progress: view.progress });
  }
  return { view, steps };
}

describe('importing the service catalogue', () => {
  test('a valid CSV creates each guide as a draft; the same file again changes nothing', async () => {
    const key = await upload(csv(row('IMP-001'), row('IMP-002'), row('IMP-003')));

    const first = await runImport(key);
    const second = await runImport(key);

    expect(first.view).toMatchObject({
      phase: 'done',
      rows: 3,
      invalid: 0,
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    expect(second.view).toMatchObject({
      phase: 'done',
      rows: 3,
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    const mine = await app.call('listWorkflowItems', { token: editor, query: { view: 'mine' } });
    expect(
      mine.body.data.filter((item: { title: string }) => item.title.startsWith('居住证办理 IMP-'))
        .length,
    ).toBe(3);
  });

  test('every bad row is reported with its line and column, and nothing is written', async () => {
    const gbkTitle = Uint8Array.from([0xbe, 0xd3, 0xd7, 0xa1, 0xd6, 0xa4]);
    const text = new TextDecoder().decode(
      csv(
        row('BAD-001', { 简版指南: '' }),
        row('BAD-002', { 承诺办结时限: '十天' }),
        row('BAD-001'),
        row('BAD-004', { 法定办结时限: '5', 法定时限单位: '工作日', 承诺办结时限: '9' }),
      ),
    );
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(text),
      ...gbkTitle,
      ...new TextEncoder().encode(`,${row('BAD-005').split(',').slice(1).join(',')}\r\n`),
    ]);
    const key = await upload(bytes);

    const { view } = await runImport(key);

    expect(view).toMatchObject({ phase: 'rejected', rows: 5, invalid: 5, created: 0 });
    expect(view.problems).toEqual(
      expect.arrayContaining([
        { line: 2, column: '简版指南', message: '简版指南不能为空' },
        { line: 3, column: '承诺办结时限', message: expect.stringMatching(/数字/) },
        { line: 4, column: '事项编码', message: '事项编码「BAD-001」在文件中重复出现' },
        { line: 5, column: '承诺办结时限', message: '承诺办结时限不能长于法定办结时限' },
        { line: 6, message: expect.stringContaining('UTF-8') },
      ]),
    );
    const codeTaken = await app.call('createDraft', {
      token: editor,
      body: aGuideDraft({ code: 'BAD-001' }),
    });
    expect(codeTaken.status).toBe(200); // no row was written, so no code was claimed
  });

  test('"only the valid rows" writes those and reports the others', async () => {
    const key = await upload(
      csv(row('VAL-001'), row('VAL-002', { 咨询电话: 'call me' }), row('VAL-003')),
    );

    const { view } = await runImport(key, { mode: 'valid_only', submit: true });

    expect(view).toMatchObject({ phase: 'done', rows: 3, invalid: 1, created: 2 });
    expect(view.problems).toEqual([
      { line: 3, column: '咨询电话', message: expect.stringContaining('咨询电话') },
    ]);
    const queue = await app.call('listWorkflowItems', { token: editor, query: { view: 'mine' } });
    expect(
      queue.body.data.filter(
        (item: { title: string; status: string }) =>
          item.title.includes('VAL-') && item.status === 'in_review',
      ),
    ).toHaveLength(2);
  });

  test('a file without the required columns is refused at its first line', async () => {
    const key = await upload(new TextEncoder().encode('名称,电话\n居住证,123\n'));

    const { view } = await runImport(key);

    expect(view).toMatchObject({ phase: 'rejected', rows: 0, created: 0 });
    expect(view.problems[0]).toEqual({
      line: 1,
      message: expect.stringContaining('缺少必需的列：事项名称、事项编码'),
    });
  });

  test('JSON: an array of guides, as the JSON export writes it', async () => {
    const guides = [
      aGuideDraft({ code: 'JSON-001' }),
      aGuideDraft({ code: 'JSON-002', promisedDays: 99 }),
    ];
    const key = await upload(new TextEncoder().encode(JSON.stringify(guides)), 'json');

    const { view } = await runImport(key, { mode: 'valid_only' });

    expect(view).toMatchObject({ phase: 'done', rows: 2, invalid: 1, created: 1 });
    expect(view.problems).toEqual([
      { line: 2, column: '承诺办结时限', message: '承诺办结时限不能长于法定办结时限' },
    ]);
  });

  test('a 10,000-row file is checked in slices read from storage, never whole, each call short', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(`BIG-${String(i).padStart(5, '0')}`));
    rows[9_999] = row('BIG-09999', { 到现场次数: '9' }); // one bad row at the very end: all or nothing
    const key = await upload(csv(...rows));

    const { view, steps } = await runImport(key);

    expect(view).toMatchObject({ phase: 'rejected', rows: 10_000, invalid: 1, created: 0 });
    expect(view.problems).toEqual([
      { line: 10_001, column: '到现场次数', message: '到现场次数不能超过 5' },
    ]);
    expect(steps.length).toBeGreaterThanOrEqual(5); // 2,000 rows a slice
    expect(
      steps.slice(0, -1).every((step, i, all) => i === 0 || step.progress >= all[i - 1]!.progress),
    ).toBe(true);
  });
});

describe('exporting the catalogue', () => {
  test('CSV with the import headers, which imports back unchanged', async () => {
    const exported = await downloadExport(
      await app.call('exportGuides', { token: editor, query: { format: 'csv' } }),
    );
    expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(exported.text.startsWith(`\uFEFF${GUIDE_HEADERS.join(',')}\r\n`)).toBe(true);

    const { view } = await runImport(await upload(exported.bytes));

    expect(view).toMatchObject({ phase: 'done', invalid: 0, created: 0, updated: 0 });
    expect(view.unchanged).toBe(view.rows);
  });

  test('cells a spreadsheet would run come back unchanged, and so does the next export', async () => {
    await app.call('createDraft', {
      token: editor,
      body: aGuideDraft({
        code: 'FORMULA-001',
        title: '=HYPERLINK("http://evil.example","办理")',
        basis: "'=以撇号开头的依据",
        address: '@上党区政务服务中心',
        location: { latitude: 36.05, longitude: -113.05 },
      }),
    });
    const first = await downloadExport(
      await app.call('exportGuides', { token: editor, query: { format: 'csv' } }),
    );
    expect(first.text).toContain(`"'=HYPERLINK(""http://evil.example"",""办理"")"`);

    const { view } = await runImport(await upload(first.bytes));
    const again = await downloadExport(
      await app.call('exportGuides', { token: editor, query: { format: 'csv' } }),
    );

    expect(view).toMatchObject({ phase: 'done', invalid: 0, created: 0, updated: 0 });
    expect(again.text).toBe(first.text);
  });
});
