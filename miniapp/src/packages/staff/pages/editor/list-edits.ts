/** The list without one entry. */
export const withoutEntry = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, i) => i !== index);

/** The list with one entry swapped with the one before it: order matters in a process or a checklist. */
export function movedUp<T>(list: readonly T[], index: number): T[] {
  if (index <= 0 || index >= list.length) return [...list];
  const copy = [...list];
  [copy[index - 1], copy[index]] = [copy[index] as T, copy[index - 1] as T];
  return copy;
}
