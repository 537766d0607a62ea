import { aConsultationDraft } from '../support/drafts';
import { createTestApp } from './support/app';
import { downloadExport } from './support/exports';

/**
 * Nothing a resident leaves for staff (a name, a phone number, an email, an identity number) reaches a log line: every
 * submission route runs here with the function's real logger, including its error paths (WeChat
 * unreachable, bad input, a conflict), and everything written to stdout and stderr is searched.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
const written: string[] = [];
const PHONE = '13912345678';
const NAME = '隐私测试人';
const EMAIL = 'privacy.test@example.cn';
const ID_NUMBER = '11010519491231002X';

beforeAll(async () => {
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      written.push(String(chunk));
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write);
  }
  // Unreachable WeChat: the content check's failure path is taken (and would log if anything did).
  app = await createTestApp('no-personal-data-in-logs', { POWERTOOLS_LOG_LEVEL: 'DEBUG' });
});

afterAll(async () => {
  jest.restoreAllMocks();
  await app.drop();
});

test('submissions, their retries, refusals and staff reads write no personal data to the logs or the staff exports', async () => {
  const editor = await app.addStaff('u-editor', ['editor']);
  const reviewer = await app.addStaff('u-reviewer', ['reviewer', 'responder']);
  const resident = (await app.tokens.issue('u-resident', [])).token;

  const id = (await app.call('createDraft', { token: editor, body: aConsultationDraft() })).body
    .data.id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });

  const comment = {
    clientKey: 'log-test-comment-0000001',
    text: `我是${NAME}，电话${PHONE}`,
    name: NAME,
    contact: PHONE,
    consent: true,
  };
  expect(
    (await app.call('submitComment', { token: resident, pathParameters: { id }, body: comment }))
      .status,
  ).toBe(200);
  await app.call('submitComment', { token: resident, pathParameters: { id }, body: comment });
  await app.call('submitComment', {
    token: resident,
    pathParameters: { id },
    body: { ...comment, clientKey: 'log-test-comment-0000002', contact: `${EMAIL}x@@` },
  });
  await app.call('submitComment', {
    token: resident,
    pathParameters: { id: '01H0000000DEM000000000XXXX' },
    body: { ...comment, clientKey: 'log-test-comment-0000003' },
  });

  const question = {
    clientKey: 'log-test-question-000001',
    kind: 'general',
    text: `请联系${NAME}，${PHONE}，${EMAIL}`,
    contact: { name: NAME, phone: PHONE },
    consent: true,
  };
  expect((await app.call('askQuestion', { token: resident, body: question })).status).toBe(200);
  await app.call('askQuestion', { token: resident, body: question });
  await app.call('askQuestion', {
    token: resident,
    body: {
      ...question,
      clientKey: 'log-test-question-000002',
      contact: { name: NAME, phone: 'not-a-phone' },
    },
  });

  const application = {
    clientKey: 'log-test-application-001',
    applicant: { type: 'person', name: NAME },
    identity: { type: 'resident_id', number: ID_NUMBER },
    contact: { phone: PHONE, email: EMAIL },
    description: `请公开相关信息，联系${PHONE}`,
    delivery: { form: 'electronic', method: 'email' },
    consent: true,
  };
  const applied = await app.call('submitApplication', { token: resident, body: application });
  expect(applied.status).toBe(200);
  await app.call('submitApplication', { token: resident, body: application });
  await app.call('submitApplication', {
    token: resident,
    body: {
      ...application,
      clientKey: 'log-test-application-002',
      identity: { type: 'resident_id', number: '110105194912310021' },
    },
  });
  const discloser = await app.addStaff('u-discloser', ['discloser']);
  await app.call('listApplicationQueue', { token: discloser });
  const id2 = applied.body.data.id as string;
  const version = (
    await app.call('getApplication', { token: discloser, pathParameters: { id: id2 } })
  ).body.data.version;
  const requested = await app.call('recordApplicationEvent', {
    token: discloser,
    pathParameters: { id: id2 },
    body: { action: 'request_correction', version, text: `请补充身份证明，咨询${PHONE}` },
  });
  expect(requested.status).toBe(200);
  const corrected = await app.call('correctApplication', {
    token: resident,
    pathParameters: { id: id2 },
    body: { clientKey: 'log-test-correction-0001', text: `已补充，${NAME}` },
  });

  expect(corrected.status).toBe(200);
  await app.call('listQuestionQueue', { token: reviewer });
  await app.call('listConsultationComments', { token: reviewer, pathParameters: { id } });

  // The staff exports carry none either: the audit log (browsed and as CSV) records who acted on what, not who applied.
  const admin = await app.addStaff('u-admin', ['admin']);
  const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  const audit = await app.call('listAudit', { token: admin, query: { month } });
  const auditCsv = await downloadExport(
    await app.call('exportAudit', { token: admin, query: { month } }),
  );
  expect(audit.status).toBe(200);
  expect(auditCsv.text.trim().split('\n').length).toBeGreaterThan(3);
  for (const exported of [audit.text, auditCsv.text])
    expect(exported).not.toMatch(
      new RegExp(`${PHONE}|${NAME}|${EMAIL.replace('.', '\\.')}|${ID_NUMBER}|1\\*{13}002X`),
    );

  const logs = written.join('');
  expect(logs).not.toContain(PHONE);
  expect(logs).not.toContain(NAME);
  expect(logs).not.toContain(EMAIL);
  expect(logs).not.toContain(ID_NUMBER);
  expect(logs).not.toMatch(/1\*{13}002X/);
});
