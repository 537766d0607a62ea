import {
  validate,
  ApplyInputSchema,
  type ApplicationEventInput,
  type ApplyInput,
  type BureauProfile,
  type WorkingCalendarView,
} from '@sunshine/shared';
import type { CalendarStore } from '../../src/ports/calendar-store';
import type { ContentVerdict } from '../../src/ports/content-check';
import { correctApplication } from '../../src/domain/applications/correct';
import { recordApplicationEvent } from '../../src/domain/applications/handle';
import { maskIdNumber } from '../../src/domain/applications/mask';
import {
  getApplication,
  listApplicationQueue,
  listMyApplications,
} from '../../src/domain/applications/queries';
import { submitApplication } from '../../src/domain/applications/submit';
import type { ApplicationDeps } from '../../src/domain/applications/deps';
import type { StaffActor } from '../../src/domain/identity/actor';
import { InMemoryApplicationStore } from '../support/in-memory-application-store';

/** A staff step without its version: the helpers add the case's current one. */
type Step = ApplicationEventInput extends infer E
  ? E extends ApplicationEventInput
    ? Omit<E, 'version'>
    : never
  : never;

/** 2025 with the National Day week, as staff would enter it; 2026 left out on purpose. */
const CALENDAR_2025: WorkingCalendarView = {
  year: 2025,
  holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
  workdays: ['2025-09-28', '2025-10-11'],
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const RESIDENT = { userId: 'u-resident', roles: [] };
const DISCLOSER: StaffActor = {
  userId: 'u-discloser',
  roles: ['discloser'],
  displayName: '赵办理',
};

const REMEDIES = { reviewOrgan: '某某市人民政府', court: '某某区人民法院' };

function setup(
  options: { verdict?: ContentVerdict; now?: string; remedies?: typeof REMEDIES | null } = {},
) {
  const applications = new InMemoryApplicationStore();
  let now = new Date(options.now ?? '2025-03-03T02:00:00.000Z'); // Monday 10:00 in China
  let id = 0;
  const calendars: CalendarStore = {
    get: async (year) => (year === 2025 ? CALENDAR_2025 : undefined),
    put: async () => 'written',
  };
  const deps: ApplicationDeps = {
    applications,
    submissions: applications,
    bureau: {
      get: async () =>
        options.remedies === null
          ? undefined
          : ({ remedies: options.remedies ?? REMEDIES } as BureauProfile),
    },
    calendars,
    contentCheck: { check: async () => options.verdict ?? 'pass' },
    users: {
      get: async (userId) => ({ userId, openid: `o-${userId}`, createdAt: '' }),
      findByOpenid: async () => undefined,
      create: async () => '',
    },
    clock: { now: () => now },
    ids: { next: () => `01JAPPLICATION${String(++id).padStart(12, '0')}` },
  };
  return { deps, applications, setNow: (iso: string) => (now = new Date(iso)) };
}

function form(patch: Partial<Record<keyof ApplyInput, unknown>> = {}): ApplyInput {
  const result = validate(ApplyInputSchema, {
    clientKey: 'unit-client-key-000001',
    applicant: { type: 'person', name: '李明' },
    identity: { type: 'resident_id', number: '11010519491231002X' },
    contact: { phone: '13800000000', address: '昆明市某路 1 号' },
    description: '2024 年本区道路交通事故统计数据',
    delivery: { form: 'paper', method: 'post' },
    consent: true,
    ...patch,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** Apply, then take the given staff and applicant steps in order; answers the case's last state. */
async function caseAfter(deps: ApplicationDeps, steps: Array<Step | { correct: string }>) {
  const { id } = await submitApplication(deps, RESIDENT, form());
  let n = 0;
  for (const step of steps) {
    const current = (await deps.applications.get(id))!;
    if ('correct' in step)
      await correctApplication(deps, RESIDENT, id, {
        clientKey: `unit-correction-key-${++n}`.padEnd(20, '0'),
        text: step.correct,
      });
    else
      await recordApplicationEvent(deps, DISCLOSER, id, {
        ...step,
        version: current.version,
      } as ApplicationEventInput);
  }
  return getApplication(deps, id);
}

const act = async (deps: ApplicationDeps, id: string, step: Step) =>
  recordApplicationEvent(deps, DISCLOSER, id, {
    ...step,
    version: (await deps.applications.get(id))!.version,
  } as ApplicationEventInput);

const REQUEST = { action: 'request_correction', text: '请写明所需信息的时间范围' } as const;
const START = { action: 'start_third_party', note: '某公司：涉及其商业信息' } as const;
const END = { action: 'end_third_party', note: '不同意公开' } as const;
const EXTEND = { action: 'extend', days: 10, reason: '需调取往年档案' } as const;
const REPLY = {
  action: 'reply',
  outcome: 'disclosed',
  basis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
  alreadyPublic: false,
  text: '现将所需信息提供如下',
  detail: '',
} as const;
const CLOSE = { action: 'close_uncorrected', note: '' } as const;

describe('applying', () => {
  test('receives the application with a due date 20 working days after receipt (China date)', async () => {
    const { deps } = setup();

    const view = await submitApplication(deps, RESIDENT, form());

    expect(view).toMatchObject({
      status: 'received',
      dueOn: '2025-03-31',
      dueApproximate: false,
      corrections: [],
    });
  });

  test('keeps the applicant type as the report column staff see', async () => {
    const { deps } = setup();
    const organization = form({
      applicant: {
        type: 'organization',
        category: 'legal_service',
        name: '某某律师事务所',
        legalRepresentative: '王某',
        contactPerson: '张某',
      },
      identity: { type: 'credit_code', number: '91350100M000100Y43' },
    });

    const { id } = await submitApplication(deps, RESIDENT, organization);
    const person = await submitApplication(
      deps,
      RESIDENT,
      form({ clientKey: 'unit-client-key-000002' }),
    );

    expect((await getApplication(deps, id)).applicantCategory).toBe('legal_service');
    expect((await getApplication(deps, person.id)).applicantCategory).toBe('natural_person');
  });

  test('stores the identity number masked, never in full', async () => {
    const { deps, applications } = setup();

    const { id } = await submitApplication(deps, RESIDENT, form());

    expect(applications.cases.get(id)?.identity).toEqual({
      type: 'resident_id',
      masked: '1*************002X',
    });
    expect(JSON.stringify([...applications.cases.values()])).not.toContain('11010519491231002X');
  });

  test('the applicant’s view carries no contact, name or identity', async () => {
    const { deps } = setup();

    const view = await submitApplication(deps, RESIDENT, form());

    expect(JSON.stringify(view)).not.toMatch(/13800000000|李明|002X|昆明市/);
  });

  test('a retry with the same client key answers the first application; the key with other content is refused', async () => {
    const { deps, applications } = setup();

    const first = await submitApplication(deps, RESIDENT, form());
    const second = await submitApplication(deps, RESIDENT, form());
    const other = submitApplication(deps, RESIDENT, form({ description: '另一份申请内容' }));

    expect(second.id).toBe(first.id);
    await expect(other).rejects.toMatchObject({ status: 409, code: 'CLIENT_KEY_REUSED' });
    expect(applications.cases.size).toBe(1);
  });

  test('risky text is refused and nothing is kept', async () => {
    const { deps, applications } = setup({ verdict: 'risky' });

    await expect(submitApplication(deps, RESIDENT, form())).rejects.toMatchObject({
      status: 400,
      fields: [{ field: 'description' }],
    });
    expect(applications.cases.size).toBe(0);
  });

  test.each(['review', 'unavailable'] as const)(
    'text WeChat answers %s for is received and held for staff',
    async (verdict) => {
      const { deps } = setup({ verdict });

      const { id } = await submitApplication(deps, RESIDENT, form());

      expect(await getApplication(deps, id)).toMatchObject({
        status: 'received',
        heldForCheck: true,
      });
    },
  );

  test('a year without its calendar gives an approximate due date, not a failure', async () => {
    const { deps } = setup({ now: '2025-12-15T02:00:00.000Z' });

    const view = await submitApplication(deps, RESIDENT, form());

    expect(view).toMatchObject({ dueApproximate: true, dueOn: '2026-01-12' });
  });

  test('a sixth application in an hour: try again later', async () => {
    const { deps } = setup();
    for (let i = 0; i < 5; i++)
      await submitApplication(deps, RESIDENT, form({ clientKey: `unit-rate-key-0000${i}` }));

    await expect(
      submitApplication(deps, RESIDENT, form({ clientKey: 'unit-rate-key-00009' })),
    ).rejects.toMatchObject({ status: 429 });
  });
});

describe('the case: allowed steps', () => {
  test('a correction request stops the clock; the correction restarts it from zero', async () => {
    const { deps, setNow } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());
    setNow('2025-03-05T02:00:00.000Z');
    const waiting = await act(deps, id, REQUEST);
    setNow('2025-03-10T02:00:00.000Z');

    const corrected = await correctApplication(deps, RESIDENT, id, {
      clientKey: 'unit-correction-key-001',
      text: '2024 年 1 月至 12 月',
    });

    expect(waiting).toMatchObject({
      status: 'awaiting_correction',
      stoppedSince: '2025-03-05',
      correctionRequest: { text: REQUEST.text, on: '2025-03-05' },
    });
    expect(waiting.dueOn).toBeUndefined();
    expect(corrected).toMatchObject({
      status: 'received',
      dueOn: '2025-04-07',
      corrections: [{ text: '2024 年 1 月至 12 月', on: '2025-03-10' }],
    });
  });

  test('third-party time is not counted', async () => {
    const { deps, setNow } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());
    setNow('2025-03-10T02:00:00.000Z');
    const consulting = await act(deps, id, START);
    setNow('2025-03-14T02:00:00.000Z');

    const ended = await act(deps, id, END);

    expect(consulting).toMatchObject({ status: 'third_party', stoppedSince: '2025-03-10' });
    expect(ended).toMatchObject({ status: 'received', dueOn: '2025-04-04' }); // 20 + 4 working days
  });

  test('an extension adds its working days, and its reason is what the applicant is told', async () => {
    const { deps } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());

    const extended = await act(deps, id, EXTEND);
    const [mine] = await listMyApplications(deps, RESIDENT);

    expect(extended).toMatchObject({ status: 'received', dueOn: '2025-04-14' }); // 20 + 10 working days
    expect(mine?.extension).toEqual({ days: 10, reason: '需调取往年档案', on: '2025-03-03' });
  });

  test('a reply ends the case, the applicant reads it, and it leaves the queue', async () => {
    const { deps } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());

    const replied = await act(deps, id, {
      action: 'reply',
      outcome: 'withheld_state_secret',
      basis: '《中华人民共和国政府信息公开条例》第十四条',
      alreadyPublic: false,
      text: '不予公开',
      detail: '所需信息经确定为国家秘密',
    });
    const [mine] = await listMyApplications(deps, RESIDENT);

    expect(replied).toMatchObject({ status: 'replied', dueOn: '2025-03-31' });
    expect(mine).toMatchObject({
      status: 'replied',
      reply: {
        outcome: 'withheld_state_secret',
        basis: '《中华人民共和国政府信息公开条例》第十四条',
        text: '不予公开',
        detail: '所需信息经确定为国家秘密',
        remedies:
          '如对本答复不服，可以自收到本答复之日起60日内向某某市人民政府申请行政复议，或者自收到本答复之日起6个月内向某某区人民法院提起行政诉讼。',
        on: '2025-03-03',
      },
    });
    expect(mine?.reply).not.toHaveProperty('by');
    expect(mine?.dueOn).toBeUndefined();
    expect(await listApplicationQueue(deps)).toEqual([]);
  });

  test('a disclosure states no remedies; a refusal without a bureau profile names the bodies generically', async () => {
    const { deps } = setup({ remedies: null });
    const { id: disclosed } = await submitApplication(deps, RESIDENT, form());
    const { id: withheld } = await submitApplication(
      deps,
      RESIDENT,
      form({ clientKey: 'unit-client-key-000002' }),
    );

    await act(deps, disclosed, REPLY);
    await act(deps, withheld, {
      action: 'reply',
      outcome: 'not_handled_petition',
      basis: '《中华人民共和国政府信息公开条例》第三十九条第一款',
      alreadyPublic: false,
      text: '您的申请属于信访事项，请向信访部门反映。',
      detail: '',
    });

    expect((await getApplication(deps, disclosed)).reply).not.toHaveProperty('remedies');
    expect((await getApplication(deps, withheld)).reply?.remedies).toBe(
      '如对本答复不服，可以自收到本答复之日起60日内向本机关的本级人民政府或者上一级主管部门申请行政复议，或者自收到本答复之日起6个月内向有管辖权的人民法院提起行政诉讼。',
    );
  });

  test('the whole path: correction, third party, extension, reply', async () => {
    const { deps } = setup();

    const view = await caseAfter(deps, [
      REQUEST,
      { correct: '补充：2024 年全年' },
      START,
      END,
      EXTEND,
      REPLY,
    ]);

    expect(view.events.map((event) => event.type)).toEqual([
      'received',
      'correction_requested',
      'correction_received',
      'third_party_started',
      'third_party_ended',
      'extended',
      'replied',
    ]);
    expect(view.version).toBe(7);
  });

  test('every staff step is audited without the applicant’s details', async () => {
    const { deps, applications } = setup();

    await caseAfter(deps, [START, END, EXTEND, REPLY]);

    expect(applications.audit.map((entry) => entry.action)).toEqual([
      'application.start_third_party',
      'application.end_third_party',
      'application.extend',
      'application.reply',
    ]);
    expect(JSON.stringify(applications.audit)).not.toMatch(/13800000000|李明|002X/);
  });

  test('the queue: running cases by due date, then stopped ones', async () => {
    const { deps, setNow } = setup();
    const late = await submitApplication(
      deps,
      RESIDENT,
      form({ clientKey: 'unit-queue-key-000001' }),
    );
    setNow('2025-03-01T02:00:00.000Z');
    const early = await submitApplication(
      deps,
      RESIDENT,
      form({ clientKey: 'unit-queue-key-000002' }),
    );
    const stopped = await submitApplication(
      deps,
      RESIDENT,
      form({ clientKey: 'unit-queue-key-000003' }),
    );
    await act(deps, stopped.id, REQUEST);

    const queue = await listApplicationQueue(deps);

    expect(queue.map((each) => each.id)).toEqual([early.id, late.id, stopped.id]);
    expect(queue[0]?.identity.masked).toBe('1*************002X');
  });
});

