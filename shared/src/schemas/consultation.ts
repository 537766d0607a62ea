import * as v from 'valibot';
import { chinaInstant } from '../china-time';
import { ClientKeySchema } from './client-key';
import { AttachmentSchema } from './attachment';
import { text } from './interpretation';

/**
 * Consultations on drafts (征求意见): the fields staff write, the comment residents send, and what
 * staff decide. One place for the rules a bureau may adjust.
 */
export const CONSULTATION_RULES = {
  /** The plan asks for at least 30 days of public comment on a major decision. */
  minDays: 30,
  maxSections: 30,
  maxQuestions: 5,
  maxOptions: 8,
  commentMaxLength: 2000,
} as const;

const isoDate = (label: string) =>
  v.pipe(v.string(`请填写${label}`), v.isoDate(`${label}须为 YYYY-MM-DD`));

/** A closed question the draft asks (single or multiple choice); its results show after closing. */
export const ClosedQuestionSchema = v.object({
  prompt: text(100, '选择题题目'),
  multiple: v.boolean('请选择单选或多选'),
  options: v.pipe(
    v.array(text(40, '选项'), '请填写选项'),
    v.minLength(2, '每道选择题至少 2 个选项'),
    v.maxLength(
      CONSULTATION_RULES.maxOptions,
      `每道选择题不能超过 ${CONSULTATION_RULES.maxOptions} 个选项`,
    ),
  ),
});
export type ClosedQuestion = v.InferOutput<typeof ClosedQuestionSchema>;

/** Whole calendar days from one date to another (both YYYY-MM-DD), the first not counted. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The fields of a consultation beside title and catalogue entries (see ConsultationDraftSchema). */
export const ConsultationFieldsSchema = {
  summary: text(300, '摘要'),
  /** The draft itself. */
  body: text(50000, '草案全文'),
  /** 起草依据和理由. */
  basis: text(3000, '起草依据和理由'),
  /** How comments are handled and reported back. */
  feedbackUse: text(1000, '意见处理方式'),
  opensOn: isoDate('开始日期'),
  closesOn: isoDate('截止日期'),
  /** The parts of the draft a comment may name (e.g. 第三条), in order. */
  sections: v.optional(
    v.pipe(
      v.array(text(40, '条款名称')),
      v.maxLength(
        CONSULTATION_RULES.maxSections,
        `条款不能超过 ${CONSULTATION_RULES.maxSections} 个`,
      ),
    ),
    [],
  ),
  questions: v.optional(
    v.pipe(
      v.array(ClosedQuestionSchema),
      v.maxLength(
        CONSULTATION_RULES.maxQuestions,
        `选择题不能超过 ${CONSULTATION_RULES.maxQuestions} 道`,
      ),
    ),
    [],
  ),
  attachments: v.optional(
    v.pipe(v.array(AttachmentSchema), v.maxLength(20, '附件不能超过 20 个')),
    [],
  ),
};

/** A comment period of at least the minimum, ending on or after it opens. */
export const longEnough = ({ opensOn, closesOn }: { opensOn: string; closesOn: string }) =>
  daysBetween(opensOn, closesOn) >= CONSULTATION_RULES.minDays;

/** Where a consultation stands at an instant: comments are taken from opensOn to the end of closesOn, China time. */
export type ConsultationPhase = 'upcoming' | 'open' | 'closed';
export function consultationPhase(
  { opensOn, closesOn }: { opensOn: string; closesOn: string },
  now: Date,
): ConsultationPhase {
  if (now.getTime() < chinaInstant(opensOn).getTime()) return 'upcoming';
  if (now.getTime() > chinaInstant(closesOn, '23:59:59.999').getTime()) return 'closed';
  return 'open';
}

