import { readFileSync } from 'node:fs';
import type { Clock } from '../../ports/clock';

/**
 * The wall clock moved by the number of milliseconds written in a file, read on every call. Only
 * the local stack and the tests set LOCAL_CLOCK_FILE (serverless.yml leaves it empty in AWS): a
 * test can then step past a consultation's closing date instead of waiting 30 days. A missing or
 * unreadable file means no shift.
 */
export function shiftedClock(file: string): Clock {
  return {
    now() {
      let offset = 0;
      try {
        offset = Number(readFileSync(file, 'utf8').trim()) || 0;
      } catch {
        offset = 0;
      }
      return new Date(Date.now() + offset);
    },
  };
}
