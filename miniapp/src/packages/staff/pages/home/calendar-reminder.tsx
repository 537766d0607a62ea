import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { calendarYearToCheck, missingCalendarWarning } from '@sunshine/shared';
import { useRemote } from '../../../../hooks/use-remote';
import { calendarUrl } from '../../../../page-urls';
import { fetchCalendar } from '../../../../services/calendar';
import './report-reminder.scss';

/**
 * From 1 November (China time) the desk warns while next year's working-day calendar is missing:
 * every statutory deadline in that year would be counted on weekends only. One read (a GetItem of
 * that year's calendar), none before November. Admins, who enter it, open the calendar from here.
 */
export function CalendarReminder({ admin, refreshKey }: { admin: boolean; refreshKey: number }) {
  const now = new Date();
  const year = calendarYearToCheck(now);
  const next = useRemote(
    () => (year === undefined ? Promise.resolve(null) : fetchCalendar(year)),
    [year, refreshKey],
  );
  if (next.loading || next.error || next.data === null) return null;
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
