// The kinds on their own: feedback needs the list and content's views carry feedback's summary,
// so with the kinds in content.ts, content.ts and feedback.ts imported each other.

/** The kinds of content in the policy library. All go through the same review workflow. */
export const CONTENT_KINDS = [
  'document',
  'interpretation',
  'qa',
  'notice',
  'guide',
  'consultation',
  'annual_report',
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const KIND_LABELS: Record<ContentKind, string> = {
  document: '政策文件',
  interpretation: '政策解读',
  qa: '政策问答',
  notice: '权威发布',
  guide: '办事指南',
  consultation: '征求意见',
  annual_report: '政府信息公开年报',
};
