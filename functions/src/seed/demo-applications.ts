import {
  ApplicationEventInputSchema,
  ApplyInputSchema,
  OUTCOME_RULES,
  validate,
  type ApplicantCategory,
  type ApplicationEventInput,
  type ReplyOutcome,
} from '@sunshine/shared';
import type { ApplicationDeps } from '../domain/applications/deps';
import { recordApplicationEvent } from '../domain/applications/handle';
import { submitApplication } from '../domain/applications/submit';
import type { StaffActor } from '../domain/identity/actor';

/**
 * Demo applications for the annual report of DEMO_APPLICATION_YEAR: every applicant column, the
 * outcome groups (a disclosure already public, a partial one, two refusals, one not held, a
 * repeat, a closing uncorrected, a fee paid and one unpaid), one carried in from the year before
 * and one carried into the next. The year is one constant: the dates below are written against
 * it, so the demo year can move without recounting (docs/features/applications.md lists the
 * hand count).
 */
export const DEMO_APPLICATION_YEAR = 2025;

const Y = DEMO_APPLICATION_YEAR;
const on = (year: number, monthDay: string) => `${year}-${monthDay}`;

interface ReplyStep {
  on: string;
  reply: ReplyOutcome;
  alreadyPublic?: boolean;
  text: string;
  detail?: string;
}
/** Any other staff action, its fields as the action's schema takes them (checked when seeded). */
interface ActionStep {
  on: string;
  action: Exclude<ApplicationEventInput['action'], 'reply'>;
  [field: string]: unknown;
}
type Step = ReplyStep | ActionStep;

export interface DemoApplication {
  receivedOn: string;
  category: ApplicantCategory;
  description: string;
  steps: Step[];
}

export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    receivedOn: on(Y - 1, '12-23'),
    category: 'natural_person',
    description: `${Y - 1} 年本区道路交通事故统计数据（按月）`,
    steps: [{ on: on(Y, '01-15'), reply: 'disclosed', text: '现将所需统计数据提供如下，见附件。' }],
  },
  {
    receivedOn: on(Y, '02-10'),
    category: 'natural_person',
    description: '本局关于电动自行车登记上牌的规定',
    steps: [
      {
        on: on(Y, '02-20'),
        reply: 'disclosed',
        alreadyPublic: true,
        text: '您申请的信息已主动公开。',
        detail: '可在本小程序“政策文件”栏目或本局门户网站查阅。',
      },
    ],
  },
  {
    receivedOn: on(Y, '03-03'),
    category: 'commercial',
    description: '某路段交通信号灯设置的论证材料',
    steps: [
      {
        on: on(Y, '03-25'),
        reply: 'partly_disclosed',
        text: '现提供可以公开的部分。',
        detail: '论证材料中涉及其他企业商业秘密的部分不予公开。',
      },
    ],
  },
  {
    receivedOn: on(Y, '04-07'),
    category: 'natural_person',
    description: '邻居家户籍登记的详细信息',
    steps: [
      {
        on: on(Y, '04-28'),
        reply: 'withheld_third_party',
        text: '所申请信息涉及第三方个人隐私，不予公开。',
        detail: '经征求第三方意见，第三方不同意公开。',
      },
    ],
  },
  {
    receivedOn: on(Y, '05-12'),
    category: 'research',
    description: '全省网络诈骗案件的年度统计',
    steps: [
      {
        on: on(Y, '05-20'),
        reply: 'unavailable_not_held',
        text: '经检索，本机关不掌握全省数据。',
        detail: '省公安厅，电话 0871-0000000。',
      },
    ],
  },
  {
    receivedOn: on(Y, '06-09'),
    category: 'natural_person',
    description: '本区道路交通事故统计数据（与此前申请相同）',
    steps: [
      {
        on: on(Y, '06-16'),
        reply: 'not_handled_repeated',
        text: '您的申请与此前已答复的申请内容相同，不再重复处理。',
      },
    ],
  },
  {
    receivedOn: on(Y, '07-07'),
    category: 'public_interest',
    description: '关于某事项的有关文件',
    steps: [
      {
        on: on(Y, '07-08'),
        action: 'request_correction',
        text: '请写明所需文件的名称、文号或时间范围。',
      },
      { on: on(Y, '07-21'), action: 'close_uncorrected', note: '补正期限届满未收到补正。' },
    ],
  },
  {
    receivedOn: on(Y, '08-04'),
    category: 'legal_service',
    description: '近三年交通违法处理流程的全部内部规程',
    steps: [
      { on: on(Y, '08-05'), action: 'notify_fee', method: 'by_pages', quantity: 120, note: '' },
      { on: on(Y, '08-11'), action: 'record_fee_paid', note: '窗口缴纳' },
      { on: on(Y, '09-01'), reply: 'disclosed', text: '现将所需规程提供如下（共 120 页）。' },
    ],
  },
  {
    receivedOn: on(Y, '09-01'),
    category: 'other_organization',
    description: '辖区各派出所历年接处警记录汇总',
    steps: [
      {
        on: on(Y, '09-02'),
        action: 'notify_fee',
        method: 'by_count',
        quantity: 1,
        alreadyCounted: 12,
        note: '',
      },
      { on: on(Y, '10-13'), action: 'close_unpaid', note: '逾期未缴纳信息处理费。' },
    ],
  },
  {
    receivedOn: on(Y, '10-13'),
    category: 'natural_person',
    description: '某案件研究讨论的会议记录',
    steps: [
      {
        on: on(Y, '11-05'),
        reply: 'withheld_process_information',
        text: '所申请信息属于过程性信息，不予公开。',
        detail: '系内部研究讨论记录。',
      },
    ],
  },
  {
    receivedOn: on(Y, '12-29'),
    category: 'natural_person',
    description: `${Y} 年本区户籍人口统计`,
    steps: [{ on: on(Y + 1, '01-09'), reply: 'disclosed', text: '现将所需统计数据提供如下。' }],
  },
];