describe('the case: forbidden steps answer 409 with the reason', () => {
  test.each([
    ['a second extension', [EXTEND], EXTEND, '答复期限只能延长一次'],
    ['replying twice', [REPLY], REPLY, '该申请已答复，不能重复答复'],
    [
      'a correction request while awaiting correction',
      [REQUEST],
      REQUEST,
      '正在等待申请人补正，不能再次要求补正',
    ],
    [
      'a second correction request after the correction',
      [REQUEST, { correct: '补充' }],
      REQUEST,
      '补正须一次性告知，本申请已要求过补正',
    ],
    [
      'a correction request during a consultation',
      [START],
      REQUEST,
      '征求第三方意见期间不能要求补正',
    ],
    [
      'a consultation while awaiting correction',
      [REQUEST],
      START,
      '申请人尚未补正，不能征求第三方意见',
    ],
    ['a second consultation at once', [START], START, '已在征求第三方意见，请先结束本次征求'],
    ['ending a consultation never started', [], END, '没有进行中的第三方征求意见'],
    [
      'an extension while awaiting correction',
      [REQUEST],
      EXTEND,
      '等待补正期间不计算期限，无需延长',
    ],
    [
      'an extension during a consultation',
      [START],
      EXTEND,
      '征求第三方意见期间不计算期限，请结束征求后再延长',
    ],
    ['a reply while awaiting correction', [REQUEST], REPLY, '申请人尚未补正，请收到补正后再答复'],
    ['a reply during a consultation', [START], REPLY, '请先结束第三方征求意见，再作答复'],
    ['any step after the reply', [REPLY], EXTEND, '该申请已答复，办理已结束'],
    ['closing a running case as uncorrected', [], CLOSE, '只有等待补正的申请才能因未补正终止办理'],
    [
      'closing a case consulting a third party',
      [START],
      CLOSE,
      '只有等待补正的申请才能因未补正终止办理',
    ],
  ] as const)('%s', async (_, before, step, message) => {
    const { deps } = setup();
    const view = await caseAfter(deps, [...before]);

    await expect(act(deps, view.id, step)).rejects.toMatchObject({
      status: 409,
      code: 'CONFLICT',
      message,
    });
  });

  test('an action on a version the person did not see', async () => {
    const { deps } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());
    await act(deps, id, EXTEND);

    await expect(
      recordApplicationEvent(deps, DISCLOSER, id, { ...REPLY, version: 1 }),
    ).rejects.toMatchObject({ status: 409, message: '该申请已被他人处理，请刷新后查看最新状态' });
  });

  test('a correction nobody asked for', async () => {
    const { deps } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());

    await expect(
      correctApplication(deps, RESIDENT, id, {
        clientKey: 'unit-correction-key-001',
        text: '补充',
      }),
    ).rejects.toMatchObject({ status: 409, message: '该申请目前不需要补正' });
  });

  test('a correction of someone else’s application is not found', async () => {
    const { deps } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());
    await act(deps, id, REQUEST);

    await expect(
      correctApplication(deps, { userId: 'u-other', roles: [] }, id, {
        clientKey: 'unit-correction-key-001',
        text: '补充',
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  test('a retried correction is one correction', async () => {
    const { deps } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());
    await act(deps, id, REQUEST);
    const correction = { clientKey: 'unit-correction-key-001', text: '补充：全年' };

    await correctApplication(deps, RESIDENT, id, correction);
    const again = await correctApplication(deps, RESIDENT, id, correction);

    expect(again.corrections).toHaveLength(1);
  });

  test('a risky correction is refused and the case still waits for one', async () => {
    const { deps } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());
    await act(deps, id, REQUEST);
    deps.contentCheck = { check: async () => 'risky' };

    await expect(
      correctApplication(deps, RESIDENT, id, {
        clientKey: 'unit-correction-key-001',
        text: '诈骗链接',
      }),
    ).rejects.toMatchObject({ status: 400, fields: [{ field: 'text' }] });
    expect((await getApplication(deps, id)).status).toBe('awaiting_correction');
  });
});

