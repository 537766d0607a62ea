import { aDocumentDraft, aDraft, aQaDraft } from '../support/drafts';
import { createTestApp } from './support/app';

let app: Awaited<ReturnType<typeof createTestApp>>;
let resident: string;
let neighbour: string;
let interpretation: string;
let document: string;
let qa: string;

beforeAll(async () => {
  app = await createTestApp('feedback');
  const editor = await app.addStaff('u-editor', ['editor']);
  const reviewer = await app.addStaff('u-reviewer', ['reviewer']);
  resident = (await app.tokens.issue('u-resident', [])).token;
  neighbour = (await app.tokens.issue('u-neighbour', [])).token;
  const publish = async (
    draft:
      | Parameters<typeof aDraft>[0]
      | ReturnType<typeof aDocumentDraft>
      | ReturnType<typeof aQaDraft>,
  ) => {
    const id = (await app.call('createDraft', { token: editor, body: draft })).body.data
      .id as string;
    await app.call('submitForReview', { token: editor, pathParameters: { id } });
    await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });
    return id;
  };
  interpretation = await publish(aDraft());
  document = await publish(aDocumentDraft());
  qa = await publish(aQaDraft());
});

afterAll(() => app.drop());

const vote = (token: string, id: string, helpful: boolean) =>
  app.call('voteHelpful', { token, pathParameters: { id }, body: { helpful } });
const counts = async (id: string) =>
  (await app.call('getContent', { pathParameters: { id } })).body.data.helpful;

describe('was this helpful?', () => {
  test('counts one vote per person; a second vote replaces the first; the page shows the counts', async () => {
    expect(await counts(interpretation)).toEqual({ yes: 0, no: 0 });

    expect((await vote(resident, interpretation, true)).body.data).toEqual({
      yes: 1,
      no: 0,
      mine: true,
    });
    expect((await vote(resident, interpretation, true)).body.data).toEqual({
      yes: 1,
      no: 0,
      mine: true,
    });
    expect((await vote(neighbour, interpretation, true)).body.data).toEqual({
      yes: 2,
      no: 0,
      mine: true,
    });
    expect((await vote(resident, interpretation, false)).body.data).toEqual({
      yes: 1,
      no: 1,
      mine: false,
    });

    expect(await counts(interpretation)).toEqual({ yes: 1, no: 1 });
  });

  test('a double tap from two devices at once still counts the person once', async () => {
    await Promise.all([
      vote(resident, qa, true),
      vote(resident, qa, true),
      vote(resident, qa, true),
    ]);

    expect(await counts(qa)).toEqual({ yes: 1, no: 0 });
  });

  test('needs a signed-in person', async () => {
    const response = await app.call('voteHelpful', {
      pathParameters: { id: qa },
      body: { helpful: true },
    });

    expect(response.status).toBe(401);
  });

  test('is not asked of documents, nor of anything not public', async () => {
    expect((await vote(resident, document, true)).status).toBe(404);
    expect((await vote(resident, '01HZZZZZZZZZZZZZZZZZZZZZZZ', true)).status).toBe(404);
    expect(
      (await app.call('getContent', { pathParameters: { id: document } })).body.data,
    ).not.toHaveProperty('helpful');
  });

  test('refuses a body without a yes or no, naming the field', async () => {
    const response = await app.call('voteHelpful', {
      token: resident,
      pathParameters: { id: qa },
      body: { helpful: 'maybe' },
    });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([expect.objectContaining({ field: 'helpful' })]);
  });

  test('no public answer says who voted', async () => {
    const page = await app.call('getContent', { pathParameters: { id: interpretation } });

    expect(page.text).not.toMatch(/u-resident|u-neighbour/);
  });
});
