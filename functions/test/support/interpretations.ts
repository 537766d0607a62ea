import type { Interpretation, PublishedDocument } from '@sunshine/shared';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A valid ULID-shaped id whose last characters encode n, so ids sort like n. */
export function testId(n: number): string {
  let suffix = '';
  let rest = n;
  for (let i = 0; i < 6; i++) {
    suffix = CROCKFORD[rest % 32] + suffix;
    rest = Math.floor(rest / 32);
  }
  return `01HTEST0000000000000${suffix}`;
}

/** A complete, valid interpretation; override what a test is about. */
export function anInterpretation(overrides: Partial<Interpretation> = {}): Interpretation {
  const id = overrides.id ?? testId(1);
  return {
    kind: 'interpretation',
    id,
    title: '关于户籍业务“一窗通办”的政策解读',
    summary: '户籍业务实行一窗受理、集成服务。',
    category: 'service',
    office: 'population',
    topic: 'household',
    format: 'text',
    media: [],
    publishedAt: '2023-05-01T02:00:00.000Z',
    updatedAt: '2023-05-01T02:00:00.000Z',
    demo: false,
    document: {
      title: '户籍业务一窗通办实施办法',
      number: '上公发〔2023〕3号',
      issuer: '长治市公安局上党分局',
      issuedAt: '2023-04-20',
    },
    sections: {
      background: '背景。',
      keyPoints: '要点。',
      highlights: '亮点。',
      measures: '措施。',
    },
    qa: [{ question: '在哪里办理？', answer: '在分局政务服务窗口办理。' }],
    ...overrides,
  };
}

/** A complete, valid published document; override what a test is about. */
export function aDocument(overrides: Partial<PublishedDocument> = {}): PublishedDocument {
  return {
    kind: 'document',
    documentType: 'normative',
    id: overrides.id ?? testId(900),
    title: '户籍业务一窗通办实施办法',
    summary: '户籍业务实行一窗受理、集成服务。',
    category: 'service',
    office: 'population',
    topic: 'household',
    number: '上公发〔2023〕3号',
    issuedAt: '2023-04-20',
    validity: 'in_force',
    disclosure: 'proactive',
    body: '第一条 为方便群众办理户籍业务，制定本办法。',
    attachments: [],
    publishedAt: '2023-04-25T02:00:00.000Z',
    updatedAt: '2023-04-25T02:00:00.000Z',
    demo: false,
    ...overrides,
  };
}
