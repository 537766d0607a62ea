import { act, waitFor } from '@testing-library/react';

/** The Taro component (Input, Textarea, Picker, Switch) inside the form field with this dot path. */
export function control(field: string): Element {
  const tags = ['taro-input-core', 'taro-textarea-core', 'taro-picker-core', 'taro-switch-core'];
  const element = document.querySelector(
    tags.map((tag) => `[data-field="${field}"] ${tag}`).join(', '),
  );
  if (!element) throw new Error(`no control for field ${field}`);
  return element;
}

/** The form field (label, control and problems) with this dot path. */
export function fieldBox(field: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-field="${field}"]`);
  if (!element) throw new Error(`no form field ${field}`);
  return element;
}

/** The Taro Input or Textarea showing this placeholder. */
export function byPlaceholder(placeholder: string): Element {
  const element = document.querySelector(
    `taro-input-core[placeholder="${placeholder}"], taro-textarea-core[placeholder="${placeholder}"]`,
  );
  if (!element) throw new Error(`no input with placeholder ${placeholder}`);
  return element;
}

/**
 * Type into a Taro Input or Textarea: it emits `input` with `detail.value`, as in WeChat. Waits
 * for the component to render its own field first, as a person would.
 */
export async function typeInto(element: Element, value: string) {
  await waitFor(() => expect(element.querySelector('input, textarea')).toBeTruthy());
  act(() => {
    element.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

/** Choose in a Taro Picker: it emits `change` with `detail.value` (an index, a date or a time). */
export function pick(element: Element, value: string | number) {
  act(() => {
    element.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }));
  });
}

/** Turn a Taro Switch on or off: it emits `change` with `detail.value`, the new state. */
export function toggle(element: Element, checked: boolean) {
  act(() => {
    element.dispatchEvent(new CustomEvent('change', { detail: { value: checked }, bubbles: true }));
  });
}

/** Forget calls and queued answers of every function of an automocked module. */
export function resetMocksOf(...modules: object[]) {
  for (const module of modules) {
    for (const value of Object.values(module)) if (jest.isMockFunction(value)) value.mockReset();
  }
}
