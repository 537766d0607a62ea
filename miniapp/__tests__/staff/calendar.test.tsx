import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CalendarPage from '../../src/packages/staff/pages/calendar/index';
import { CalendarReminder } from '../../src/packages/staff/pages/home/calendar-reminder';
import { ApiError } from '../../src/services/api-error';
import * as calendar from '../../src/services/calendar';
import { byPlaceholder, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/calendar');

const fetchCalendar = jest.mocked(calendar.fetchCalendar);
const saveCalendar = jest.mocked(calendar.saveCalendar);
const useRouter = Taro.useRouter as unknown as jest.Mock;

/** The 2027 arrangement lines as a notice would write them (dates checked against the 2027 calendar). */
const NOTICE_2027 = `国务院办公厅关于2027年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
一、元旦：1月1日（周五）至3日放假调休，共3天。
二、春节：2月6日（农历除夕、周六）至13日（周六）放假调休，共8天。2月14日（周日）上班。
三、清明节：待定。
国务院办公厅`;

const text = () => document.body.textContent ?? '';

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(calendar);
  useRouter.mockReturnValue({
    params: { year: '2027' },
    path: '/packages/staff/pages/calendar/index',
  });
});

afterEach(() => jest.useRealTimers());

describe('工作日历', () => {
  test('pasted notice → the dates read, with weekday and holiday → confirmed → saved', async () => {
    fetchCalendar.mockResolvedValue(undefined);
    saveCalendar.mockImplementation(async (year, input) => ({
      year,
      ...input,
      updatedAt: '2026-11-05T02:00:00.000Z',
    }));
    render(<CalendarPage />);
    expect(await screen.findByText('2027 年工作日历尚未录入')).toBeTruthy();

    await typeInto(
      byPlaceholder('粘贴《国务院办公厅关于2027年部分节假日安排的通知》全文'),
      NOTICE_2027,
    );
    await act(async () => fireEvent.click(screen.getByText('识别通知')));

    expect(text()).toContain('放假日（仅列工作日）（6）');
    expect(screen.getByText('2027-02-08 周一').parentElement?.textContent).toContain('春节');
    expect(screen.getByText('2027-01-01 周五').parentElement?.textContent).toContain('元旦');
    expect(screen.getByText('2027-02-14 周日').parentElement?.className).toContain(
      'calendar__day--workdays',
    );
    expect(text()).toContain('三、清明节：待定。');
    expect(saveCalendar).not.toHaveBeenCalled();

    await act(async () => fireEvent.click(screen.getByText('确认保存')));

    expect(saveCalendar).toHaveBeenCalledTimes(1);
    expect(saveCalendar).toHaveBeenCalledWith(2027, {
      holidays: [
        '2027-01-01',
        '2027-02-08',
        '2027-02-09',
        '2027-02-10',
        '2027-02-11',
        '2027-02-12',
      ],
      workdays: ['2027-02-14'],
    });
    expect(text()).toContain('已保存，更新日期：2026-11-05');
  });

  test('adds and removes dates by hand, and will not save a weekday as a worked weekend', async () => {
    fetchCalendar.mockResolvedValue({ year: 2027, holidays: ['2027-01-01'], workdays: [] });
    render(<CalendarPage />);
    await screen.findByText('2027-01-01 周五');

    await typeInto(byPlaceholder('YYYY-MM-DD，如 2027-02-08'), '2027-02-10');
    await act(async () => fireEvent.click(screen.getByText('加为上班日')));

    expect(text()).toContain('2027-02-10 不是周末，无需设为调休上班日');
    await act(async () => fireEvent.click(screen.getByText('确认保存')));
    expect(saveCalendar).not.toHaveBeenCalled();

    const row = screen.getByText('2027-02-10 周三').parentElement!;
    await act(async () => fireEvent.click(row.querySelector('.calendar__remove')!));
    await act(async () => fireEvent.click(screen.getByText('移除')));
    await act(async () => fireEvent.click(screen.getByText('确认保存')));

    expect(saveCalendar).toHaveBeenCalledWith(2027, { holidays: [], workdays: [] });
  });

  test("shows the server's refusal in its words", async () => {
    fetchCalendar.mockResolvedValue(undefined);
    saveCalendar.mockRejectedValue(new ApiError('FORBIDDEN', '只有管理员可以修改工作日历', 403));
    render(<CalendarPage />);
    await screen.findByText('2027 年工作日历尚未录入');
    await typeInto(byPlaceholder('YYYY-MM-DD，如 2027-02-08'), '2027-02-08');
    await act(async () => fireEvent.click(screen.getByText('加为放假日')));

    await act(async () => fireEvent.click(screen.getByText('确认保存')));

    expect(text()).toContain('只有管理员可以修改工作日历');
  });
});

describe('the staff home calendar reminder', () => {
  const at = (now: string) =>
    jest.useFakeTimers({ now: new Date(now), doNotFake: ['nextTick', 'setImmediate'] });

  test('on 31 October (China time) it reads nothing and says nothing', async () => {
    at('2026-10-31T15:59:00Z');

    await act(async () => render(<CalendarReminder admin refreshKey={0} />));

    expect(fetchCalendar).not.toHaveBeenCalled();
    expect(text()).toBe('');
  });

  test('from 1 November it warns while next year is missing, and an admin opens the calendar', async () => {
    at('2026-10-31T16:00:00Z');
    fetchCalendar.mockResolvedValue(undefined);

    await act(async () => render(<CalendarReminder admin refreshKey={0} />));
    fireEvent.click(screen.getByText('2027 年工作日历尚未录入，法定期限将按近似计算'));

    expect(fetchCalendar).toHaveBeenCalledWith(2027);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/staff/pages/calendar/index?year=2027',
    });
  });

  test('says nothing once next year is entered', async () => {
    at('2026-11-20T02:00:00Z');
    fetchCalendar.mockResolvedValue({ year: 2027, holidays: [], workdays: [] });

    await act(async () => render(<CalendarReminder admin refreshKey={0} />));

    expect(text()).toBe('');
  });
});
