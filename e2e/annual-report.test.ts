import { seriousViolations } from './support/axe';
import { openPhone, screenshot } from './support/browser';
import { visible } from './support/staff';

/**
 * A resident opens the demo's published 政府信息公开工作年度报告 on a 375 px wide phone: every
 * section readable without a table scrolling sideways, the CSV and printable links there, and no
 * serious accessibility finding.
 */
const web = () => process.env.E2E_WEB_URL!;
const REPORT = '01H0000000DEM000000000R025';

let phone: Awaited<ReturnType<typeof openPhone>>;

beforeAll(async () => {
  phone = await openPhone();
  await phone.page.setViewportSize({ width: 375, height: 812 });
});

afterAll(() => phone?.close());

describe('the published annual report', () => {
  test('reads at 375 px: the sections, section 3 as row cards, the downloads; axe finds nothing serious', async () => {
    const { page } = phone;

    await page.goto(`${web()}#/pages/content/detail?id=${REPORT}`);
    await visible(page, '三、收到和处理政府信息公开申请情况').waitFor();
    await screenshot(page, 'annual-report-1-top');

    // Nothing wider than the phone: no table that scrolls sideways.
    const overflow = await page.evaluate(() => {
      const { documentElement } = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } };
        }
      ).document;
      return documentElement.scrollWidth - documentElement.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);

    await visible(page, '一、本年新收政府信息公开申请数量').scrollIntoViewIfNeeded();
    await screenshot(page, 'annual-report-2-applications');
    await visible(page, '下载与打印').scrollIntoViewIfNeeded();
    await visible(page, '打印版（全文及全部表格）').waitFor();
    await screenshot(page, 'annual-report-3-downloads');

    expect(await seriousViolations(page)).toEqual([]);
  });

  test('its printable page and a table as CSV answer', async () => {
    const origin = process.env.E2E_API_ORIGIN!;
    const csv = await fetch(`${origin}/v1/reports/${REPORT}/tables/applications`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // Read as bytes: a text decoder drops the BOM spreadsheet apps need.
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toMatch(/^项目,自然人,/);
    const printable = await fetch(`${origin}/v1/reports/${REPORT}/print`);
    expect(await printable.text()).toContain('<h2>六、其他需要报告的事项</h2>');
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
