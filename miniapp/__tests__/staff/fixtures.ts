import { chinaDate } from '../../src/packages/staff/components/format-time';
import type {
  AuditEntryView,
  DocumentDraft,
  GuideDraft,
  GuideImportView,
  InterpretationDraft,
  NoticeDraft,
  QaDraft,
  MeView,
  RevisionView,
  StaffMemberView,
  StaffQuestionView,
  WorkflowItemView,
  WorkflowSummaryView,
} from '@sunshine/shared';

/** New drafts of every kind but documents start with today's date as 信息形成或变更日期. */
export const TODAY = chinaDate();

export const ITEM_ID = '01HTESTITEM000000000000001';

export const me = (overrides: Partial<MeView> = {}): MeView => ({
  userId: 'u-reviewer',
  roles: ['reviewer'],
  displayName: '李审核',
  ...overrides,
});

export const DOCUMENT_ID = '01HTESTDKC0000000000000001';

/** An interpretation draft, as the schema's output (what the editor sends). */
export const draft = (overrides: Partial<InterpretationDraft> = {}): InterpretationDraft => ({
  kind: 'interpretation',
  madeOn: TODAY,
  title: '关于政务公开考核方案的解读',
  summary: '考核方案的要点',
  category: 'decision',
  office: 'general',
  topic: 'transparency',
  format: 'text',
  media: [],
  document: {
    title: '政务公开工作考核方案',
    number: '上公发〔2023〕12号',
    issuer: '长治市公安局上党分局',
    issuedAt: '2023-05-08',
  },
  sections: { background: '背景', keyPoints: '重点', highlights: '亮点', measures: '措施' },
  qa: [{ question: '什么是五公开？', answer: '决策、执行、管理、服务、结果公开。' }],
  ...overrides,
});

export const documentDraft = (overrides: Partial<DocumentDraft> = {}): DocumentDraft => ({
  kind: 'document',
  documentType: 'other',
  title: '政务公开工作考核方案',
  category: 'decision',
  office: 'general',
  topic: 'transparency',
  summary: '分局政务公开工作的考核办法',
  number: '上公发〔2023〕12号',
  issuedAt: '2023-05-08',
  validity: 'in_force',
  disclosure: 'proactive',
  body: '第一条 为做好政务公开工作，制定本方案。',
  attachments: [],
  ...overrides,
});

export const qaDraft = (overrides: Partial<QaDraft> = {}): QaDraft => ({
  kind: 'qa',
  madeOn: TODAY,
  title: '身份证丢了怎么补办？',
  category: 'service',
  office: 'population',
  topic: 'household',
  answer: '携带户口簿到户籍窗口办理。',
  tags: ['身份证', '补办'],
  documentIds: [],
  guideIds: [],
  ...overrides,
});

export const noticeDraft = (overrides: Partial<NoticeDraft> = {}): NoticeDraft => ({
  kind: 'notice',
  madeOn: TODAY,
  title: '关于春节期间交通管制的通告',
  category: 'management',
  office: 'traffic',
  topic: 'traffic',
  body: '2月9日20时至24时，人民路实行交通管制。',
  urgent: true,
  ...overrides,
});

/**
 * A complete service guide, as the schema's output (what the editor sends): two materials, two
 * steps, a fee, office hours Monday to Friday in two spans. No map location and no online address.
 */
export const guideDraft = (overrides: Partial<GuideDraft> = {}): GuideDraft => ({
  kind: 'guide',
  madeOn: TODAY,
  title: '居民身份证换领',
  category: 'service',
  office: 'population',
  topic: 'household',
  code: 'GA-HJ-0001',
  serviceKind: 'public_service',
  short: '有效期满的居民身份证，本人携带户口簿到户籍窗口换领，20 个工作日内办结。',
  basis: '《中华人民共和国居民身份证法》第十一条',
  eligibility: '居民身份证有效期满或即将期满的本地户籍居民',
  refusalGrounds: '',
  materials: [
    { name: '居民户口簿', form: 'original', copies: 1, notes: '', online: false },
    { name: '原居民身份证', form: 'both', copies: 2, notes: '须在有效期内', online: true },
  ],
  steps: [
    { name: '受理', description: '窗口核验材料并采集人像' },
    { name: '制证', description: '制证中心制作新证' },
  ],
  statutoryDays: 60,
  statutoryCalendarDays: false,
  promisedDays: 20,
  excludedSteps: '',
  fee: {
    free: false,
    amount: '每证 20 元',
    basis: '国家发展改革委、财政部关于居民身份证收费标准的通知',
  },
  address: '上党区政务服务中心一楼公安窗口',
  hours: {
    days: [1, 2, 3, 4, 5],
    spans: [
      { start: '08:30', end: '12:00' },
      { start: '14:30', end: '17:30' },
    ],
    notes: '',
  },
  enquiryPhone: '0355-1234567',
  complaintPhone: '12345',
  visits: 1,
  faq: [],
  documentIds: [],
  ...overrides,
});

