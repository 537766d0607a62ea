import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import {
  calendarProblems,
  calendarYearToCheck,
  chinaClock,
  parseHolidayNotice,
  weekdayName,
  type NoticeDay,
  type WorkingCalendarView,
} from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { useRemote } from '../../../../hooks/use-remote';
import { usePageParams } from '../../../../hooks/use-page-params';
import { fetchCalendar, saveCalendar } from '../../../../services/calendar';
import { formatDate } from '../../../../services/format';
import { ActionButton } from '../../components/action-button';
import { FormField } from '../../components/form-field';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import './index.scss';

type Kind = 'holidays' | 'workdays';
type Days = Record<Kind, NoticeDay[]>;

const KIND_TITLES: Record<Kind, string> = {
  holidays: '放假日（仅列工作日）',
  workdays: '调休上班日（周末）',
};

/** From 1 November the year being prepared is next year's; before, this year's. */
const defaultYear = (now: Date) => calendarYearToCheck(now) ?? chinaClock(now).year;

const daysOf = (calendar: WorkingCalendarView | undefined): Days => ({
  holidays: (calendar?.holidays ?? []).map((date) => ({ date, name: '' })),
  workdays: (calendar?.workdays ?? []).map((date) => ({ date, name: '' })),
});

const sortedDays = (days: NoticeDay[]) => [...days].sort((a, b) => a.date.localeCompare(b.date));

/**
 * 工作日历 (admins): a year's weekday holidays and worked weekend days, on which every statutory
 * deadline is counted. Entered date by date, or read from the State Council's notice pasted whole;
 * what was read is shown, date by date with its weekday and holiday, to be confirmed before saving.
 */
export default function CalendarPage() {
  const asked = Number(usePageParams().year);
  const [year, setYear] = useState(() =>
    asked >= 2000 && asked <= 2099 ? asked : defaultYear(new Date()),
  );
  const loaded = useRemote(() => fetchCalendar(year), [year]);
  return (
    <View className='calendar'>
      <View className='calendar__years'>
        <ActionButton variant='secondary' compact onClick={() => setYear(year - 1)}>
          {`‹ ${year - 1} 年`}
        </ActionButton>
        <Text className='calendar__year'>{`${year} 年`}</Text>
        <ActionButton variant='secondary' compact onClick={() => setYear(year + 1)}>
          {`${year + 1} 年 ›`}
        </ActionButton>
      </View>
      <StaffPageState loading={loaded.loading} error={loaded.error} onRetry={loaded.reload}>
        {!loaded.loading && !loaded.error && (
          <CalendarEditor key={year} year={year} calendar={loaded.data} />
        )}
      </StaffPageState>
    </View>
  );
}

