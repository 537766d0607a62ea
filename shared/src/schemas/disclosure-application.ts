import * as v from 'valibot';
import { ClientKeySchema } from './client-key';
import { FEE_METHODS, feeFor, type FeeMethod } from './fees';
import {
  APPLICANT_CATEGORIES,
  APPLICANT_CATEGORY_LABELS,
  OUTCOME_RULES,
  OUTCOMES,
  type ApplicantCategory,
  type Outcome,
  type OutcomeGroup,
} from './disclosure-terms';
import {
  ID_DOCUMENT_TYPES,
  idNumberProblem,
  normalizeIdNumber,
  ORGANIZATION_ID_DOCUMENTS,
  PERSON_ID_DOCUMENTS,
  type IdDocumentType,
} from './identity-number';

/**
 * Disclosure on application (依申请公开), 政府信息公开条例 2019 (State Council decree 711): the
 * form art. 29 requires, what a resident sends to correct it (art. 30), what staff record on a
 * case (arts. 30–33) and the reply kinds of art. 36.
 */
export const APPLICANT_TYPES = ['person', 'organization'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  person: '自然人',
  organization: '法人或其他组织',
};

/**
 * The report's columns an organization picks from (商业企业, 科研机构, 社会公益组织, 法律服务机构,
 * 其他); a natural person is always natural_person.
 */
export const ORGANIZATION_CATEGORIES = APPLICANT_CATEGORIES.filter(
  (category): category is Exclude<ApplicantCategory, 'natural_person'> =>
    category !== 'natural_person',
);
export type OrganizationCategory = (typeof ORGANIZATION_CATEGORIES)[number];

/** The report column of an applicant: a person's is fixed, an organization's is the kind it chose. */
export const applicantCategoryOf = (
  type: ApplicantType,
  category: ApplicantCategory | undefined,
): ApplicantCategory | undefined =>
  type === 'person'
    ? 'natural_person'
    : category && category !== 'natural_person'
      ? category
      : undefined;

/** 提供政府信息的指定方式 (the form the information is given in). */
export const DELIVERY_FORMS = ['paper', 'electronic', 'media'] as const;
export type DeliveryForm = (typeof DELIVERY_FORMS)[number];
export const DELIVERY_FORM_LABELS: Record<DeliveryForm, string> = {
  paper: '纸质',
  electronic: '电子文档',
  media: '光盘等存储介质',
};

/** 获取信息的方式 (how it reaches the applicant). */
export const RECEIVING_METHODS = ['post', 'pickup', 'email'] as const;
export type ReceivingMethod = (typeof RECEIVING_METHODS)[number];
export const RECEIVING_METHOD_LABELS: Record<ReceivingMethod, string> = {
  post: '邮寄',
  pickup: '自行领取',
  email: '电子邮件',
};

const MOBILE_OR_LANDLINE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
const POSTCODE = /^\d{6}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Required text: trimmed, not empty or only spaces, within its limit; messages name the field. */
const requiredText = (label: string, max: number, min = 1) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.trim(),
    v.minLength(min, min === 1 ? `请填写${label}` : `${label}至少写 ${min} 个字`),
    v.maxLength(max, `${label}不能超过 ${max} 字`),
  );

/** Optional text: absent or blank is '', otherwise within its limit. */
const optionalText = (label: string, max: number) =>
  v.optional(
    v.pipe(v.string(`${label}须为文字`), v.trim(), v.maxLength(max, `${label}不能超过 ${max} 字`)),
    '',
  );

export const APPLICATION_LIMITS = {
  name: 50,
  description: 2000,
  purpose: 400,
  address: 200,
  email: 100,
  correction: 2000,
} as const;

