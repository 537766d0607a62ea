import Taro from '@tarojs/taro';
import type {
  ContentCard,
  ContentView,
  Interpretation,
  PublishedDocument,
  PublishedGuide,
} from '@sunshine/shared';

export const summary = (n: number, overrides: Partial<ContentCard> = {}): ContentCard => ({
  id: `01HTEST00000000000000000${String(n).padStart(2, '0')}`,
  kind: 'interpretation',
  title: `政策解读标题 ${n}`,
  summary: `摘要 ${n}`,
  category: 'service',
  office: 'population',
  topic: 'household',
  format: 'text',
  publishedAt: '2023-05-01T02:00:00.000Z',
  demo: false,
  ...overrides,
});

export const interpretation = (overrides: Partial<Interpretation> = {}): Interpretation => ({
  ...summary(1),
  kind: 'interpretation',
  format: 'text',
  media: [],
  document: {
    title: '贯彻落实政务公开工作考核方案',
    number: '上公发〔2023〕12号',
    issuer: '长治市公安局上党分局',
    issuedAt: '2023-05-08',
  },
  sections: {
    background: '背景第一段\n背景第二段',
    keyPoints: '重点内容',
    highlights: '特色亮点',
    measures: '落实措施',
  },
  qa: [
    { question: '什么是五公开？', answer: '决策、执行、管理、服务、结果公开。' },
    { question: '多久发布权威信息？', answer: '最迟5小时内。' },
  ],
  updatedAt: '2023-05-01T02:00:00.000Z',
  ...overrides,
});

export const policyDocument = (overrides: Partial<PublishedDocument> = {}): PublishedDocument => ({
  kind: 'document',
  documentType: 'other',
  id: '01HTEST0000000000000000D01',
  title: '贯彻落实政务公开工作考核方案',
  summary: '年度政务公开工作方案。',
  category: 'decision',
  office: 'general',
  topic: 'transparency',
  number: '上公发〔2023〕12号',
  issuedAt: '2023-05-08',
  validity: 'in_force',
  disclosure: 'proactive',
  body: '一、总体要求\n二、推进政务阳光透明',
  attachments: [],
  publishedAt: '2023-05-10T02:00:00.000Z',
  updatedAt: '2023-05-10T02:00:00.000Z',
  demo: false,
  ...overrides,
});

export const guide = (overrides: Partial<PublishedGuide> = {}): PublishedGuide => ({
  kind: 'guide',
  id: '01HTEST0000000000000000G01',
  title: '居住证办理',
  category: 'service',
  office: 'population',
  topic: 'household',
  code: 'GUIDE-TEST-001',
  serviceKind: 'public_service',
  basis: '《居住证暂行条例》第九条',
  eligibility: '在居住地居住半年以上。',
  refusalGrounds: '',
  materials: [
    { name: '居民身份证', form: 'original', copies: 1, notes: '', online: false },
    { name: '近期一寸照片', form: 'original', copies: 2, notes: '白底', online: false },
    { name: '居住证明', form: 'both', copies: 1, notes: '租房合同或房产证', online: true },
  ],
  steps: [{ name: '申请', description: '到派出所提交材料。' }],
  statutoryDays: 15,
  statutoryCalendarDays: false,
  promisedDays: 10,
  excludedSteps: '制证时间不计入',
  fee: { free: true },
  address: '长治市上党区政务服务中心一楼',
  location: { latitude: 36.05, longitude: 113.05 },
  hours: {
    days: [1, 2, 3, 4, 5],
    spans: [
      { start: '08:30', end: '12:00' },
      { start: '14:30', end: '17:30' },
    ],
    notes: '法定节假日休息',
  },
  enquiryPhone: '0355-6212345',
  complaintPhone: '12345',
  visits: 1,
  faq: [{ question: '可以代办吗？', answer: '可以，需携带委托书。' }],
  short: '带身份证、照片和居住证明到派出所，10 个工作日内办结，免费。',
  documentIds: [],
  publishedAt: '2024-01-10T02:00:00.000Z',
  updatedAt: '2024-01-10T02:00:00.000Z',
  demo: false,
  ...overrides,
});

/** What the detail route answers: an item, the documents it rests on, what refers to it. */
export const contentView = (
  item: ContentView['item'] = interpretation(),
  more: Partial<Omit<ContentView, 'item'>> = {},
): ContentView => ({ item, documents: [], guides: [], related: [], ...more });

type RequestOptions = { url: string };
const request = Taro.request as unknown as jest.Mock;

/** Answer the next API call with a success envelope. */
export function answerOk(data: unknown) {
  request.mockImplementationOnce(() =>
    Promise.resolve({ statusCode: 200, data: { ok: true, data } }),
  );
}

/** Answer the next API call with an error envelope. */
export function answerError(status: number, code: string, message: string) {
  request.mockImplementationOnce(() =>
    Promise.resolve({ statusCode: status, data: { ok: false, error: { code, message } } }),
  );
}

/** Fail the next API call as a dropped connection does. */
export function failNetwork() {
  request.mockImplementationOnce(() => Promise.reject({ errMsg: 'request:fail' }));
}

export function requestedUrls(): string[] {
  return request.mock.calls.map(([options]: [RequestOptions]) => options.url);
}
