import { monotonicFactory } from 'ulid';
import type { IdGenerator } from '../../ports/ids';

/** ULIDs, monotonic within a millisecond so ids made together still sort in order. */
export function ulidIds(): IdGenerator {
  const next = monotonicFactory();
  return { next: () => next() };
}