describe('a correction that never comes (art. 30)', () => {
  test('the case may be closed only after 7 working days, counted on the calendar; then it leaves the queue and takes no correction', async () => {
    const { deps, setNow } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());
    // Requested on Friday 26 September 2025: the National Day week and its two worked weekends lie ahead.
    setNow('2025-09-26T02:00:00.000Z');
    await act(deps, id, REQUEST);

    // Working days after: 28 Sep (worked Sunday), 29, 30 Sep, 9, 10, 11 Oct (worked Saturday), 13 Oct.
    setNow('2025-10-13T02:00:00.000Z');
    await expect(act(deps, id, CLOSE)).rejects.toMatchObject({
      status: 409,
      message: '申请人可在 2025-10-13 前补正，期满未补正方可终止办理',
    });
    setNow('2025-10-14T02:00:00.000Z');
    const closed = await act(deps, id, { action: 'close_uncorrected', note: '逾期未补正' });

    expect(closed).toMatchObject({
      status: 'closed',
      closed: {
        on: '2025-10-14',
        note: '逾期未补正',
        outcome: 'other_uncorrected',
        basis: '《中华人民共和国政府信息公开条例》第三十条',
        remedies: expect.stringContaining('向某某市人民政府申请行政复议'),
      },
    });
    expect((await listApplicationQueue(deps)).map((each) => each.id)).not.toContain(id);
    await expect(
      correctApplication(deps, RESIDENT, id, {
        clientKey: 'unit-correction-key-late',
        text: '补充',
      }),
    ).rejects.toMatchObject({
      status: 409,
      message: '补正期限已过，该申请已终止办理，如仍需要请重新申请',
    });
    await expect(act(deps, id, REPLY)).rejects.toMatchObject({
      status: 409,
      message: '该申请已终止办理',
    });
    expect((await listMyApplications(deps, RESIDENT))[0]).toMatchObject({
      status: 'closed',
      closed: { note: '逾期未补正' },
    });
  });
});