const DISCLOSER: StaffActor = {
  userId: 'demo-seed',
  roles: ['discloser'],
  displayName: '演示依申请公开',
};

/** Credit codes and resident IDs that pass their checks, per applicant type. */
function formOf(demo: DemoApplication, n: number) {
  const person = demo.category === 'natural_person';
  const result = validate(ApplyInputSchema, {
    clientKey: `demo-application-${String(n).padStart(4, '0')}`,
    applicant: person
      ? { type: 'person', name: '演示申请人' }
      : {
          type: 'organization',
          category: demo.category,
          name: '演示单位',
          legalRepresentative: '演示法定代表人',
          contactPerson: '演示联系人',
        },
    identity: person
      ? { type: 'resident_id', number: '11010519491231002X' }
      : { type: 'credit_code', number: '91350100M000100Y43' },
    contact: { phone: '13800000000' },
    description: demo.description,
    delivery: { form: 'electronic', method: 'pickup' },
    consent: true,
  });
  if (!result.ok) throw new Error(`demo application ${n}: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/**
 * The demo's applicants are no WeChat users and its texts are ours: no content check, no user
 * records (every caller, the seed and its tests, would otherwise stub the same two ports).
 */
const DEMO_APPLICANTS: Pick<ApplicationDeps, 'contentCheck' | 'users'> = {
  contentCheck: { check: async () => 'pass' },
  users: {
    get: async (userId) => ({ userId, openid: `demo-${userId}`, createdAt: '' }),
    findByOpenid: async () => undefined,
    create: async () => '',
  },
};

/**
 * Apply and handle each demo application through the use cases at its own dates (the clock set to
 * 10:00 in China on each), so its clock, remedies and report index are what real ones get. One
 * applicant each (the hour's limits are per person). An application already there is left alone.
 */
export async function seedDemoApplications(
  stores: Omit<ApplicationDeps, 'clock' | 'contentCheck' | 'users'>,
): Promise<{ written: number; existing: number }> {
  const deps: Omit<ApplicationDeps, 'clock'> = { ...stores, ...DEMO_APPLICANTS };
  let now = new Date();
  const at = { clock: { now: () => now } };
  let written = 0;
  let existing = 0;
  for (const [index, demo] of DEMO_APPLICATIONS.entries()) {
    now = new Date(`${demo.receivedOn}T02:00:00.000Z`);
    const resident = { userId: `demo-applicant-${index + 1}`, roles: [] };
    const { id } = await submitApplication({ ...deps, ...at }, resident, formOf(demo, index + 1));
    if ((await deps.applications.get(id))!.version > 1) {
      existing++;
      continue;
    }
    for (const step of demo.steps) {
      now = new Date(`${step.on}T02:00:00.000Z`);
      const { version } = (await deps.applications.get(id))!;
      const body = !('action' in step)
        ? {
            action: 'reply',
            outcome: step.reply,
            basis: OUTCOME_RULES[step.reply].basis,
            alreadyPublic: step.alreadyPublic ?? false,
            text: step.text,
            detail: step.detail ?? '',
          }
        : { ...step, on: undefined };
      const input = validate(ApplicationEventInputSchema, { ...body, version });
      if (!input.ok)
        throw new Error(`demo application ${index + 1}: ${JSON.stringify(input.issues)}`);
      await recordApplicationEvent({ ...deps, ...at }, DISCLOSER, id, input.value);
    }
    written++;
  }
  return { written, existing };
}
