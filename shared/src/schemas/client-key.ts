import * as v from 'valibot';

/**
 * Made by the app once per submission (a form, a tap): a retry or a double tap carries the same
 * key, and the server stores the submission once.
 */
export const ClientKeySchema = v.pipe(
  v.string('缺少提交标识'),
  v.regex(/^[A-Za-z0-9_-]{16,64}$/, '提交标识无效'),
);
