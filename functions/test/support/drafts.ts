import type { InterpretationDraft } from '@sunshine/shared';

/** A complete, valid draft an editor might write; override what a test is about. */
export function aDraft(overrides: Partial<InterpretationDraft> = {}): InterpretationDraft {
  return {
    title: '关于优化出入境证件办理流程的政策解读',
    summary: '出入境证件实行全市通办，办理时限压缩至 5 个工作日。',
    category: 'service',
    format: 'text',
    document: { title: '出入境证件全市通办实施办法', number: '上公发〔2026〕8号', issuer: '长治市公安局上党分局', issuedAt: '2026-11-01' },
    sections: { background: '为方便群众办事。', keyPoints: '全市通办。', highlights: '时限压缩。', measures: '窗口延时服务。' },
    qa: [{ question: '哪里可以办理？', answer: '全市任一出入境窗口。' }],
    ...overrides,
  };
}
