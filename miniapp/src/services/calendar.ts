import type { WorkingCalendarView } from '@sunshine/shared';
import { ApiError } from './api-error';
import { call } from './request';

/** A year's working-day calendar; undefined while that year has not been entered. */
export async function fetchCalendar(year: number): Promise<WorkingCalendarView | undefined> {
  try {
    return await call('getCalendar', { params: { year: String(year) } });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

/** An admin enters or corrects a year's holidays and worked weekend days. */
export const saveCalendar = (year: number, input: { holidays: string[]; workdays: string[] }) =>
  call('putCalendar', { params: { year: String(year) }, body: input });