/** An item in the workflow; its kind follows its draft. */
export const workflowItem = (overrides: Partial<WorkflowItemView> = {}): WorkflowItemView => ({
  id: ITEM_ID,
  status: 'in_review',
  kind: overrides.draft?.kind ?? 'interpretation',
  draft: draft(),
  editors: [{ userId: 'u-editor', displayName: '王编辑' }],
  updatedAt: '2024-05-01T02:00:00.000Z',
  submittedAt: '2024-05-01T02:30:00.000Z',
  publishedVersion: 0,
  ...overrides,
});

export const summaryItem = (
  n: number,
  overrides: Partial<WorkflowSummaryView> = {},
): WorkflowSummaryView => ({
  id: `01HTESTITEM0000000000000${String(n).padStart(2, '0')}`,
  kind: 'interpretation',
  title: `稿件 ${n}`,
  category: 'service',
  status: 'draft',
  updatedAt: '2024-05-01T02:00:00.000Z',
  editors: [{ userId: 'u-editor', displayName: '王编辑' }],
  publishedVersion: 0,
  ...overrides,
});

export const member = (overrides: Partial<StaffMemberView> = {}): StaffMemberView => ({
  userId: 'u-editor',
  displayName: '王编辑',
  roles: ['editor'],
  status: 'active',
  joinedAt: '2024-03-01T02:00:00.000Z',
  ...overrides,
});

export const auditEntry = (n: number, overrides: Partial<AuditEntryView> = {}): AuditEntryView => ({
  id: `audit-${n}`,
  at: '2024-05-01T01:30:00.000Z',
  actorId: 'u-admin',
  actorName: '张管理',
  roles: ['admin'],
  action: 'staff.invite',
  itemType: 'invitation',
  itemId: `item-${n}`,
  summary: `操作摘要 ${n}`,
  ...overrides,
});

export const revision = (overrides: Partial<RevisionView> = {}): RevisionView => ({
  version: 2,
  publishedAt: '2024-05-02T01:00:00.000Z',
  publishedBy: { userId: 'u-reviewer', displayName: '李审核' },
  title: '关于政务公开考核方案的解读',
  changes: [{ field: 'title', label: '标题', before: '旧标题', after: '新标题' }],
  ...overrides,
});

export const IMPORT_KEY = 'imports/01HTESTIMP0000000000000001.csv';

/** An import job as the API shows it: just started checking, unless overridden. */
export const importJob = (overrides: Partial<GuideImportView> = {}): GuideImportView => ({
  id: 'job-1',
  format: 'csv',
  mode: 'all',
  submit: false,
  phase: 'checking',
  progress: 0,
  rows: 0,
  invalid: 0,
  problems: [],
  moreProblems: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  createdAt: '2024-05-01T01:30:00.000Z',
  updatedAt: '2024-05-01T01:30:00.000Z',
  ...overrides,
});

/** A question waiting in the responders' queue: a general one, not held, no contact, unless overridden. */
export const staffQuestion = (
  n: number,
  overrides: Partial<StaffQuestionView> = {},
): StaffQuestionView => ({
  id: `q-${n}`,
  kind: 'general',
  text: `留言 ${n}：户口迁移需要带什么材料？`,
  status: 'pending',
  askedAt: '2024-05-03T01:00:00.000Z',
  dueAt: '2024-05-10T09:00:00.000Z',
  heldForCheck: false,
  dueApproximate: false,
  ...overrides,
});