function CalendarEditor({
  year,
  calendar,
}: {
  year: number;
  calendar: WorkingCalendarView | undefined;
}) {
  const [saved, setSaved] = useState(calendar);
  const [days, setDays] = useState<Days>(() => daysOf(calendar));
  const [changed, setChanged] = useState(false);
  const [notice, setNotice] = useState('');
  const [unread, setUnread] = useState<string[]>();
  const [newDate, setNewDate] = useState('');
  const { run, refuse, busy, failure } = useAction();

  const problems = calendarProblems({
    year,
    holidays: days.holidays.map((day) => day.date),
    workdays: days.workdays.map((day) => day.date),
  });

  const edit = (next: Days) => {
    setDays({ holidays: sortedDays(next.holidays), workdays: sortedDays(next.workdays) });
    setChanged(true);
  };

  const read = () => {
    const parsed = parseHolidayNotice(notice, year);
    if (parsed.holidays.length === 0 && parsed.workdays.length === 0)
      return refuse(`未能从粘贴的内容中识别出 ${year} 年的放假安排，请粘贴通知全文`);
    refuse(undefined);
    setUnread(parsed.unread);
    edit({ holidays: parsed.holidays, workdays: parsed.workdays });
  };

  const add = (kind: Kind) => {
    const date = newDate.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      return refuse('日期须为 YYYY-MM-DD，如 2027-02-08');
    if (days[kind].some((day) => day.date === date)) return refuse(`${date} 已在列表中`);
    refuse(undefined);
    edit({ ...days, [kind]: [...days[kind], { date, name: '' }] });
    setNewDate('');
  };

  const remove = (kind: Kind, date: string) =>
    edit({ ...days, [kind]: days[kind].filter((day) => day.date !== date) });

  const save = async () => {
    const next = await run(() =>
      saveCalendar(year, {
        holidays: days.holidays.map((day) => day.date),
        workdays: days.workdays.map((day) => day.date),
      }),
    );
    if (!next) return;
    setSaved(next);
    setChanged(false);
    setUnread(undefined);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };

  return (
    <>
      {!saved && (
        <Notice tone='warning' title={`${year} 年工作日历尚未录入`}>
          未录入前，该年的法定期限只按周末近似计算。请按国务院办公厅当年的节假日安排通知录入。
        </Notice>
      )}
      {saved?.demo && (
        <Notice tone='warning' title='当前为演示数据'>
          请与国务院办公厅的通知逐日核对后保存。
        </Notice>
      )}
      {saved?.updatedAt && !changed && (
        <Text className='calendar__updated'>{`已保存，更新日期：${formatDate(saved.updatedAt)}`}</Text>
      )}
      <StaffCard title='从通知识别'>
        <FormField
          label='国务院办公厅节假日安排通知'
          hint='粘贴通知全文，识别后逐日核对，确认无误再保存'
        >
          <Textarea
            className='form-field__textarea'
            value={notice}
            maxlength={5000}
            placeholder={`粘贴《国务院办公厅关于${year}年部分节假日安排的通知》全文`}
            onInput={(event) => setNotice(event.detail.value)}
          />
        </FormField>
        <ActionButton variant='secondary' disabled={!notice.trim()} onClick={read}>
          识别通知
        </ActionButton>
      </StaffCard>
      {unread && unread.length > 0 && (
        <Notice tone='warning' title='以下内容未能识别，请核对后手工添加'>
          {unread.join('\n')}
        </Notice>
      )}
      {changed && (
        <Notice tone='info' title='请核对'>
          {`共放假 ${days.holidays.length} 个工作日、调休上班 ${days.workdays.length} 天。逐日核对无误后点「确认保存」。`}
        </Notice>
      )}
      {(['holidays', 'workdays'] as const).map((kind) => (
        <StaffCard key={kind} title={`${KIND_TITLES[kind]}（${days[kind].length}）`}>
          {days[kind].length === 0 && <Text className='calendar__empty'>无</Text>}
          {days[kind].map((day) => (
            <View key={day.date} className={`calendar__day calendar__day--${kind}`}>
              <Text className='calendar__date'>{`${day.date} ${weekdayName(day.date)}`}</Text>
              <Text className='calendar__name'>{day.name}</Text>
              <View
                className='calendar__remove'
                hoverClass='calendar__remove--pressed'
                onClick={() => remove(kind, day.date)}
              >
                <Text>移除</Text>
              </View>
            </View>
          ))}
        </StaffCard>
      ))}
      <StaffCard title='逐日添加'>
        <FormField label='日期' hint='放假日只需列出工作日；调休上班日须为周六或周日'>
          <Input
            className='form-field__input'
            value={newDate}
            maxlength={10}
            placeholder={`YYYY-MM-DD，如 ${year}-02-08`}
            onInput={(event) => setNewDate(event.detail.value)}
          />
        </FormField>
        <View className='calendar__add'>
          <ActionButton variant='secondary' compact onClick={() => add('holidays')}>
            加为放假日
          </ActionButton>
          <ActionButton variant='secondary' compact onClick={() => add('workdays')}>
            加为上班日
          </ActionButton>
        </View>
      </StaffCard>
      {problems.length > 0 && (
        <Notice tone='error' title='请先更正'>
          {problems.map((problem) => problem.message).join('\n')}
        </Notice>
      )}
      {failure && <Notice tone='error'>{failure}</Notice>}
      <View className='calendar__footer'>
        <ActionButton
          busy={busy}
          disabled={!changed || problems.length > 0}
          onClick={() => void save()}
        >
          确认保存
        </ActionButton>
      </View>
    </>
  );
}
