import * as v from 'valibot';
import { isCalendarDate } from './dates';
import { CursorSchema } from './paging';
import { OFFICE_ID_PATTERN } from './bureau';
import type { ContentKind } from './content-kinds';
import type { StaffRole } from '../roles';

/**
 * 回应关切 (issue 17): a public concern tracked on the clock from the moment it arose. The seed's
 * 三(三) asks for authoritative information within 5 hours of a major incident, a press conference
 * within 24 hours, and an answer to any other public concern within 48 hours: the clocks below hold
 * those rules as data, counted in clock hours (not working days) from `arisenAt`.
 */
export const CONCERN_LEVELS = ['major', 'general'] as const;
export type ConcernLevel = (typeof CONCERN_LEVELS)[number];

export const CONCERN_LEVEL_LABELS: Record<ConcernLevel, string> = {
  major: '重大突发事件',
  general: '一般关切',
};

export const CONCERN_CLOCKS = ['first_release', 'press_conference', 'answer'] as const;
export type ConcernClock = (typeof CONCERN_CLOCKS)[number];

export interface ConcernClockRule {
  clock: ConcernClock;
  /** Clock hours from when the concern arose. */
  hours: number;
  label: string;
}

/** Which clocks run for a concern of each level, and how long each allows. */
export const CONCERN_CLOCK_RULES: Record<ConcernLevel, ConcernClockRule[]> = {
  major: [
    { clock: 'first_release', hours: 5, label: '首次权威发布' },
    { clock: 'press_conference', hours: 24, label: '新闻发布会' },
  ],
  general: [{ clock: 'answer', hours: 48, label: '回应' }],
};

/** What an entry of a concern's public thread is. */
export const CONCERN_ENTRY_KINDS = ['first_release', 'update', 'rebuttal', 'closing'] as const;
export type ConcernEntryKind = (typeof CONCERN_ENTRY_KINDS)[number];

export const CONCERN_ENTRY_LABELS: Record<ConcernEntryKind, string> = {
  first_release: '首次权威发布',
  update: '进展通报',
  rebuttal: '辟谣',
  closing: '情况说明',
};

/** The content kinds a release attached to a concern may be. */
export const CONCERN_CONTENT_KINDS = [
  'notice',
  'qa',
  'interpretation',
] as const satisfies readonly ContentKind[];

/** A concern may be opened for something that arose at most this many days ago. */
export const CONCERN_MAX_AGE_DAYS = 30;
/** A device clock a little ahead of the server's is not "in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant with its offset (e.g. 2026-12-07T08:00:00+08:00), normalized to UTC ISO. */
const instant = (label: string) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.regex(ISO_INSTANT, `${label}格式不正确`),
    // Date.parse rolls 31 November into December: the day as typed must exist.
    v.check(
      (iso) => !Number.isNaN(Date.parse(iso)) && isCalendarDate(iso.slice(0, 10)),
      `${label}不是有效时间`,
    ),
    v.transform((iso) => new Date(iso).toISOString()),
  );

const arisenAt = v.pipe(
  instant('发生时间'),
  v.check((iso) => Date.parse(iso) <= Date.now() + CLOCK_SKEW_MS, '发生时间不能晚于现在'),
  v.check(
    (iso) => Date.parse(iso) >= Date.now() - CONCERN_MAX_AGE_DAYS * 86_400_000,
    `发生时间不能早于 ${CONCERN_MAX_AGE_DAYS} 天前`,
  ),
);

/** A staff member's user id (ULIDs; seeded and test accounts use short names). */
export const STAFF_USER_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const StaffUserIdSchema = v.pipe(
  v.string('请选择承办人'),
  v.regex(STAFF_USER_ID_PATTERN, '承办人无效'),
);

/** Who is told of a concern's deadlines: at least one, at most ten staff members. */
const AssigneesSchema = v.pipe(
  v.array(StaffUserIdSchema, '请选择承办人'),
  v.minLength(1, '请至少选择一名承办人'),
  v.maxLength(10, '承办人不能超过 10 人'),
);

/** The roles that act on a concern, so may be its assignees (the 承办人 picker lists them). */
export const CONCERN_ASSIGNABLE_ROLES = [
  'responder',
  'reviewer',
] as const satisfies readonly StaffRole[];

export const OpenConcernInputSchema = v.object({
  /** What happened, as residents will read it. */
  title: v.pipe(
    v.string('请填写事件名称'),
    v.trim(),
    v.minLength(4, '事件名称不能少于 4 字'),
    v.maxLength(60, '事件名称不能超过 60 字'),
  ),
  summary: v.optional(
    v.pipe(v.string('概述须为文字'), v.trim(), v.maxLength(500, '概述不能超过 500 字')),
  ),
  arisenAt,
  level: v.picklist(CONCERN_LEVELS, '请选择关切级别'),
  office: v.pipe(v.string('请选择科室'), v.regex(OFFICE_ID_PATTERN, '请选择科室')),
  /** Staff told of the deadlines; the opener when none are given. */
  assignees: v.optional(AssigneesSchema),
});
export type OpenConcernInput = v.InferOutput<typeof OpenConcernInputSchema>;

/** 调整承办人: the new list replaces the old one. */
export const ReassignConcernInputSchema = v.object({
  assignees: AssigneesSchema,
});
export type ReassignConcernInput = v.InferOutput<typeof ReassignConcernInputSchema>;

/** One staff member who may be assigned to a concern: a name and roles, never a contact. */
export interface AssignableStaffView {
  userId: string;
  name: string;
  roles: StaffRole[];
}

