import * as v from 'valibot';
import type { FieldIssue } from './errors';

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

const HAS_CHINESE = /[\u3400-\u9fff]/;

/**
 * Our schemas give every rule a Chinese message; valibot's own defaults (a missing key, a wrong
 * type) are English. People read these, so translate what slipped through.
 */
function readableMessage(issue: v.BaseIssue<unknown>): string {
  if (HAS_CHINESE.test(issue.message)) return issue.message;
  if (issue.input === undefined || issue.input === null) return '此项为必填项';
  switch (issue.type) {
    case 'string':
      return '请填写文字';
    case 'number':
      return '请填写数字';
    case 'boolean':
      return '请选择是或否';
    case 'array':
      return '请填写列表';
    case 'object':
      return '格式不正确';
    default:
      return '格式不正确';
  }
}

/**
 * Validate input against a shared schema and name each problem by its field, so the API's 400
 * and the mini-program's form show the same words. Valibot compiles nothing at run time, which
 * WeChat requires (no eval, no new Function).
 */
export function validate<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): Validation<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      field: v.getDotPath(issue) ?? '',
      message: readableMessage(issue),
    })),
  };
}
