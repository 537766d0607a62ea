import type { AddressInfo } from 'node:net';
import { createTestApp } from './support/app';

// The real WeChat sandbox, over HTTP, stands in for api.weixin.qq.com.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

let app: Awaited<ReturnType<typeof createTestApp>>;
let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let sandboxUrl: string;
let admin: string;

beforeAll(async () => {
  sandbox = createSandbox();
  const { port } = await sandbox.listen(0);
  sandboxUrl = `http://127.0.0.1:${port}`;
  app = await createTestApp('identity', { WECHAT_API_BASE: sandboxUrl });
  admin = await app.addStaff('u-admin', ['admin'], 'active', '陈管理');
});

afterAll(async () => {
  await app.drop();
  await sandbox.close();
});

async function loginCode(identity: string): Promise<string> {
  const response = await fetch(`${sandboxUrl}/sandbox/login-code`, {
    method: 'POST',
    body: JSON.stringify({ identity }),
  });
  return ((await response.json()) as { code: string }).code;
}

async function failNext(errcode: number) {
  await fetch(`${sandboxUrl}/sandbox/fail-next`, {
    method: 'POST',
    body: JSON.stringify({ path: '/sns/jscode2session', errcode }),
  });
}

describe('resident sign-in', () => {
  test('a WeChat code signs in as the same opaque user every time, with no personal data in the token', async () => {
    const first = await app.call('login', { body: { code: await loginCode('resident-7') } });
    const second = await app.call('login', { body: { code: await loginCode('resident-7') } });

    expect(first.status).toBe(200);
    expect(first.body.data.user).toEqual({
      userId: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
      roles: [],
    });
    expect(second.body.data.user.userId).toBe(first.body.data.user.userId);
    const claims = JSON.parse(
      Buffer.from(first.body.data.token.split('.')[1], 'base64url').toString('utf8'),
    );
    expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'roles', 'sub']);
    expect(JSON.stringify(first.body)).not.toMatch(/openid|session_key/);
  });

  test('a code is never accepted twice', async () => {
    const code = await loginCode('resident-8');
    await app.call('login', { body: { code } });

    const again = await app.call('login', { body: { code } });

    expect(again.status).toBe(400);
    expect(again.body.error).toEqual({
      code: 'LOGIN_CODE_INVALID',
      message: '登录凭证无效或已过期，请重新登录',
    });
  });

  test.each([
    [45011, 429, 'RATE_LIMITED'],
    [40226, 403, 'ACCOUNT_BLOCKED'],
  ])('WeChat errcode %i becomes %i %s', async (errcode, status, code) => {
    await failNext(errcode);

    const response = await app.call('login', { body: { code: await loginCode('resident-9') } });

    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });

  test('WeChat being busy once is retried; busy twice is a 503', async () => {
    await failNext(-1);
    const retried = await app.call('login', { body: { code: await loginCode('resident-10') } });
    await failNext(-1);
    await failNext(-1);
    const busy = await app.call('login', { body: { code: await loginCode('resident-10') } });

    expect(retried.status).toBe(200);
    expect(busy.status).toBe(503);
  });

  test('a missing code is a 400 naming the field', async () => {
    const response = await app.call('login', { body: {} });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([{ field: 'code', message: '此项为必填项' }]);
  });
});