const CONTACT = /^(\d{3,4}-?\d{7,8}|1\d{10}|[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{1,20})$/;

export const SubmitCommentInputSchema = v.object({
  /** Made by the app once per comment: retries and double taps are one comment. */
  clientKey: ClientKeySchema,
  text: v.pipe(
    v.string('请填写意见'),
    v.trim(),
    v.minLength(2, '意见至少写 2 个字'),
    v.maxLength(
      CONSULTATION_RULES.commentMaxLength,
      `意见不能超过 ${CONSULTATION_RULES.commentMaxLength} 字`,
    ),
  ),
  /** Which part of the draft it is about; absent: the draft as a whole. */
  section: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(40, '条款名称过长'))),
  /** Per closed question, the indexes of the options chosen (checked against the consultation). */
  answers: v.optional(
    v.pipe(
      v.array(
        v.pipe(
          v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
          v.maxLength(CONSULTATION_RULES.maxOptions),
        ),
      ),
      v.maxLength(CONSULTATION_RULES.maxQuestions),
    ),
    [],
  ),
  /** Optional and private: only staff handling the consultation see them. */
  name: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(20, '称呼不能超过 20 字')), ''),
  contact: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((value) => value === '' || CONTACT.test(value), '联系方式须为电话号码或电子邮箱'),
    ),
    '',
  ),
  consent: v.literal(true, '请阅读并同意隐私说明后提交'),
});
export type SubmitCommentInput = v.InferOutput<typeof SubmitCommentInputSchema>;

/** pending: waiting for review; held: WeChat's check asked a person to look; approved: shown; rejected: not shown. */
export const COMMENT_STATUSES = ['pending', 'held', 'approved', 'rejected'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: '待审核',
  held: '待审核',
  approved: '已公开',
  rejected: '未公开',
};

export const DECISIONS = ['adopted', 'partly', 'not_adopted'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = {
  adopted: '采纳',
  partly: '部分采纳',
  not_adopted: '未采纳',
};

const reason = v.optional(
  v.pipe(v.string(), v.trim(), v.maxLength(500, '理由不能超过 500 字')),
  '',
);

/** The reason a comment is not shown, as the staff dialog asks for it alone. */
export const RefusalReasonSchema = v.object({ reason: text(500, '不予公开的理由') });

export const ModerateCommentInputSchema = v.pipe(
  v.object({
    approve: v.boolean('请选择公开或不公开'),
    /** Why a comment is not shown (与草案无关, 含不适宜内容…): kept for the record, told to the commenter. */
    reason,
  }),
  v.forward(
    v.check((input) => input.approve || input.reason !== '', '不公开须写明理由'),
    ['reason'],
  ),
);
export type ModerateCommentInput = v.InferOutput<typeof ModerateCommentInputSchema>;

export const DecideCommentInputSchema = v.pipe(
  v.object({ decision: v.picklist(DECISIONS, '请选择采纳情况'), reason }),
  v.forward(
    v.check(
      (input) => input.decision === 'adopted' || input.reason !== '',
      '部分采纳或未采纳须写明理由',
    ),
    ['reason'],
  ),
);
export type DecideCommentInput = v.InferOutput<typeof DecideCommentInputSchema>;

export const PublishReportInputSchema = v.object({
  /** Staff's overall account of how opinions were collected and used. */
  summary: text(3000, '总体情况说明'),
});

/** A comment as residents read it once approved: no name, no contact, no account. */
export interface PublicComment {
  id: string;
  text: string;
  section?: string;
  at: string;
}

/** What the commenter sees of their own comment. */
export interface MyComment extends PublicComment {
  consultationId: string;
  /** The consultation's title when the comment was sent; absent on comments stored before it was kept. */
  consultationTitle?: string;
  status: CommentStatus;
  /** Why it was not shown, if it was not. */
  reason?: string;
  decision?: { decision: Decision; reason: string };
}

/** What staff handling the consultation see: also the name and contact a commenter left. */
export interface StaffComment extends MyComment {
  name?: string;
  contact?: string;
  heldForCheck: boolean;
  answers: number[][];
  rev: number;
}

/** Counts of one closed question's options. */
export interface QuestionResult {
  prompt: string;
  multiple: boolean;
  options: Array<{ label: string; count: number }>;
  /** People who answered it. */
  answered: number;
}

/** 意见收集和采纳情况: published on the consultation page after closing. */
export interface ConsultationReport {
  publishedAt: string;
  summary: string;
  counts: {
    received: number;
    published: number;
    adopted: number;
    partly: number;
    notAdopted: number;
  };
  /** Per part of the draft ('总体意见' for comments on the whole): each decided comment, in short. */
  sections: Array<{
    section: string;
    items: Array<{ excerpt: string; decision: Decision; reason: string }>;
  }>;
}

/** The consultation part of a resident's view of the item. */
export interface ConsultationStatus {
  phase: ConsultationPhase;
  received: number;
  published: number;
  /** Only once closed. */
  results?: QuestionResult[];
  report?: ConsultationReport;
}

/** The label of comments on the draft as a whole. */
export const GENERAL_SECTION = '总体意见';