export const ApplyInputSchema = v.pipe(
  v.object({
    clientKey: ClientKeySchema,
    applicant: v.pipe(
      v.object({
        type: v.picklist(APPLICANT_TYPES, '请选择申请人类型（自然人或法人、其他组织）'),
        /** The report's column (section 3): required of an organization, implied for a person. */
        category: v.optional(
          v.picklist(
            APPLICANT_CATEGORIES,
            `请选择单位类型（${ORGANIZATION_CATEGORIES.map((c) => APPLICANT_CATEGORY_LABELS[c]).join('、')}）`,
          ),
        ),
        /** A person's name, or the organization's. */
        name: requiredText('申请人姓名或名称', APPLICATION_LIMITS.name),
        legalRepresentative: optionalText('法定代表人', APPLICATION_LIMITS.name),
        contactPerson: optionalText('联系人', APPLICATION_LIMITS.name),
      }),
      v.forward(
        v.check(
          (applicant) => applicant.type === 'person' || applicant.legalRepresentative !== '',
          '请填写法定代表人或负责人',
        ),
        ['legalRepresentative'],
      ),
      v.forward(
        v.check(
          (applicant) => applicant.type === 'person' || applicant.contactPerson !== '',
          '请填写联系人',
        ),
        ['contactPerson'],
      ),
      v.forward(
        v.check(
          (applicant) => applicantCategoryOf(applicant.type, applicant.category) !== undefined,
          `请选择单位类型（${ORGANIZATION_CATEGORIES.map((c) => APPLICANT_CATEGORY_LABELS[c]).join('、')}）`,
        ),
        ['category'],
      ),
      v.transform((applicant) => ({
        ...applicant,
        category: applicantCategoryOf(applicant.type, applicant.category) as ApplicantCategory,
      })),
    ),
    identity: v.pipe(
      v.object({
        type: v.picklist(ID_DOCUMENT_TYPES, '请选择身份证件类型'),
        number: v.pipe(
          v.string('请填写证件号码'),
          v.transform(normalizeIdNumber),
          v.minLength(1, '请填写证件号码'),
          v.maxLength(30, '证件号码不能超过 30 位'),
        ),
      }),
      v.forward(
        v.check(
          (identity) => idNumberProblem(identity.type, identity.number) === undefined,
          (issue) => {
            const identity = issue.input as { type: IdDocumentType; number: string };
            return idNumberProblem(identity.type, identity.number) ?? '证件号码有误';
          },
        ),
        ['number'],
      ),
    ),
    contact: v.object({
      phone: v.pipe(
        v.string('请填写联系电话'),
        v.trim(),
        v.minLength(1, '请填写联系电话'),
        v.regex(MOBILE_OR_LANDLINE, '联系电话格式不正确，请填写手机号或带区号的固定电话'),
      ),
      address: optionalText('通信地址', APPLICATION_LIMITS.address),
      postcode: v.optional(
        v.pipe(
          v.string(),
          v.trim(),
          v.check((code) => code === '' || POSTCODE.test(code), '邮政编码须为 6 位数字'),
        ),
        '',
      ),
      email: v.optional(
        v.pipe(
          v.string(),
          v.trim(),
          v.maxLength(APPLICATION_LIMITS.email, `电子邮箱不能超过 ${APPLICATION_LIMITS.email} 字`),
          v.check((email) => email === '' || EMAIL.test(email), '电子邮箱格式不正确'),
        ),
        '',
      ),
    }),
    /** 所需政府信息的名称、文号或者便于查询的其他特征性描述. */
    description: requiredText('所需信息的描述', APPLICATION_LIMITS.description, 5),
    purpose: optionalText('用途', APPLICATION_LIMITS.purpose),
    delivery: v.object({
      form: v.picklist(DELIVERY_FORMS, '请选择提供信息的形式'),
      method: v.picklist(RECEIVING_METHODS, '请选择获取信息的方式'),
    }),
    consent: v.literal(true, '请阅读并同意隐私说明后提交'),
  }),
  v.forward(
    v.check(
      ({ applicant, identity }) =>
        (applicant.type === 'organization'
          ? ORGANIZATION_ID_DOCUMENTS
          : PERSON_ID_DOCUMENTS
        ).includes(identity.type),
      '法人或其他组织请填写统一社会信用代码；自然人请选择个人身份证件',
    ),
    ['identity', 'type'],
  ),
  v.forward(
    v.check(
      ({ delivery, contact }) => delivery.method !== 'post' || contact.address !== '',
      '选择邮寄时请填写通信地址',
    ),
    ['contact', 'address'],
  ),
  v.forward(
    v.check(
      ({ delivery, contact }) => delivery.method !== 'email' || contact.email !== '',
      '选择电子邮件时请填写电子邮箱',
    ),
    ['contact', 'email'],
  ),
);
export type ApplyInput = v.InferOutput<typeof ApplyInputSchema>;

/** What the applicant sends when asked to correct or complete the application (补正). */
export const CorrectionInputSchema = v.object({
  clientKey: ClientKeySchema,
  text: requiredText('补正内容', APPLICATION_LIMITS.correction),
});
export type CorrectionInput = v.InferOutput<typeof CorrectionInputSchema>;

