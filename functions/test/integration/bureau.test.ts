import { DynamoBureauStore } from '../../src/adapters/dynamo/bureau-store';
import { ulidIds } from '../../src/adapters/system/ulid-ids';
import { DEMO_BUREAU, seedDemoBureau } from '../../src/seed/demo-bureau';
import { aDocumentDraft, aGuideDraft } from '../support/drafts';
import { guideCsv, guideRow } from '../support/guide-csv';
import { createTestApp } from './support/app';
import { downloadExport } from './support/exports';
import { createSuiteTable } from './support/table';

/** The bureau as data: residents read the profile, an admin saves it over the version read. */
let app: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
let editor: string;
let reviewer: string;

const { demo: _demo, ...demoInput } = DEMO_BUREAU;

beforeAll(async () => {
  app = await createTestApp('bureau');
  admin = await app.addStaff('u-admin', ['admin'], 'active', '陈管理');
  editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
});

afterAll(() => app.drop());

describe('the bureau profile', () => {
  test('before any save, the public read answers 404 in Chinese', async () => {
    const read = await app.call('getBureau');

    expect(read.status).toBe(404);
    expect(read.body.error.message).toBe('机关信息尚未录入，请管理员在「机关信息」页录入后再查看');
  });

  test('an admin saves it; residents read it back with its update time; the save is audited', async () => {
    const saved = await app.call('saveBureau', { token: admin, body: demoInput });

    expect(saved.status).toBe(200);
    const read = await app.call('getBureau');
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual({ ...demoInput, updatedAt: saved.body.data.updatedAt });
    const audit = await app.call('listAudit', { token: admin });
    expect(audit.body.data.items[0]).toMatchObject({
      action: 'bureau.update',
      actorName: '陈管理',
      summary: '录入机关信息：长治市公安局上党分局，科室 9 个',
    });
  });

  test('a save over an older version is refused with 409 and the profile is unchanged', async () => {
    const current = (await app.call('getBureau')).body.data;
    const first = await app.call('saveBureau', {
      token: admin,
      body: { ...demoInput, name: '第一次修改', previousUpdatedAt: current.updatedAt },
    });
    expect(first.status).toBe(200);

    const second = await app.call('saveBureau', {
      token: admin,
      body: { ...demoInput, name: '第二次修改', previousUpdatedAt: current.updatedAt },
    });

    expect(second.status).toBe(409);
    expect(second.body.error.message).toBe('机关信息已被他人修改，请刷新后再改');
    expect((await app.call('getBureau')).body.data.name).toBe('第一次修改');
  });

  test('a first save when one exists is refused as stale', async () => {
    const again = await app.call('saveBureau', { token: admin, body: demoInput });

    expect(again.status).toBe(409);
  });

  test('only an admin saves', async () => {
    const current = (await app.call('getBureau')).body.data;

    const byEditor = await app.call('saveBureau', {
      token: editor,
      body: { ...demoInput, previousUpdatedAt: current.updatedAt },
    });
    const anonymous = await app.call('saveBureau', { body: demoInput });

    expect(byEditor.status).toBe(403);
    expect(anonymous.status).toBe(401);
  });

  test('a credit code whose check character is wrong is refused, naming the field', async () => {
    const current = (await app.call('getBureau')).body.data;

    const bad = await app.call('saveBureau', {
      token: admin,
      body: {
        ...demoInput,
        creditCode: '11140404000000001M',
        previousUpdatedAt: current.updatedAt,
      },
    });

    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([
      {
        field: 'creditCode',
        message: '统一社会信用代码不正确：须为 18 位，末位校验码须符合 GB 32100-2015，请核对',
      },
    ]);
  });

  test('an office is named by its position; an office id saved before cannot be removed', async () => {
    const current = (await app.call('getBureau')).body.data;
    const offices = demoInput.offices.map((office) => ({ ...office }));
    offices[2]!.phone = ' ';

    const blank = await app.call('saveBureau', {
      token: admin,
      body: { ...demoInput, offices, previousUpdatedAt: current.updatedAt },
    });
    const removed = await app.call('saveBureau', {
      token: admin,
      body: {
        ...demoInput,
        offices: demoInput.offices.filter((office) => office.id !== 'cyber'),
        previousUpdatedAt: current.updatedAt,
      },
    });

    expect(blank.body.error.fields).toEqual([
      { field: 'offices.2.phone', message: '第 3 个科室的电话不能为空' },
    ]);
    expect(removed.status).toBe(400);
    expect(removed.body.error.fields).toEqual([
      {
        field: 'offices',
        message: '科室「网络安全保卫大队」（编号 cyber）已保存过，不能删除，只能改名或修改联系方式',
      },
    ]);
  });

  test('an office renamed and one added are saved and read back', async () => {
    const current = (await app.call('getBureau')).body.data;
    const offices = [
      ...demoInput.offices.map((office) =>
        office.id === 'traffic' ? { ...office, name: '交警大队' } : office,
      ),
      { id: 'fire', name: '消防大队', address: '某路 1 号', hours: '工作日', phone: '0355-1' },
    ];

    const saved = await app.call('saveBureau', {
      token: admin,
      body: { ...demoInput, offices, previousUpdatedAt: current.updatedAt },
    });

    expect(saved.status).toBe(200);
    const read = (await app.call('getBureau')).body.data;
    expect(read.offices.map((office: { name: string }) => office.name)).toEqual([
      '分局办公室',
      '法制大队',
      '治安管理大队',
      '人口管理大队',
      '出入境管理大队',
      '交警大队',
      '网络安全保卫大队',
      '刑事侦查大队',
      '指挥中心',
      '消防大队',
    ]);
    const audit = await app.call('listAudit', { token: admin });
    expect(audit.body.data.items[0].summary).toBe('修改机关信息：名称、科室；新增科室 消防大队');
  });
});

