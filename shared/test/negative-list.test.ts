import { nextReviewDueOn, RecordReviewInputSchema, validate } from '../src';

describe('the negative list’s next review', () => {
  test.each([
    ['2026-01-05', '2027-01-05'],
    ['2024-02-29', '2025-02-28'],
    ['2027-02-28', '2028-02-28'],
  ])('after a review on %s is due on %s', (last, next) => {
    expect(nextReviewDueOn(last)).toBe(next);
  });
});

describe('RecordReviewInputSchema', () => {
  test('takes a date, a note and remarks on some grounds', () => {
    expect(
      validate(RecordReviewInputSchema, {
        reviewedOn: '2026-03-01',
        note: ' 逐类复核 ',
        remarks: { third_party: '无新增' },
      }),
    ).toEqual({
      ok: true,
      value: { reviewedOn: '2026-03-01', note: '逐类复核', remarks: { third_party: '无新增' } },
    });
  });

  test('names the field of each problem in Chinese', () => {
    const result = validate(RecordReviewInputSchema, {
      reviewedOn: '3月1日',
      note: '',
      remarks: { secrets: '说明' },
    });

    expect(result.ok ? [] : result.issues.map((issue) => [issue.field, issue.message])).toEqual([
      ['reviewedOn', '复核日期须为 YYYY-MM-DD'],
      ['note', '复核说明不能为空'],
      ['remarks.secrets', '不予公开的类别不存在'],
    ]);
  });
});