/**
 * What a reply ends in: one row of the annual report's section 3 (OUTCOMES). The two rows of
 * 其他处理 an applicant causes (no correction in time, a fee unpaid in time) are closings with
 * actions of their own, each refused until its period is over, so a reply never names them.
 */
export const REPLY_OUTCOMES = OUTCOMES.filter(
  (outcome): outcome is Exclude<Outcome, 'other_uncorrected' | 'other_unpaid_fee'> =>
    outcome !== 'other_uncorrected' && outcome !== 'other_unpaid_fee',
);
export type ReplyOutcome = (typeof REPLY_OUTCOMES)[number];

/**
 * What else a reply of an outcome must tell the applicant (art. 36), where the article asks for
 * something: `required` refuses the reply without it. 已主动公开 is 予以公开 in the report
 * (国办公开办函〔2021〕30号 has no row of its own) marked `alreadyPublic`, which asks where to get it.
 */
export function replyDetailRule(
  outcome: Outcome,
  alreadyPublic = false,
): { label: string; required: boolean } | undefined {
  if (outcome === 'disclosed')
    return alreadyPublic ? { label: '获取该信息的方式和途径', required: true } : undefined;
  if (outcome === 'partly_disclosed') return { label: '不予公开的部分及其理由', required: true };
  if (OUTCOME_RULES[outcome].group === 'withheld')
    return { label: '不予公开的理由', required: true };
  if (outcome === 'unavailable_not_held')
    return { label: '负责公开该信息的机关及其联系方式（能够确定的）', required: false };
  if (outcome === 'other_other') return { label: '处理的理由和办理途径', required: true };
  return undefined;
}

const OUTCOME_GROUP_SHORT: Record<OutcomeGroup, string> = {
  disclosed: '予以公开',
  partly_disclosed: '部分公开',
  withheld: '不予公开',
  unavailable: '无法提供',
  not_handled: '不予处理',
  other: '其他处理',
};

/**
 * An outcome as the applicant and staff read it: its group, and the row within it where the group
 * has rows (「不予公开：属于国家秘密」); 已主动公开 named as such.
 */
export function outcomeLabel(outcome: Outcome, alreadyPublic = false): string {
  const { group, label } = OUTCOME_RULES[outcome];
  if (group === 'disclosed') return alreadyPublic ? '予以公开（已主动公开）' : '予以公开';
  if (group === 'partly_disclosed') return OUTCOME_GROUP_SHORT[group];
  return `${OUTCOME_GROUP_SHORT[group]}：${label.replace(/^\d+\. /, '')}`;
}

/** Whom the remedies name when the bureau has not said (no profile saved, or a blank field). */
export const DEFAULT_REMEDY_BODIES = {
  reviewOrgan: '本机关的本级人民政府或者上一级主管部门',
  court: '有管辖权的人民法院',
};

/**
 * The remedies a reply that refuses or cannot provide states (art. 51; 行政复议法: 60 days;
 * 行政诉讼法 art. 46: 6 months), naming the bodies from the bureau's profile. Computed once, at
 * the reply, and kept with it: what the applicant was told stays as told if the profile changes.
 */
export function remediesStatement(remedies?: { reviewOrgan: string; court: string }): string {
  const reviewOrgan = remedies?.reviewOrgan.trim() || DEFAULT_REMEDY_BODIES.reviewOrgan;
  const court = remedies?.court.trim() || DEFAULT_REMEDY_BODIES.court;
  return `如对本答复不服，可以自收到本答复之日起60日内向${reviewOrgan}申请行政复议，或者自收到本答复之日起6个月内向${court}提起行政诉讼。`;
}

const version = v.pipe(
  v.number('缺少版本号，请刷新后重试'),
  v.integer('版本号无效'),
  v.minValue(0, '版本号无效'),
);

/**
 * The working days an applicant has to pay a fee, counted from the day after the notice
 * (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号: 申请人应当在收到收费通知的次日起20个工作日内完成缴费;
 * check the wording against an official copy). Counted on the staff calendars, as the reply's
 * clock is; unpaid past it, the application is no longer handled (report row 三(六)2).
 */
export const FEE_PAYMENT_WORKING_DAYS = 20;

const feeNote = optionalText('说明', 500);

/**
 * One staff action on a case. `version` is the case's version the person saw: if a colleague
 * acted since, the action is refused (409) instead of silently applied to a case they did not see.
 */