export const PressConferenceInputSchema = v.pipe(
  v.object({
    held: v.boolean('请选择是否召开新闻发布会'),
    at: v.optional(instant('发布会时间')),
    link: v.optional(
      v.pipe(
        v.string('发布会链接须为网址'),
        v.trim(),
        v.url('发布会链接须为网址'),
        v.startsWith('https://', '发布会链接须以 https:// 开头'),
        v.maxLength(500, '发布会链接不能超过 500 字'),
      ),
    ),
    note: v.optional(
      v.pipe(v.string('说明须为文字'), v.trim(), v.maxLength(200, '说明不能超过 200 字')),
    ),
  }),
  v.forward(
    v.partialCheck(
      [['held'], ['at']],
      (input) => !input.held || input.at !== undefined,
      '请填写发布会时间',
    ),
    ['at'],
  ),
  v.forward(
    v.partialCheck(
      [['held'], ['at']],
      (input) =>
        !input.held || input.at === undefined || Date.parse(input.at) <= Date.now() + CLOCK_SKEW_MS,
      '发布会时间不能晚于现在',
    ),
    ['at'],
  ),
  v.forward(
    v.partialCheck(
      [['held'], ['note']],
      (input) => input.held || (input.note ?? '').length > 0,
      '未召开新闻发布会须说明原因',
    ),
    ['note'],
  ),
);
export type PressConferenceInput = v.InferOutput<typeof PressConferenceInputSchema>;

export const CloseConcernInputSchema = v.object({
  /** The closing statement residents read on the concern's page. */
  statement: v.pipe(
    v.string('请填写情况说明'),
    v.trim(),
    v.minLength(10, '情况说明不能少于 10 字'),
    v.maxLength(1000, '情况说明不能超过 1000 字'),
  ),
});
export type CloseConcernInput = v.InferOutput<typeof CloseConcernInputSchema>;

export const CONCERN_STATUSES = ['open', 'closed'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

export const ListConcernsQuerySchema = v.object({
  status: v.optional(v.picklist(CONCERN_STATUSES, '状态须为 open 或 closed'), 'open'),
  cursor: CursorSchema,
});

export const ConcernIdSchema = v.pipe(v.string(), v.regex(ULID, '编号格式不正确'));

export const ConcernYearQuerySchema = v.object({
  year: v.pipe(
    v.string('请填写年度'),
    v.regex(/^20\d\d$/, '年度须为 2000 到 2099 之间的四位数'),
    v.transform(Number),
  ),
});

/** A draft's link to the concern it answers: the concern, and which entry of its thread it is. */
export const ConcernLinkSchema = v.object({
  id: v.pipe(v.string('请选择关切事项'), v.regex(ULID, '关切事项编号格式不正确')),
  entry: v.picklist(CONCERN_ENTRY_KINDS, '请选择发布类型'),
});
export type ConcernLink = v.InferOutput<typeof ConcernLinkSchema>;

/**
 * A clock's state: running; due soon (less than half its time left); overdue (past, nothing yet);
 * met (on or before its deadline); late (met after it, or closed with nothing by it); not held (a
 * press conference recorded as not held).
 */
export const CONCERN_CLOCK_STATES = [
  'running',
  'due_soon',
  'overdue',
  'met',
  'late',
  'not_held',
] as const;
export type ConcernClockState = (typeof CONCERN_CLOCK_STATES)[number];

export const CONCERN_CLOCK_STATE_LABELS: Record<ConcernClockState, string> = {
  running: '进行中',
  due_soon: '即将到期',
  overdue: '已超时',
  met: '按时',
  late: '超时',
  not_held: '未召开',
};

export interface ClockView {
  clock: ConcernClock;
  label: string;
  dueAt: string;
  metAt?: string;
  state: ConcernClockState;
}

export interface ConcernEntryView {
  itemId: string;
  /** The content kind of the item (notice, qa, interpretation). */
  kind: ContentKind;
  entry: ConcernEntryKind;
  entryLabel: string;
  title: string;
  publishedAt: string;
}

export interface PressConferenceView {
  held: boolean;
  at?: string;
  link?: string;
  note?: string;
  recordedAt: string;
}

export interface StaffConcernView {
  id: string;
  title: string;
  summary?: string;
  level: ConcernLevel;
  levelLabel: string;
  office: string;
  officeName: string;
  arisenAt: string;
  openedAt: string;
  openedBy: { userId: string; name: string };
  assignees: Array<{ userId: string; name: string }>;
  status: ConcernStatus;
  clocks: ClockView[];
  pressConference?: PressConferenceView;
  entries: ConcernEntryView[];
  closedAt?: string;
  statement?: string;
}

/** What residents read: no staff names, ids or user ids. */
export interface PublicConcernView {
  id: string;
  title: string;
  summary?: string;
  level: ConcernLevel;
  levelLabel: string;
  officeName: string;
  arisenAt: string;
  status: ConcernStatus;
  closedAt?: string;
  statement?: string;
  /** In time order, oldest first. */
  entries: ConcernEntryView[];
  /** Only once closed: whether each clock was kept. */
  clocks?: Array<{ label: string; state: ConcernClockState }>;
}

/** An open major concern, for the banner of the home and list pages. */
export interface OpenConcernBanner {
  id: string;
  title: string;
  arisenAt: string;
}

export interface ConcernClockFigures {
  label: string;
  onTime: number;
  late: number;
  notHeld: number;
}

/** A year's concerns (by year of arising): counts per level, and per clock of the closed ones. */
export interface ConcernFiguresView {
  year: number;
  levels: Array<{
    level: ConcernLevel;
    levelLabel: string;
    opened: number;
    closed: number;
    perClock: ConcernClockFigures[];
  }>;
}
