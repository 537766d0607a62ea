import { ROUTES, type RouteName } from '@sunshine/shared';
import { testId } from '../support/interpretations';
import { createTestApp } from './support/app';
import { recordCommands } from './support/table';

/**
 * Every route of the contract, called as an admin-editor-reviewer through its deployed handler,
 * with a client that refuses Scan. Public reads are held to one request at most.
 */
const PUBLIC_READS: Partial<Record<RouteName, number>> = {
  // Cold: the watermark, the snapshot pointer (issue 19) and, with no snapshot stored, the corpus.
  search: 3,
  listComments: 2,
  // These name the bureau or its offices from its profile, read at most once a minute per
  // container (recentBureau): a cold one reads it beside its answer, a warm one does not.
  releasesFeed: 2,
  getOpenData: 2,
  subscriptionOptions: 2,
};

let app: Awaited<ReturnType<typeof createTestApp>>;
let sent: string[];
let token: string;

beforeAll(async () => {
  app = await createTestApp('no-scan');
  token = await app.addStaff('user-all', ['admin', 'editor', 'reviewer', 'responder']);
  const { documentClient } = await import('../../src/wiring/base');
  sent = recordCommands(documentClient());
});

afterAll(() => app.drop());

test.each(Object.keys(ROUTES) as RouteName[])('%s issues no Scan', async (name) => {
  sent.splice(0);

  const response = await app.call(name, {
    token,
    pathParameters: { id: testId(1), userId: 'user-nobody', dataset: 'documents' },
    query: { view: 'all', limit: '5', q: '政务公开' },
    body: {},
  });

  expect(response.status).toBeLessThan(500);
  expect(sent).not.toContain('ScanCommand');
  // At most one (the list of open datasets is the code's own and costs none), but where what is
  // public now must be read beside the answer: search reads the published-version watermark (a
  // warm index then answers from memory; this container is cold, so it reads the snapshot pointer
  // and, with no snapshot, the corpus too), and
  // a consultation's comments read the consultation (withdrawn, they are not shown); the bureau's
  // profile, above.
  if (ROUTES[name].access === 'public' && ROUTES[name].method === 'GET')
    expect(sent.length).toBeLessThanOrEqual(PUBLIC_READS[name] ?? 1);
});

// The service levels need a year (and, for the cases, a kind and figure) before they read: called
// with them, they must read the year's partitions by Query (#173, #174), never Scan.
test.each(['getServiceLevels', 'listServiceLevelCases', 'exportServiceLevels'] as const)(
  '%s, given a year, reads and issues no Scan',
  async (name) => {
    const responder = await app.addStaff('user-levels', ['responder']);
    sent.splice(0);

    const response = await app.call(name, {
      token: responder,
      query: { year: '2026', kind: 'question', figure: 'late' },
    });

    expect(response.status).toBe(200);
    expect(sent).toContain('QueryCommand');
    expect(sent).not.toContain('ScanCommand');
  },
);
