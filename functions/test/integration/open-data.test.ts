import { aDocumentDraft, aDraft, aNoticeDraft } from '../support/drafts';
import { PUBLIC_CACHE_CONTROL } from '../../src/handlers/public-cache';
import { createTestApp } from './support/app';

let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;
const documents: string[] = [];

async function publish(
  draft:
    ReturnType<typeof aDocumentDraft> | ReturnType<typeof aDraft> | ReturnType<typeof aNoticeDraft>,
) {
  const id = (await app.call('createDraft', { token: editor, body: draft })).body.data.id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });
  return id;
}

const withdraw = (id: string) =>
  app.call('withdrawItem', {
    token: reviewer,
    pathParameters: { id },
    body: { reason: '含有个人信息' },
  });

beforeAll(async () => {
  app = await createTestApp('open-data', { PUBLIC_WEB_URL: 'https://gov.example.cn' });
  editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
  for (let n = 1; n <= 3; n++)
    documents.push(
      await publish(
        aDocumentDraft({
          title: n === 2 ? '=HYPERLINK("x") 文件 2' : `文件 ${n}`,
          number: `上公发〔2026〕${n}号`,
        }),
      ),
    );
  await publish(aDocumentDraft({ title: '不予公开的文件', disclosure: 'not_disclosed' }));
  await publish(aDraft({ title: '一篇解读' }));
  await publish(aNoticeDraft({ title: '紧急通告 <&>', urgent: true }));
});

afterAll(() => app.drop());

describe('open data', () => {
  test('lists the datasets with where to download each', async () => {
    const response = await app.call('listOpenData');

    expect(response.body.data.map((dataset: { id: string }) => dataset.id)).toEqual([
      'documents',
      'interpretations',
      'qa',
      'notices',
      'guides',
    ]);
    expect(response.body.data[0]).toMatchObject({
      title: '政策文件目录',
      downloads: {
        json: '/v1/open-data/documents?format=json',
        csv: '/v1/open-data/documents?format=csv',
      },
    });
  });

  test('a dataset pages as JSON, each page naming the next, until every public item is read once', async () => {
    const first = await app.call('getOpenData', {
      pathParameters: { dataset: 'documents' },
      query: { limit: '2' },
    });
    expect(first.body.data.items).toHaveLength(2);
    const next = new URL(first.body.data.next, 'http://x');
    const second = await app.call('getOpenData', {
      pathParameters: { dataset: 'documents' },
      query: Object.fromEntries(next.searchParams),
    });

    const ids = [...first.body.data.items, ...second.body.data.items].map(
      (row: { id: string }) => row.id,
    );
    expect(ids.sort()).toEqual([...documents].sort());
    expect(second.body.data.next).toBeUndefined();
    expect(first.body.data.items[0]).toMatchObject({
      category: '服务公开',
      office: '出入境管理大队',
      validity: '现行有效',
      url: expect.stringMatching(/^https:\/\/gov\.example\.cn\/#\/pages\/content\/detail\?id=/),
    });
  });

  test('a dataset downloads as CSV that Excel reads: BOM, Chinese headers, formulas defused, next page in a Link header', async () => {
    const response = await app.call('getOpenData', {
      pathParameters: { dataset: 'documents' },
      query: { format: 'csv', limit: '2' },
    });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(
      response.text.startsWith(
        '\uFEFF编号,索引号,标题,摘要,公开类别,科室,主题,发布时间,文号,效力状态,解读形式,紧急,事项编码,承诺办结时限（工作日）,免费,链接\r\n',
      ),
    ).toBe(true);
    expect(response.text.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(response.headers.link).toMatch(
      /^<\/v1\/open-data\/documents\?format=csv&cursor=[\w-]+&limit=2>; rel="next"$/,
    );
    const all = await app.call('getOpenData', {
      pathParameters: { dataset: 'documents' },
      query: { format: 'csv' },
    });
    expect(all.text).toContain(`"'=HYPERLINK(""x"") 文件 2"`);
    expect(all.text).not.toContain('不予公开的文件');
  });

  test.each([
    ['an unknown dataset', { dataset: 'staff' }, {}, 404],
    ['an unknown format', { dataset: 'documents' }, { format: 'xlsx' }, 400],
    ['a page too large', { dataset: 'documents' }, { limit: '5000' }, 400],
  ])('answers %s with a readable error', async (_, pathParameters, query, status) => {
    const response = await app.call('getOpenData', { pathParameters, query });

    expect(response.status).toBe(status);
    expect(response.body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the Atom feed of releases', () => {
  test('lists every kind newest first, with escaped text and links residents can open', async () => {
    const response = await app.call('releasesFeed');

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
    const titles = [
      ...response.text.matchAll(/<entry><id>[^<]+<\/id><title>([^<]+)<\/title>/g),
    ].map((match) => match[1]);
    expect(titles).toEqual([
      '【紧急】紧急通告 &lt;&amp;&gt;',
      '一篇解读',
      '文件 3',
      '=HYPERLINK(&quot;x&quot;) 文件 2',
      '文件 1',
    ]);
    expect(response.text).toContain(
      '<link rel="alternate" href="https://gov.example.cn/#/pages/content/detail?id=',
    );
    expect(response.text).not.toContain('不予公开的文件');
  });
});

/**
 * A withdrawal takes an item out at once: out of the next answer, and out of every cache. The CDN
 * is told (cdn.test.ts); a feed reader, a browser or a proxy is not, so none may reuse an answer
 * without asking again (and asking again is cheap: the ETag answers 304 while nothing changed).
 */
describe('a withdrawn item', () => {
  test('leaves the Atom feed, and no cache but the CDN may keep the feed that listed it', async () => {
    const id = await publish(aNoticeDraft({ title: '误发的户籍通告' }));
    const listed = await app.call('releasesFeed');
    expect(listed.text).toContain(id);

    expect((await withdraw(id)).status).toBe(200);
    const after = await app.call('releasesFeed', {
      headers: { 'if-none-match': String(listed.headers.etag) },
    });

    expect(listed.headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
    expect(after.status).toBe(200);
    expect(after.text).not.toContain(id);
    expect(after.text).not.toContain('误发的户籍通告');
  });

  test('leaves the open data, JSON and CSV, and no cache but the CDN may keep a file that listed it', async () => {
    const id = await publish(
      aDocumentDraft({ title: '误发的户籍文件', number: '上公发〔2026〕99号' }),
    );
    const csv = await app.call('getOpenData', {
      pathParameters: { dataset: 'documents' },
      query: { format: 'csv' },
    });
    expect(csv.text).toContain(id);

    expect((await withdraw(id)).status).toBe(200);
    const json = await app.call('getOpenData', {
      pathParameters: { dataset: 'documents' },
      query: { limit: '1000' },
    });
    const csvAfter = await app.call('getOpenData', {
      pathParameters: { dataset: 'documents' },
      query: { format: 'csv' },
      headers: { 'if-none-match': String(csv.headers.etag) },
    });

    expect(csv.headers['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
    expect(json.body.data.items.map((row: { id: string }) => row.id)).not.toContain(id);
    expect(csvAfter.status).toBe(200);
    expect(csvAfter.text).not.toContain(id);
    expect(csvAfter.text).not.toContain('误发的户籍文件');
  });
});
