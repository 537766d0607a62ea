import { DEMO_BUREAU } from '../../src/seed/demo-bureau';
import { createTestApp } from './support/app';

/** The bureau as data: residents read the profile, an admin saves it over the version read. */
let app: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
let editor: string;

const { demo: _demo, ...demoInput } = DEMO_BUREAU;

beforeAll(async () => {
  app = await createTestApp('bureau');
  admin = await app.addStaff('u-admin', ['admin'], 'active', '陈管理');
  editor = await app.addStaff('u-editor', ['editor']);
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
