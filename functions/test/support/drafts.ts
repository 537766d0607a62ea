import type {
  ConsultationDraft,
  ContentDraft,
  DocumentDraft,
  GuideDraft,
  InterpretationDraft,
  NoticeDraft,
  QaDraft,
} from '@sunshine/shared';

/** A complete, valid draft an editor might write; override what a test is about. */
export function aDraft(overrides: Partial<InterpretationDraft> = {}): InterpretationDraft {
  return {
    kind: 'interpretation',
    title: '关于优化出入境证件办理流程的政策解读',
    summary: '出入境证件实行全市通办，办理时限压缩至 5 个工作日。',
    category: 'service',
    office: 'exit-entry',
    topic: 'exit-entry',
    format: 'text',
    media: [],
    document: {
      title: '出入境证件全市通办实施办法',
      number: '上公发〔2026〕8号',
      issuer: '长治市公安局上党分局',
      issuedAt: '2026-11-01',
    },
    sections: {
      background: '为方便群众办事。',
      keyPoints: '全市通办。',
      highlights: '时限压缩。',
      measures: '窗口延时服务。',
    },
    qa: [{ question: '哪里可以办理？', answer: '全市任一出入境窗口。' }],
    ...overrides,
  };
}

/**
 * A withheld document gets a ground and basis, a repealed or expired one the date it ended, unless
 * the test gives its own: the schema requires them, and most tests are about something else.
 */
export function aDocumentDraft(overrides: Partial<DocumentDraft> = {}): DocumentDraft {
  const withheld = overrides.disclosure && overrides.disclosure !== 'proactive';
  const ended = overrides.validity === 'repealed' || overrides.validity === 'expired';
  return {
    ...(withheld && {
      withholding: {
        ground: 'internal_affairs',
        basis: '《中华人民共和国政府信息公开条例》第十六条',
      },
    }),
    ...(ended && { repealedOn: '2026-12-01' }),
    kind: 'document',
    documentType: 'normative',
    title: '出入境证件全市通办实施办法',
    summary: '出入境证件实行全市通办。',
    category: 'service',
    office: 'exit-entry',
    topic: 'exit-entry',
    number: '上公发〔2026〕8号',
    issuedAt: '2026-11-01',
    validity: 'in_force',
    disclosure: 'proactive',
    body: '第一条 为方便群众办理出入境证件，实行全市通办。',
    attachments: [],
    ...overrides,
  };
}

export function aQaDraft(overrides: Partial<QaDraft> = {}): QaDraft {
  return {
    kind: 'qa',
    title: '护照丢了怎么补办？',
    answer: '携带身份证到任一出入境窗口申请补发，先办理挂失声明。',
    category: 'service',
    office: 'exit-entry',
    topic: 'exit-entry',
    tags: ['护照'],
    documentIds: [],
    guideIds: [],
    ...overrides,
  };
}

export function aNoticeDraft(overrides: Partial<NoticeDraft> = {}): NoticeDraft {
  return {
    kind: 'notice',
    title: '出入境窗口临时调整办公时间',
    body: '因系统升级，本周六出入境窗口暂停办公。',
    category: 'service',
    office: 'exit-entry',
    topic: 'exit-entry',
    urgent: false,
    ...overrides,
  };
}

export function aGuideDraft(overrides: Partial<GuideDraft> = {}): GuideDraft {
  return {
    kind: 'guide',
    title: '居住证办理',
    category: 'service',
    office: 'population',
    topic: 'household',
    code: 'GUIDE-TEST-001',
    serviceKind: 'public_service',
    basis: '《居住证暂行条例》第九条',
    eligibility: '在居住地居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一。',
    refusalGrounds: '',
    materials: [
      { name: '居民身份证', form: 'original', copies: 1, notes: '', online: false },
      { name: '近期一寸照片', form: 'original', copies: 2, notes: '白底', online: false },
      { name: '居住证明', form: 'both', copies: 1, notes: '租房合同或房产证', online: true },
    ],
    steps: [
      { name: '申请', description: '到居住地派出所提交材料。' },
      { name: '受理', description: '材料齐全的当场受理。' },
    ],
    statutoryDays: 15,
    statutoryCalendarDays: false,
    promisedDays: 10,
    excludedSteps: '',
    fee: { free: true },
    address: '长治市上党区政务服务中心一楼公安窗口',
    location: { latitude: 36.05, longitude: 113.05 },
    hours: {
      days: [1, 2, 3, 4, 5],
      spans: [
        { start: '08:30', end: '12:00' },
        { start: '14:30', end: '17:30' },
      ],
      notes: '',
    },
    enquiryPhone: '0355-6212345',
    complaintPhone: '12345',
    visits: 1,
    faq: [{ question: '可以代办吗？', answer: '可以，需携带委托书。' }],
    short: '带身份证、照片和居住证明到派出所，10 个工作日内办结，免费。',
    documentIds: [],
    ...overrides,
  };
}

export const DRAFT_OF_EACH_KIND: ContentDraft[] = [
  aDocumentDraft(),
  aDraft(),
  aQaDraft(),
  aNoticeDraft(),
  aGuideDraft(),
];

/** A date `days` from today (China time), as YYYY-MM-DD. */
export const dayFromToday = (days: number) =>
  new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** A consultation open today for 30 days, with two clauses and one single- and one multiple-choice question. */
export function aConsultationDraft(overrides: Partial<ConsultationDraft> = {}): ConsultationDraft {
  return {
    kind: 'consultation',
    title: '关于优化户籍业务办理的若干措施（征求意见稿）',
    summary: '拟推行户籍业务“一窗通办”，现公开征求意见。',
    category: 'decision',
    office: 'population',
    topic: 'household',
    body: '第一条 为方便群众办理户籍业务，制定本措施。\n第二条 户籍业务实行一窗通办。',
    basis: '依据《户口登记条例》，结合本地实际起草。',
    feedbackUse: '收到的意见将逐条研究，采纳情况在征求意见结束后公布。',
    opensOn: dayFromToday(-1),
    closesOn: dayFromToday(29),
    sections: ['第一条', '第二条'],
    questions: [
      { prompt: '您是否支持一窗通办？', multiple: false, options: ['支持', '不支持', '无所谓'] },
      {
        prompt: '您最常办理哪些业务？',
        multiple: true,
        options: ['户口迁移', '出生登记', '身份证'],
      },
    ],
    attachments: [],
    ...overrides,
  };
}