export const ApplicationEventInputSchema = v.pipe(
  v.variant(
    'action',
    [
      v.object({
        action: v.literal('request_correction'),
        version,
        text: requiredText('需补正的内容', 1000),
      }),
      v.object({
        action: v.literal('start_third_party'),
        version,
        note: requiredText('征求意见的第三方及事项', 500),
      }),
      v.object({
        action: v.literal('end_third_party'),
        version,
        note: optionalText('第三方意见', 500),
      }),
      v.object({
        action: v.literal('extend'),
        version,
        days: v.pipe(
          v.number('请填写延长的工作日数'),
          v.integer('延长天数须为整数'),
          v.minValue(1, '延长期限为 1 到 20 个工作日'),
          v.maxValue(20, '延长期限为 1 到 20 个工作日'),
        ),
        reason: requiredText('延期理由', 500),
      }),
      // Art. 30: not corrected within the period given, the application is taken as abandoned.
      v.object({
        action: v.literal('close_uncorrected'),
        version,
        note: optionalText('说明', 500),
      }),
      // 国办函〔2020〕109号: the fee notice (its amount from FEE_TIERS), the payment, the closing unpaid.
      v.object({
        action: v.literal('notify_fee'),
        version,
        method: v.picklist(FEE_METHODS, '请选择计费方式（按件或按量）'),
        quantity: v.pipe(
          v.number('请填写计费的件数或页数'),
          v.integer('件数或页数须为整数'),
          v.minValue(1, '件数或页数至少为 1'),
          v.maxValue(100000, '件数或页数过大，请核对'),
        ),
        /** By count: the applications the same applicant already made this natural month. */
        alreadyCounted: v.optional(
          v.pipe(
            v.number('本月已申请件数须为数字'),
            v.integer('本月已申请件数须为整数'),
            v.minValue(0, '本月已申请件数不能为负数'),
            v.maxValue(100000, '本月已申请件数过大，请核对'),
          ),
          0,
        ),
        note: feeNote,
      }),
      v.object({ action: v.literal('record_fee_paid'), version, note: feeNote }),
      v.object({ action: v.literal('close_unpaid'), version, note: feeNote }),
      v.object({
        action: v.literal('reply'),
        version,
        outcome: v.picklist(REPLY_OUTCOMES, '请选择办理结果'),
        /** Prefilled from OUTCOME_RULES[outcome].basis on the page; staff may add to it. */
        basis: requiredText('法律依据', 500),
        alreadyPublic: v.optional(v.boolean('已主动公开须为是或否'), false),
        text: requiredText('答复内容', 5000),
        detail: optionalText('补充说明', 1000),
      }),
    ],
    '未知的办理操作',
  ),
  v.forward(
    v.check(
      (input) =>
        input.action !== 'notify_fee' ||
        feeFor(
          input.method,
          input.quantity,
          input.method === 'by_count' ? input.alreadyCounted : 0,
        ) > 0,
      '按收费标准本申请不需收费（按件：同一申请人当月第 11 件起；按量：30 页以上）',
    ),
    ['quantity'],
  ),
  v.forward(
    v.check(
      (input) => input.action !== 'reply' || !input.alreadyPublic || input.outcome === 'disclosed',
      '只有「予以公开」的答复可以注明已主动公开',
    ),
    ['alreadyPublic'],
  ),
  v.forward(
    v.check(
      (input) =>
        input.action !== 'reply' ||
        !replyDetailRule(input.outcome, input.alreadyPublic)?.required ||
        input.detail !== '',
      (issue) => {
        const { outcome, alreadyPublic } = issue.input as {
          outcome: ReplyOutcome;
          alreadyPublic?: boolean;
        };
        return `「${outcomeLabel(outcome, alreadyPublic)}」的答复须写明${replyDetailRule(outcome, alreadyPublic)?.label}`;
      },
    ),
    ['detail'],
  ),
);
export type ApplicationEventInput = v.InferOutput<typeof ApplicationEventInputSchema>;
export type ApplicationAction = ApplicationEventInput['action'];

/**
 * received: the clock runs; awaiting_correction: stopped until the applicant corrects (art. 30);
 * third_party: stopped while a third party is consulted (art. 32); awaiting_fee: stopped from a fee
 * notice to its payment (国办函〔2020〕109号); replied: done; closed: not
 * corrected within the period (art. 30), or a fee not paid within it (国办函〔2020〕109号), taken as
 * abandoned.
 */
