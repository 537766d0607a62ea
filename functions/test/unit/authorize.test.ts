import type { StaffRole } from '@sunshine/shared';
import { authorize } from '../../src/domain/identity/authorize';
import type { SessionTokens } from '../../src/ports/session-tokens';
import type { StaffMember, StaffStore } from '../../src/ports/staff-store';

const tokens: SessionTokens = {
  issue: async () => ({ token: 'unused', expiresAt: 0 }),
  verify: async (token) => (token.startsWith('valid-') ? token.slice('valid-'.length) : undefined),
};

function staffWith(
  members: Record<string, { roles: StaffRole[]; status?: StaffMember['status'] }>,
): StaffStore {
  return {
    get: async (userId) => {
      const member = members[userId];
      return member
        ? {
            userId,
            displayName: `名${userId}`,
            roles: member.roles,
            status: member.status ?? 'active',
            joinedAt: '',
            invitedBy: '',
          }
        : undefined;
    },
  } as StaffStore;
}

describe('authorize', () => {
  const staff = staffWith({
    ed: { roles: ['editor'] },
    gone: { roles: ['admin'], status: 'revoked' },
  });

  test('lets anyone through a public route without reading a token', async () => {
    await expect(authorize({ tokens, staff }, 'public', undefined)).resolves.toBeUndefined();
  });

  test.each([undefined, '', 'Bearer', 'Basic abc', 'Bearer forged'])(
    'answers 401 for the header %p',
    async (header) => {
      await expect(authorize({ tokens, staff }, 'signedIn', header)).rejects.toMatchObject({
        status: 401,
      });
    },
  );

  test('gives a signed-in resident no roles', async () => {
    await expect(
      authorize({ tokens, staff }, 'signedIn', 'Bearer valid-resident'),
    ).resolves.toEqual({ userId: 'resident', roles: [], displayName: undefined });
  });

  test('admits staff holding one of the roles, with their name', async () => {
    await expect(
      authorize({ tokens, staff }, ['reviewer', 'editor'], 'Bearer valid-ed'),
    ).resolves.toEqual({ userId: 'ed', roles: ['editor'], displayName: '名ed' });
  });

  test('refuses staff without the role, and revoked staff whatever they held', async () => {
    await expect(authorize({ tokens, staff }, ['admin'], 'Bearer valid-ed')).rejects.toMatchObject({
      status: 403,
    });
    await expect(
      authorize({ tokens, staff }, ['admin'], 'Bearer valid-gone'),
    ).rejects.toMatchObject({ status: 403 });
  });

  test('treats revoked staff as a resident on signed-in routes', async () => {
    await expect(
      authorize({ tokens, staff }, 'signedIn', 'Bearer valid-gone'),
    ).resolves.toMatchObject({ roles: [] });
  });
});