describe('an application still unclear', () => {
  const UNCLEAR = {
    action: 'reply',
    outcome: 'unavailable_unclear',
    basis: '《中华人民共和国政府信息公开条例》第三十条',
    alreadyPublic: false,
    text: '补正后申请内容仍不明确。',
    detail: '',
  } as const;

  test('is answered so only after a correction', async () => {
    const { deps } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());

    await expect(act(deps, id, UNCLEAR)).rejects.toMatchObject({
      status: 409,
      message: '「补正后申请内容仍不明确」只用于申请人补正后的申请',
    });
    const corrected = await caseAfter(deps, [REQUEST, { correct: '补充：全年' }, UNCLEAR]);
    expect(corrected.reply?.outcome).toBe('unavailable_unclear');
  });
});

describe('a fee (国办函〔2020〕109号)', () => {
  const NOTICE = {
    action: 'notify_fee',
    method: 'by_pages',
    quantity: 150,
    alreadyCounted: 0,
    note: '',
  } as const;

  test('the notice computes the amount from the tiers, stops the clock, and the applicant reads it', async () => {
    const { deps } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());

    const noticed = await act(deps, id, NOTICE);
    const [mine] = await listMyApplications(deps, RESIDENT);

    // 31–100 at 10 元 (700), 101–150 at 20 元 (1000); 20 working days from Monday 3 March.
    expect(noticed).toMatchObject({ status: 'awaiting_fee', stoppedSince: '2025-03-03' });
    expect(noticed.dueOn).toBeUndefined(); // no due date while the clock is stopped
    expect(mine).toMatchObject({
      status: 'awaiting_fee',
      fee: {
        method: 'by_pages',
        quantity: 150,
        amount: 1700,
        on: '2025-03-03',
        payBy: '2025-03-31',
      },
    });
    expect(mine?.dueOn).toBeUndefined();
  });

  test('the time from notice to payment is not counted: paid after 5 working days, the reply is due 5 later', async () => {
    const { deps, setNow } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());
    await act(deps, id, NOTICE);

    setNow('2025-03-10T02:00:00.000Z');
    const paid = await act(deps, id, { action: 'record_fee_paid', note: '现场缴纳' });

    expect(paid).toMatchObject({
      status: 'received',
      dueOn: '2025-04-07',
      fee: { paidOn: '2025-03-10' },
    });
  });

  test('unpaid, the case may be closed only after the period, as 其他处理 2', async () => {
    const { deps, setNow } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());
    await act(deps, id, NOTICE);
    await expect(act(deps, id, REPLY)).rejects.toMatchObject({
      status: 409,
      message: '申请人尚未缴费，请收到费用后再答复',
    });
    await expect(act(deps, id, NOTICE)).rejects.toMatchObject({ status: 409 });

    setNow('2025-03-31T02:00:00.000Z');
    await expect(act(deps, id, { action: 'close_unpaid', note: '' })).rejects.toMatchObject({
      status: 409,
      message: '申请人可在 2025-03-31 前缴费，逾期未缴方可终止办理',
    });
    setNow('2025-04-01T02:00:00.000Z');
    const closed = await act(deps, id, { action: 'close_unpaid', note: '逾期未缴费' });

    expect(closed).toMatchObject({
      status: 'closed',
      closed: { on: '2025-04-01', outcome: 'other_unpaid_fee', note: '逾期未缴费' },
    });
    expect(closed.closed?.remedies).toContain('申请行政复议');
  });

  test('by count, the applications already made this month decide the price', async () => {
    const { deps } = setup();
    const { id } = await submitApplication(deps, RESIDENT, form());

    const noticed = await act(deps, id, {
      action: 'notify_fee',
      method: 'by_count',
      quantity: 1,
      alreadyCounted: 30,
      note: '',
    });

    expect(noticed.fee).toMatchObject({ amount: 200, alreadyCounted: 30 }); // the 31st: 200 元
  });
});

describe('masking', () => {
  test.each([
    ['11010519491231002X', '1*************002X'],
    ['91350100M000100Y43', '9*************0Y43'],
    ['E12345678', 'E******78'],
  ])('%s is kept as %s', (number, masked) => {
    expect(maskIdNumber(number)).toBe(masked);
  });
});
