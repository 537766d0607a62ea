import * as v from 'valibot';
import { dateField } from './dates';

/** A year's working-day calendar as an admin enters it (the rules across dates are in calendarProblems). */
export const WorkingCalendarInputSchema = v.object({
  holidays: v.pipe(
    v.array(dateField('放假日期'), '请填写放假日期列表'),
    v.maxLength(60, '放假日期不能超过 60 天'),
  ),
  workdays: v.pipe(
    v.array(dateField('调休上班日期'), '请填写调休上班日期列表'),
    v.maxLength(20, '调休上班日不能超过 20 天'),
  ),
});

export const CalendarYearSchema = v.pipe(
  v.string(),
  v.regex(/^20\d\d$/, '年份须为 2000 到 2099 之间的四位数'),
  v.transform(Number),
);

export interface WorkingCalendarView {
  year: number;
  holidays: string[];
  workdays: string[];
  /** Demonstration data seeded by npm start: to be checked against the State Council's notice. */
  demo?: boolean;
  updatedAt?: string;
}
