import type { ContentView } from '@sunshine/shared';
import { openPhone, screenshot } from './support/browser';
import { chartPng } from './support/png';
import { formField, pickFirst, signInAs, visible } from './support/staff';

/**
 * The "done when": staff publish a policy document with its interpretation and a policy
 * Q&A from the mini-program, and residents find them together.
 */
const web = () => process.env.E2E_WEB_URL!;
const DOCUMENT = '长治市上党区养犬登记管理办法';
const INTERPRETATION = '图解：《长治市上党区养犬登记管理办法》';
const QUESTION = '养犬登记要带哪些材料？';
const ALT = '养犬登记流程：预约、免疫、登记、领牌';

let phone: Awaited<ReturnType<typeof openPhone>>;
const ids: Record<'document' | 'interpretation' | 'qa', string> = {
  document: '',
  interpretation: '',
  qa: '',
};

beforeAll(async () => {
  phone = await openPhone();
});

afterAll(() => phone?.close());

/** Save the open draft, note its id from the address it gets, and submit it. */
async function saveAndSubmit(kind: keyof typeof ids) {
  const { page } = phone;
  await visible(page, '保存草稿').click();
  await page.waitForURL(/editor\/index\?id=/);
  ids[kind] = new URL(page.url().replace('#/', '')).searchParams.get('id')!;
  await visible(page, '提交审核').click();
  await page.waitForURL(/staff\/pages\/home/);
}

async function fillCatalogue(title: string, titleLabel: string) {
  const { page } = phone;
  await formField(page, titleLabel).locator('input, textarea').first().fill(title);
  for (const label of ['公开类别', '科室', '主题']) await pickFirst(page, label);
}

async function approve(title: string) {
  const { page } = phone;
  await visible(page, title).click();
  await page.waitForURL(/staff\/pages\/review/);
  await visible(page, '立即发布').click();
  await visible(page, '发布').click(); // the confirmation
  await visible(page, '已发布').waitFor();
  await page.goBack();
  await page.waitForURL(/staff\/pages\/home/);
}

describe('a policy document with its interpretation and Q&A, from the mini-program', () => {
  test('an editor writes the document, its interpretation (linked to it) and a Q&A', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-editor');

    await visible(page, '新建政策文件').click();
    await page.waitForURL(/editor\/index\?kind=document/);
    await fillCatalogue(DOCUMENT, '文件标题');
    await formField(page, '摘要')
      .locator('textarea')
      .fill('养犬实行登记管理，办理地点为各派出所。');
    await pickFirst(page, '文件类型');
    await pickFirst(page, '成文日期');
    await pickFirst(page, '公开属性');
    await formField(page, '正文')
      .locator('textarea')
      .fill('第一条 为规范养犬行为，制定本办法。\n第二条 养犬人应当办理登记。');
    await screenshot(page, 'library-1-document-form');
    await saveAndSubmit('document');

    await visible(page, '新建政策解读').click();
    await fillCatalogue(INTERPRETATION, '标题');
    await formField(page, '摘要').locator('textarea').fill('一图读懂养犬登记怎么办。');
    await formField(page, '关联政策文件').locator('input').last().fill(ids.document);
    await formField(page, '关联政策文件').getByText('关联', { exact: true }).last().click();
    await formField(page, '文件标题').locator('input').fill(DOCUMENT);
    await formField(page, '发文机关').locator('input').fill('长治市公安局上党分局');
    await pickFirst(page, '成文日期');
    for (const label of ['出台背景', '重点内容', '特色亮点', '落实措施'])
      await formField(page, label).locator('textarea').fill(`${label}：养犬登记。`);
    // The graphic: chosen from the phone, uploaded to storage (s3rver here), checked, described.
    const chooser = page.waitForEvent('filechooser');
    await visible(page, '＋ 上传图片').click();
    await (
      await chooser
    ).setFiles({ name: 'chart.png', mimeType: 'image/png', buffer: chartPng() });
    await formField(page, '图片说明（替代文字）').locator('input').fill(ALT);
    await screenshot(page, 'library-1b-graphic');
    await saveAndSubmit('interpretation');

    await visible(page, '新建政策问答').click();
    await fillCatalogue(QUESTION, '问题');
    await formField(page, '回答')
      .locator('textarea')
      .fill('带身份证、犬只免疫证明，到住所地派出所办理。');
    await formField(page, '关联政策文件').locator('input').last().fill(ids.document);
    await formField(page, '关联政策文件').getByText('关联', { exact: true }).last().click();
    await saveAndSubmit('qa');

    for (const title of [DOCUMENT, INTERPRETATION, QUESTION]) await visible(page, title).waitFor();
  });

  test('a reviewer publishes the document first, then what rests on it', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-reviewer');

    for (const title of [DOCUMENT, INTERPRETATION, QUESTION]) await approve(title);
  });

  test('a resident opens the document and finds its interpretation and Q&A on it', async () => {
    const { page } = phone;
    const api = (await (
      await fetch(`${process.env.E2E_API_ORIGIN}/v1/content/${ids.document}`)
    ).json()) as { data: ContentView };
    expect(api.data.related.map((card) => card.id).sort()).toEqual(
      [ids.interpretation, ids.qa].sort(),
    );

    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/content/detail?id=${ids.document}`);
    await visible(page, '第二条 养犬人应当办理登记。').waitFor();
    await visible(page, '现行有效').waitFor();
    await page
      .locator('.content-card__title')
      .filter({ visible: true, hasText: INTERPRETATION })
      .waitFor();
    await screenshot(page, 'library-2-document');
    await page.locator('.content-card__title').filter({ visible: true, hasText: QUESTION }).click();

    await page.waitForURL(new RegExp(`id=${ids.qa}`));
    await page
      .locator('.content-body__document-title')
      .filter({ visible: true, hasText: DOCUMENT })
      .waitFor();
  });

  test('a resident sees the graphic, loaded from storage, described for screen readers', async () => {
    const { page } = phone;
    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/content/detail?id=${ids.interpretation}`);

    const image = page.locator(`img[alt="${ALT}"]`).filter({ visible: true });
    await image.waitFor();
    await page.waitForFunction((alt) => {
      const img = (
        globalThis as unknown as {
          document: {
            querySelector: (s: string) => { complete: boolean; naturalWidth: number } | null;
          };
        }
      ).document.querySelector(`img[alt="${alt}"]`);
      return img?.complete && img.naturalWidth > 0;
    }, ALT);
    expect(
      await image.evaluate(
        (element) => (element as unknown as { naturalWidth: number }).naturalWidth,
      ),
    ).toBe(48);
    await screenshot(page, 'library-3-graphic');
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