export const APPLICATION_STATUSES = [
  'received',
  'awaiting_correction',
  'third_party',
  'awaiting_fee',
  'replied',
  'closed',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  received: '办理中',
  awaiting_correction: '待补正',
  third_party: '征求第三方意见中',
  awaiting_fee: '待缴费',
  replied: '已答复',
  closed: '已终止办理',
};

/** Art. 30: working days the applicant has to correct, from the request; past them a discloser may close the case. */
export const CORRECTION_WORKING_DAYS = 7;

/** A case is over once replied, or closed for want of a correction or a fee. */
export const isFinished = (status: ApplicationStatus) =>
  status === 'replied' || status === 'closed';

/** One step of a case, dated in China time (the statutory clock counts Chinese working days). */
export type ApplicationEventView =
  | { type: 'received'; on: string; at: string }
  | { type: 'correction_requested'; on: string; at: string; text: string; by: string }
  | { type: 'correction_received'; on: string; at: string; text: string }
  | { type: 'third_party_started'; on: string; at: string; note: string; by: string }
  | { type: 'third_party_ended'; on: string; at: string; note: string; by: string }
  | { type: 'extended'; on: string; at: string; days: number; reason: string; by: string }
  | ({ type: 'fee_notified'; at: string; by: string } & FeeNotice)
  | { type: 'fee_paid'; on: string; at: string; note: string; by: string }
  | { type: 'replied'; on: string; at: string; by: string }
  | {
      type: 'closed';
      on: string;
      at: string;
      note: string;
      by: string;
      outcome: 'other_uncorrected' | 'other_unpaid_fee';
    };

/** A fee notice as the applicant reads it (the tiers line is FEE_TIERS' feeTierLines(method)). */
export interface FeeNotice {
  on: string;
  method: FeeMethod;
  quantity: number;
  alreadyCounted: number;
  /** 元, by feeFor. */
  amount: number;
  /** The last day to pay (FEE_PAYMENT_WORKING_DAYS working days after the notice). */
  payBy: string;
  note: string;
}

export interface ApplicationReplyView {
  /** The report row it ends in (older replies: mapped from their kind, see applications.md). */
  outcome: Outcome;
  /** The legal basis named (blank on replies made before it was asked). */
  basis: string;
  /** 予以公开 of information already published proactively (the old 已主动公开). */
  alreadyPublic: boolean;
  text: string;
  detail: string;
  /** The remedies stated (art. 51), when the outcome refuses or cannot provide. */
  remedies?: string;
  on: string;
}

/** What the applicant sees in "my applications": no contact, no identity number, no staff names. */
export interface MyApplicationView {
  id: string;
  status: ApplicationStatus;
  receivedAt: string;
  /** The statutory due date (YYYY-MM-DD, China), absent while the clock is stopped. */
  dueOn?: string;
  /** Counted without a calendar for a year it crosses (weekends only): approximate. */
  dueApproximate: boolean;
  description: string;
  purpose: string;
  delivery: { form: DeliveryForm; method: ReceivingMethod };
  /** What staff asked to correct, while it waits (and after, for the record). */
  correctionRequest?: { text: string; on: string };
  corrections: Array<{ text: string; on: string }>;
  /** The fee notice, if one was sent, and the day it was recorded as paid. */
  fee?: FeeNotice & { paidOn?: string };
  /** The notice of an extension: its reason is what the applicant is told. */
  extension?: { days: number; reason: string; on: string };
  reply?: ApplicationReplyView;
  /** Closed without a reply: no correction in time (art. 30) or a fee unpaid in time; staff's note, the outcome and its remedies. */
  closed?: { on: string; note: string; outcome: Outcome; basis: string; remedies?: string };
}

/** What disclosure staff see: also who applied, how to reach them, and the masked identity number. */
export interface StaffApplicationView extends MyApplicationView {
  version: number;
  /** The report's column (section 3) the applicant counts in. */
  applicantCategory: ApplicantCategory;
  applicant: {
    type: ApplicantType;
    name: string;
    legalRepresentative: string;
    contactPerson: string;
  };
  /** Only ever the masked number, e.g. 1*************123X: the full one is never stored. */
  identity: { type: IdDocumentType; masked: string };
  contact: { phone: string; address: string; postcode: string; email: string };
  /** WeChat's check asked a person to read the texts first, or could not check them. */
  heldForCheck: boolean;
  /** Since when the clock is stopped (YYYY-MM-DD), while it is. */
  stoppedSince?: string;
  events: ApplicationEventView[];
  /** The applicant's name and contact were erased after the retention period. */
  erased: boolean;
}
