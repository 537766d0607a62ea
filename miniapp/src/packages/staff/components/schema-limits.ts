/** Just enough of a valibot schema's shape to read its maxLength action. */
interface Inspectable {
  pipe?: ReadonlyArray<{ type: string; requirement?: unknown }>;
  wrapped?: Inspectable;
}

/**
 * The maximum length a shared schema allows, read from the schema itself so a form's `maxlength`
 * follows the rule kept in shared/. -1 (no limit, in WeChat's terms) when the schema sets none;
 * WeChat's own default of 140 characters would cut a long section short.
 */
export function maxLengthOf(schema: unknown): number {
  const inspectable = schema as Inspectable;
  const inner = inspectable.wrapped ?? inspectable;
  const action = inner.pipe?.find((step) => step.type === 'max_length');
  return typeof action?.requirement === 'number' ? action.requirement : -1;
}
