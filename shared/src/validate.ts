import * as v from 'valibot';
import type { FieldIssue } from './errors';

export type Validation<T> = { ok: true; value: T } | { ok: false, issues: FieldIssue[] };

/**
 * Validate input against a shared schema and name each problem by its field, so the API's 400
 * and the mini-program's form show the same words. Valibot compiles nothing at run time, which
 * WeChat requires (no eval, no new Function).
 */
export function validate<S extends v.GenericSchema>(schema: S, input: unknown): Validation<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      field: v.getDotPath(issue) ?? '',
      message: issue.message,
    })),
  };
}
