import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentCard, Page } from '@sunshine/shared';
import { createWeappRuntime, findNode, mainPackageBytes, texts } from './support/weapp';

/** The main package budget: WeChat's hard limit is 2 MB; we hold the residents' pages to 1 MB. */
const MAIN_PACKAGE_BUDGET_BYTES = 1024 * 1024;

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForText(page: { data: { root?: unknown } }, text: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (texts(page.data.root as never).includes(text)) return;
    await settle(50);
  }
  throw new Error(
    `"${text}" was not rendered; saw: ${texts(page.data.root as never)
      .slice(0, 40)
      .join(' | ')}`,
  );
}

describe('the WeChat build (miniapp/dist)', () => {
  const runtime = createWeappRuntime({
    apiOrigin: process.env.E2E_API_ORIGIN!,
    builtApiBase: 'http://127.0.0.1:3000',
  });
  let latest: ContentCard[];

  beforeAll(async () => {
    const response = await fetch(
      `${process.env.E2E_API_ORIGIN}/v1/content?kind=interpretation&limit=5`,
    );
    latest = ((await response.json()) as { data: Page<ContentCard> }).data.items;
    runtime.boot();
  });

  test('the home page boots in a wx stand-in and renders the latest interpretations from the API', async () => {
    const page = runtime.open('pages/index/index');

    await waitForText(page, latest[0]!.title);

    expect(texts(page.data.root)).toEqual(
      expect.arrayContaining([...latest.map((item) => item.title), '五公开', '决策公开']),
    );
    // The first screen is one request; only once it has answered does the 订阅紧急通告 button load its
    // template ids (WeChat opens its prompt only in a tap, so they must be there before one), and
    // the 重大关切 banner read the open major concerns.
    expect(runtime.requests[0]).toBe(
      `${process.env.E2E_API_ORIGIN}/v1/content?kind=interpretation&limit=5`,
    );
    const later = [
      `${process.env.E2E_API_ORIGIN}/v1/subscriptions/options`,
      `${process.env.E2E_API_ORIGIN}/v1/concerns/open`,
    ];
    expect(runtime.requests.slice(1).every((url) => later.includes(url))).toBe(true);
  });

  test('a tap on an interpretation navigates to its detail page', async () => {
    const page = runtime.open('pages/index/index');
    await waitForText(page, latest[0]!.title);
    const card = findNode(
      page.data.root,
      (node) =>
        (node.cl ?? '').split(' ').includes('content-card') &&
        texts(node).includes(latest[0]!.title),
    );

    runtime.tap(page, card!);
    await settle(50);

    expect(runtime.navigations).toContain(`/pages/content/detail?id=${latest[0]!.id}`);
  });

  test('the detail page renders an interpretation and its Q&A questions', async () => {
    const page = runtime.open('pages/content/detail', { id: latest[0]!.id });

    await waitForText(page, '出台背景');

    expect(texts(page.data.root)).toEqual(expect.arrayContaining([latest[0]!.title, '落实措施']));
  });

  test(`the main package stays within its budget of ${MAIN_PACKAGE_BUDGET_BYTES / 1024} KiB`, () => {
    const bytes = mainPackageBytes();
    process.stdout.write(`[e2e] weapp main package: ${(bytes / 1024).toFixed(1)} KiB\n`);
    // `npm test` ends with this figure and its budget (CI's log shows it on every run).
    const reports = join(__dirname, '..', 'artifacts', 'test-reports');
    mkdirSync(reports, { recursive: true });
    writeFileSync(
      join(reports, 'weapp-main-package.json'),
      JSON.stringify({
        bytes,
        budgetBytes: MAIN_PACKAGE_BUDGET_BYTES,
        limitBytes: 2 * 1024 * 1024,
      }),
    );

    expect(bytes).toBeLessThanOrEqual(MAIN_PACKAGE_BUDGET_BYTES);
  });
});