/** Import a CSV as an editor would, to the end. */
async function importCsv(file: Uint8Array) {
  const created = await app.call('createImportUpload', {
    token: editor,
    body: { format: 'csv', size: file.length },
  });
  const { key, upload } = created.body.data as {
    key: string;
    upload: { url: string; fields: Record<string, string> };
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([file]), 'catalogue.csv');
  await fetch(upload.url, { method: 'POST', body: form });
  let view = (
    await app.call('startGuideImport', { token: editor, body: { key, mode: 'valid_only' } })
  ).body.data;
  while (view.phase !== 'done' && view.phase !== 'rejected')
    view = (
      await app.call('continueGuideImport', { token: editor, pathParameters: { id: view.id } })
    ).body.data;
  return view;
}

describe("offices are the profile's (after the admin added 消防大队 as fire above)", () => {
  test('a draft names an office of the profile; an id not in it is refused, naming the field', async () => {
    const fire = await app.call('createDraft', {
      token: editor,
      body: aDocumentDraft({ title: '消防安全检查工作规定', office: 'fire' }),
    });
    const mars = await app.call('createDraft', {
      token: editor,
      body: aDocumentDraft({ office: 'mars' }),
    });

    expect(fire.status).toBe(200);
    expect(mars.status).toBe(400);
    expect(mars.body.error.fields).toEqual([
      { field: 'office', message: '科室「mars」不存在，请选择机关信息中的科室或请管理员先新增' },
    ]);
  });

  test("a guide import reads 实施机关 by the profile's names, renamed ones included; another name is its row's problem", async () => {
    const view = await importCsv(
      guideCsv(
        guideRow('FIRE-101', { 实施机关: '消防大队' }),
        guideRow('TRAF-101', { 实施机关: '交警大队' }),
        guideRow('MARS-101', { 实施机关: '火星大队' }),
      ),
    );

    expect(view).toMatchObject({ phase: 'done', created: 2, invalid: 1 });
    expect(view.problems).toEqual([
      {
        line: 4,
        column: '实施机关',
        message: '实施机关「火星大队」不是本机关的科室，请按「机关信息」中的科室名称填写',
      },
    ]);
    const exported = await downloadExport(
      await app.call('exportGuides', { token: editor, query: { format: 'csv' } }),
    );
    expect(exported.text).toContain('消防大队');
    expect(exported.text).toContain('交警大队');
  });

  test("open data and the subscription options name an office by the profile's name", async () => {
    const created = await app.call('createDraft', {
      token: editor,
      body: aGuideDraft({ code: 'FIRE-201', title: '大型活动消防安全检查', office: 'fire' }),
    });
    const id = created.body.data.id as string;
    await app.call('submitForReview', { token: editor, pathParameters: { id } });
    await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });

    const rows = await app.call('getOpenData', {
      pathParameters: { dataset: 'guides' },
      query: { format: 'json' },
    });
    const options = await app.call('subscriptionOptions');

    expect(rows.body.data.items.find((row: { id: string }) => row.id === id).office).toBe(
      '消防大队',
    );
    expect(
      options.body.data.topics
        .filter((topic: { group: string }) => topic.group === 'office')
        .at(-1),
    ).toEqual({ topic: 'office:fire', label: '消防大队', group: 'office' });
  });
});

describe('the demo profile', () => {
  test('is valid, is saved by the seed once, and never over a profile already there', async () => {
    const table = await createSuiteTable('bureau-seed');
    try {
      const bureau = new DynamoBureauStore(table.client, table.tableName);
      const deps = {
        clock: { now: () => new Date('2026-12-01T00:00:00.000Z') },
        ids: ulidIds(),
        bureau,
      };

      expect(await seedDemoBureau(deps)).toBe('saved');
      expect(await seedDemoBureau(deps, { ...DEMO_BUREAU, name: '另一个' })).toBe('existing');
      expect(await bureau.get()).toEqual({ ...DEMO_BUREAU, updatedAt: '2026-12-01T00:00:00.000Z' });
    } finally {
      await table.drop();
    }
    // The test app's helper seeds the same way: never over the profile this suite's admin saved.
    expect(await app.seedBureau()).toBe('existing');
  });
});
