import { readFileSync } from 'node:fs';
import { GUIDE_HEADERS } from '../functions/src/domain/guides/guide-columns';
import { csvRecords } from '../functions/src/domain/guides/record-readers';
import { openPhone, screenshot } from './support/browser';
import { signInAs, visible } from './support/staff';

/** An export is a file in H5: the browser downloads it from its link, named, and it parses. */
const web = () => process.env.E2E_WEB_URL!;

let phone: Awaited<ReturnType<typeof openPhone>>;

beforeAll(async () => {
  phone = await openPhone();
});

afterAll(() => phone?.close());

test('an editor downloads the guide catalogue as CSV, and every row parses', async () => {
  const { page, errors } = phone;
  await signInAs(page, web(), 'demo-editor');
  await visible(page, '批量导入、导出办事指南').click();
  await page.waitForURL(/guide-import/);

  const download = page.waitForEvent('download');
  await visible(page, '导出 CSV').click();
  const file = await download;

  expect(file.suggestedFilename()).toMatch(/^办事指南-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await file.path())!);
  const rows: string[][] = [];
  for await (const record of csvRecords(
    (async function* () {
      yield new Uint8Array(bytes);
    })(),
  )) {
    expect(record.problem).toBeUndefined();
    rows.push(record.cells!);
  }
  expect(rows[0]).toEqual(GUIDE_HEADERS);
  expect(rows.length).toBeGreaterThan(1);
  await visible(page, file.suggestedFilename()).waitFor();
  await page
    .getByText(new RegExp(`^${rows.length - 1} 行 · `))
    .filter({ visible: true })
    .first()
    .waitFor();
  await screenshot(page, 'export-guides-h5');
  expect(errors).toEqual([]);
});
