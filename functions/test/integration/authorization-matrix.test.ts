import { ROUTES, STAFF_ROLES, type RouteName, type StaffRole } from '@sunshine/shared';
import { JwtSessionTokens } from '../../src/adapters/tokens/jwt-session-tokens';
import { testId } from '../support/interpretations';
import { createTestApp, TEST_SESSION_SECRET } from './support/app';

/**
 * Every route of the contract × every kind of caller → the status the contract implies.
 * Generated from ROUTES, so a new route is covered the moment it is declared. "Allowed" means
 * the call got past authorization (any status but 401 and 403: sample inputs may well be 400
 * or 404).
 */
type Caller =
  | 'no token'
  | 'resident'
  | StaffRole
  | 'revoked admin'
  | 'expired token'
  | 'token signed with another key'
  | 'tampered payload';
const CALLERS: Caller[] = [
  'no token',
  'resident',
  ...STAFF_ROLES,
  'revoked admin',
  'expired token',
  'token signed with another key',
  'tampered payload',
];

function expected(route: RouteName, caller: Caller): 'allowed' | 401 | 403 {
  const access = ROUTES[route].access;
  if (access === 'public') return 'allowed';
  if (
    ['no token', 'expired token', 'token signed with another key', 'tampered payload'].includes(
      caller,
    )
  )
    return 401;
  if (access === 'signedIn') return 'allowed';
  return (access as readonly string[]).includes(caller) ? 'allowed' : 403;
}

let app: Awaited<ReturnType<typeof createTestApp>>;
const tokens = new Map<Caller, string | undefined>();

beforeAll(async () => {
  app = await createTestApp('authz-matrix');
  tokens.set('no token', undefined);
  tokens.set('resident', (await app.tokens.issue('user-resident', [])).token);
  for (const role of STAFF_ROLES) tokens.set(role, await app.addStaff(`user-${role}`, [role]));
  tokens.set('revoked admin', await app.addStaff('user-revoked', ['admin'], 'revoked'));
  const threeHoursAgo = new JwtSessionTokens(
    TEST_SESSION_SECRET,
    () => new Date(Date.now() - 3 * 3600_000),
  );
  tokens.set('expired token', (await threeHoursAgo.issue('user-admin', ['admin'])).token);
  tokens.set(
    'token signed with another key',
    (
      await new JwtSessionTokens('another-secret-that-is-long-enough-0123456789').issue(
        'user-admin',
        ['admin'],
      )
    ).token,
  );
  // A resident's token whose payload now claims to be the admin, signature unchanged.
  const [header, payload, signature] = tokens.get('resident')!.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
  const forged = Buffer.from(
    JSON.stringify({ ...claims, sub: 'user-admin', roles: ['admin'] }),
    'utf8',
  ).toString('base64url');
  tokens.set('tampered payload', `${header}.${forged}.${signature}`);
});

afterAll(() => app.drop());

const cases = (Object.keys(ROUTES) as RouteName[]).flatMap((route) =>
  CALLERS.map((caller) => [route, caller, expected(route, caller)] as const),
);

test.each(cases)('%s called by %s → %s', async (route, caller, outcome) => {
  const response = await app.call(route, {
    token: tokens.get(caller),
    pathParameters: { id: testId(404), userId: 'user-nobody' },
    body: {},
  });

  if (outcome === 'allowed') expect([401, 403]).not.toContain(response.status);
  else expect(response.status).toBe(outcome);
  expect(response.status).toBeLessThan(500);
});
