import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { calendarYearToCheck, missingCalendarWarning } from '@sunshine/shared';
import { useRemote } from '../../../../hooks/use-remote';
import { calendarUrl } from '../../../../page-urls';
import { fetchCalendar } from '../../../../services/calendar';
import './report-reminder.scss';

/**
 * The desk warns while the working-day calendar of the year it checks is missing: next year's from
 * 1 November (China time), the current year's from 1 January. Every statutory deadline in that
 * year would be counted on weekends only. One read (a GetItem of that year's calendar). Admins,
 * who enter it, open the calendar from here.
 */
export function CalendarReminder({ admin, refreshKey }: { admin: boolean; refreshKey: number }) {
  const now = new Date();
  const year = calendarYearToCheck(now);
  const next = useRemote(() => fetchCalendar(year), [year, refreshKey]);
  if (next.loading || next.error) return null;
  const warning = missingCalendarWarning(now, () => next.data !== undefined);
  if (!warning) return null;
  return (
    <View
      className='report-reminder report-reminder--late'
      hoverClass={admin ? 'report-reminder--pressed' : undefined}
      onClick={admin ? () => void Taro.navigateTo({ url: calendarUrl(warning.year) }) : undefined}
    >
      <Text>{warning.text}</Text>
      {admin && <Text className='report-reminder__late'>去录入</Text>}
    </View>
  );
}
