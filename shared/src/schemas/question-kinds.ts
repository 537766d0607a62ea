// The kinds on their own: a question carries its answer's rating and ratings are counted per kind,
// so with the kinds in question.ts, question.ts and question-rating.ts imported each other.

/**
 * Questions residents ask staff (留言咨询). Each kind has its response deadline: working days on
 * the calendar staff keep, or hours for urgent concerns (the plan's 5-hour rule). The table is
 * here, in one place, for a bureau to adjust.
 */
export const QUESTION_KINDS = ['general', 'service', 'complaint', 'urgent'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_DEADLINES: Record<
  QuestionKind,
  { label: string; workingDays?: number; hours?: number }
> = {
  general: { label: '一般咨询', workingDays: 5 },
  service: { label: '办事咨询', workingDays: 3 },
  complaint: { label: '意见建议', workingDays: 10 },
  urgent: { label: '紧急关切', hours: 5 },
};