describe('staff by invitation', () => {
  test('an admin invites, the person joins with the code, gets the roles, and the invitation is spent', async () => {
    const invitation = await app.call('createInvitation', {
      token: admin,
      body: { displayName: '刘编辑', roles: ['editor'], validDays: 7 },
    });
    expect(invitation.body.data).toMatchObject({
      code: expect.stringMatching(/^[A-Z2-9]{10}$/),
      roles: ['editor'],
    });
    const session = (await app.call('login', { body: { code: await loginCode('liu') } })).body.data;

    const joined = await app.call('joinStaff', {
      token: session.token,
      body: { code: invitation.body.data.code.toLowerCase() },
    });
    const reused = await app.call('joinStaff', {
      token: (await app.call('login', { body: { code: await loginCode('someone-else') } })).body
        .data.token,
      body: { code: invitation.body.data.code },
    });

    expect(joined.body.data).toEqual({
      userId: session.user.userId,
      roles: ['editor'],
      displayName: '刘编辑',
    });
    expect((await app.call('me', { token: session.token })).body.data.roles).toEqual(['editor']);
    expect(reused.status).toBe(400);
    expect(reused.body.error.code).toBe('INVITATION_INVALID');
  });

  test('an expired invitation is refused', async () => {
    const invitation = await app.call('createInvitation', {
      token: admin,
      body: { displayName: '过期者', roles: ['editor'], validDays: 1 },
    });
    const session = (await app.call('login', { body: { code: await loginCode('late') } })).body
      .data;
    const { joinStaff } = await import('../../src/domain/staff/join-staff');
    const { staffDeps } = await import('../../src/wiring/identity');

    const late = joinStaff(
      { ...staffDeps(), clock: { now: () => new Date(Date.now() + 2 * 86_400_000) } },
      { userId: session.user.userId, roles: [] },
      invitation.body.data.code,
    );

    await expect(late).rejects.toMatchObject({ code: 'INVITATION_INVALID' });
  });

  test('a role change and a revocation apply on the next request, with the same token', async () => {
    const invitation = await app.call('createInvitation', {
      token: admin,
      body: { displayName: '周审核', roles: ['reviewer'], validDays: 7 },
    });
    const session = (await app.call('login', { body: { code: await loginCode('zhou') } })).body
      .data;
    await app.call('joinStaff', {
      token: session.token,
      body: { code: invitation.body.data.code },
    });
    const token = (await app.call('login', { body: { code: await loginCode('zhou') } })).body.data
      .token;
    expect((await app.call('listWorkflowItems', { token, query: { view: 'review' } })).status).toBe(
      200,
    );

    await app.call('changeStaffRoles', {
      token: admin,
      pathParameters: { userId: session.user.userId },
      body: { roles: ['editor'] },
    });
    expect((await app.call('listWorkflowItems', { token, query: { view: 'review' } })).status).toBe(
      200,
    ); // editors may list too
    expect(
      (
        await app.call('publishItem', {
          token,
          pathParameters: { id: '01HZZZZZZZZZZZZZZZZZZZZZZZ' },
          body: {},
        })
      ).status,
    ).toBe(403);

    await app.call('revokeStaff', {
      token: admin,
      pathParameters: { userId: session.user.userId },
    });
    expect((await app.call('listWorkflowItems', { token, query: { view: 'mine' } })).status).toBe(
      403,
    );
    expect((await app.call('me', { token })).body.data.roles).toEqual([]);
  });

  test('an admin cannot lock themselves out', async () => {
    const demote = await app.call('changeStaffRoles', {
      token: admin,
      pathParameters: { userId: 'u-admin' },
      body: { roles: ['editor'] },
    });
    const revoke = await app.call('revokeStaff', {
      token: admin,
      pathParameters: { userId: 'u-admin' },
    });

    expect(demote.status).toBe(409);
    expect(revoke.status).toBe(409);
  });

  test('staff sign-ins and staff changes are in the audit log; invitation codes are not', async () => {
    const audit = await app.call('listAudit', { token: admin });
    const actions = audit.body.data.items.map((entry: { action: string }) => entry.action);

    expect(actions).toEqual(
      expect.arrayContaining([
        'staff.invite',
        'staff.join',
        'staff.sign_in',
        'staff.roles_change',
        'staff.revoke',
      ]),
    );
    const invitations = await app.call('listAudit', {
      token: admin,
      query: { action: 'staff.invite' },
    });
    expect(
      invitations.body.data.items.every(
        (entry: { action: string }) => entry.action === 'staff.invite',
      ),
    ).toBe(true);
  });
});
