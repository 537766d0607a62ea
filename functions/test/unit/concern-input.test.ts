import { OpenConcernInputSchema, validate } from '@sunshine/shared';

/** A concern as staff open it, arisen at the time given. */
const input = (arisenAt: string) => ({
  title: '某小区燃气泄漏疏散',
  level: 'general',
  office: 'exit-entry',
  arisenAt,
});

test('a day that does not exist is refused by name, not rolled into the next month', () => {
  // Date.parse reads 31 November as 1 December.
  const result = validate(OpenConcernInputSchema, input('2026-11-31T10:00:00+08:00'));

  expect(result.ok).toBe(false);
  expect(!result.ok && result.issues).toContainEqual({
    field: 'arisenAt',
    message: '发生时间不是有效时间',
  });
});

test('a time that exists, typed with its offset, is taken as that instant in UTC', () => {
  const hourAgo = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000);
  const china = new Date(hourAgo.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);

  const result = validate(OpenConcernInputSchema, input(`${china}+08:00`));

  expect(result.ok && result.value.arisenAt).toBe(hourAgo.toISOString());
});
