import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ClockView, MeView, StaffConcernView } from '@sunshine/shared';
import StaffConcern from '../../src/packages/staff/pages/concern/index';
import StaffConcerns from '../../src/packages/staff/pages/concerns/index';
import Editor from '../../src/packages/staff/pages/editor/index';
import { ConcernSection } from '../../src/packages/staff/pages/home/concern-section';
import * as concerns from '../../src/services/concerns';
import { clearSession, saveSession } from '../../src/services/session';
import * as staff from '../../src/services/staff';
import { fillCatalogue } from './fill-draft';
import { me, noticeDraft, workflowItem } from './fixtures';
import { byPlaceholder, control, pick, resetMocksOf, toggle, typeInto } from './interact';

jest.mock('../../src/services/concerns');
jest.mock('../../src/services/staff');

const useRouter = Taro.useRouter as unknown as jest.Mock;
const HOUR = 3_600_000;
/** Friday 22:00 in China: the clocks run in hours, across midnight and the weekend. */
const ARISEN = Date.parse('2026-12-04T14:00:00.000Z');
const CONCERN_ID = '01HTESTC0NCERN000000000001';

const clock = (name: ClockView['clock'], label: string, hours: number): ClockView => ({
  clock: name,
  label,
  dueAt: new Date(ARISEN + hours * HOUR).toISOString(),
  state: 'running',
});

const concern = (overrides: Partial<StaffConcernView> = {}): StaffConcernView => ({
  id: CONCERN_ID,
  title: '某路段交通事故',
  level: 'major',
  levelLabel: '重大突发事件',
  office: 'traffic',
  officeName: '交通管理大队',
  arisenAt: new Date(ARISEN).toISOString(),
  openedAt: new Date(ARISEN + 10 * 60_000).toISOString(),
  openedBy: { userId: 'u-responder', name: '张答复' },
  assignees: [{ userId: 'u-responder', name: '张答复' }],
  status: 'open',
  clocks: [clock('first_release', '首次权威发布', 5), clock('press_conference', '新闻发布会', 24)],
  entries: [],
  ...overrides,
});

/** The tone (colour) of the clock with this label, as its class says. */
const toneOf = (label: string) => {
  const box = screen.getByText(label, { selector: '.concern-clock__label' }).parentElement!;
  return /concern-clock--(\w+)/.exec(box.className)?.[1];
};

const at = (hoursAfterArising: number) => {
  jest.useFakeTimers({
    now: ARISEN + hoursAfterArising * HOUR,
    doNotFake: ['nextTick', 'setImmediate'],
  });
};

beforeEach(() => {
  resetMocksOf(concerns, staff);
  (Taro.navigateTo as jest.Mock).mockClear();
  useRouter.mockReturnValue({ params: { id: CONCERN_ID }, path: '/' });
  jest.mocked(concerns.getStaffConcern).mockResolvedValue(concern());
});

afterEach(() => jest.useRealTimers());

// First: Taro's H5 components render on timers, which the fake clocks below would hold.
describe('the staff concern page', () => {
  const signedInAs = (roles: MeView['roles']) =>
    saveSession({ token: 'token', expiresAt: Date.now() + HOUR, user: me({ roles }) });
  afterEach(clearSession);

  test('opens the editor with a notice attached to the concern as the entry chosen', async () => {
    signedInAs(['editor', 'responder']);
    await act(async () => render(<StaffConcern />));

    fireEvent.click(screen.getByText('发布关切信息', { selector: 'button, taro-button-core' }));

    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/staff/pages/editor/index?kind=notice&concern=${CONCERN_ID}&entry=first_release`,
    });
  });

  test('tells those who do not write drafts how a release comes to answer the concern, and offers them reminders', async () => {
    signedInAs(['reviewer', 'responder']);
    await act(async () => render(<StaffConcern />));

    expect(screen.queryByText('发布关切信息', { selector: 'button, taro-button-core' })).toBeNull();
    expect(screen.getByText(/权威发布由编辑人员撰写/)).toBeTruthy();
    expect(screen.getByText('接收关切时限提醒')).toBeTruthy();
  });

  test('closes the concern with the statement residents read', async () => {
    const statement = '事故已妥善处置，道路恢复通行，感谢关注。';
    jest
      .mocked(concerns.closeConcern)
      .mockResolvedValue(
        concern({ status: 'closed', statement, closedAt: new Date().toISOString() }),
      );
    await act(async () => render(<StaffConcern />));

    fireEvent.click(screen.getByText('结束关切', { selector: 'button, taro-button-core' }));
    await typeInto(byPlaceholder('情况说明：处置结果和后续安排，群众可见（10 字以上）'), statement);
    await act(async () => fireEvent.click(screen.getByText('确认结束')));

    expect(concerns.closeConcern).toHaveBeenCalledTimes(1);
    expect(concerns.closeConcern).toHaveBeenCalledWith(CONCERN_ID, { statement });
    expect(await screen.findByText('已结束')).toBeTruthy();
  });
});

describe('关联关切 in the editor', () => {
  const OTHER_ID = '01HTESTC0NCERN000000000002';
  beforeEach(() => {
    jest.mocked(staff.createDraft).mockResolvedValue(workflowItem({ status: 'draft' }));
    jest.mocked(concerns.listConcernChoices).mockResolvedValue([
      { id: CONCERN_ID, title: '某路段交通事故' },
      { id: OTHER_ID, title: '网传某小区治安问题' },
    ]);
  });
  const write = async () => {
    const value = noticeDraft({ urgent: true });
    await fillCatalogue(value);
    await typeInto(control('body'), value.body);
    return value;
  };
  const save = () => act(async () => fireEvent.click(screen.getByText('保存草稿')));

  test('a notice opened from a concern’s page is sent attached to it as the entry chosen there', async () => {
    useRouter.mockReturnValue({
      params: { kind: 'notice', concern: CONCERN_ID, entry: 'update' },
      path: '/packages/staff/pages/editor/index',
    });
    await act(async () => render(<Editor />));
    const value = await write();
    toggle(control('urgent'), true);

    await save();

    expect(staff.createDraft).toHaveBeenCalledWith({
      ...value,
      concern: { id: CONCERN_ID, entry: 'update' },
    });
  });

  test('a concern and its entry kind are picked among the open ones', async () => {
    useRouter.mockReturnValue({ params: { kind: 'notice' }, path: '/' });
    await act(async () => render(<Editor />));
    const value = await write();
    toggle(control('urgent'), true);

    pick(control('concern'), 2); // after 不关联 and the first concern
    pick(control('concern.entry'), 2); // 首次权威发布, 进展通报, 辟谣
    await save();

    expect(staff.createDraft).toHaveBeenCalledWith({
      ...value,
      concern: { id: OTHER_ID, entry: 'rebuttal' },
    });
  });

  test('an item published without a link is offered none; one published with a link shows it fixed', async () => {
    const published = (concern?: { id: string; entry: 'first_release' }) =>
      workflowItem({
        status: 'published',
        publishedVersion: 1,
        draft: noticeDraft(concern ? { concern } : {}),
      });
    useRouter.mockReturnValue({ params: { id: 'x' }, path: '/' });
    jest.mocked(staff.getWorkflowItem).mockResolvedValue(published());
    const { unmount } = await act(async () => render(<Editor />));
    // Taro's H5 input sets its value on the component's own render, which may come after act's.
    expect(await screen.findByDisplayValue(noticeDraft().title)).toBeTruthy();
    expect(screen.queryByText('关联关切')).toBeNull();
    unmount();

    jest
      .mocked(staff.getWorkflowItem)
      .mockResolvedValue(published({ id: CONCERN_ID, entry: 'first_release' }));
    await act(async () => render(<Editor />));
    expect(await screen.findByText('关联关切')).toBeTruthy();
    expect((control('concern') as HTMLElement & { disabled?: boolean }).disabled).toBe(true);
  });
});

describe('a concern’s clocks', () => {
  test('are calm with more than half the time left, amber under half, red under an hour, dark red overdue', async () => {
    at(2); // Friday 24:00: 3 hours of 5 left.
    await act(async () => render(<StaffConcern />));

    expect(toneOf('首次权威发布')).toBe('calm');
    expect(screen.getByText('截止 2026-12-05 03:00')).toBeTruthy();
    expect(screen.getByText('还剩 3小时0分')).toBeTruthy();

    // The page counts down on its own: no reload between these.
    await act(async () => void jest.advanceTimersByTime(1 * HOUR)); // 2 hours left, under half.
    expect(toneOf('首次权威发布')).toBe('amber');

    await act(async () => void jest.advanceTimersByTime(1.5 * HOUR)); // 30 minutes left.
    expect(toneOf('首次权威发布')).toBe('red');
    expect(screen.getByText('还剩 30分钟')).toBeTruthy();

    await act(async () => void jest.advanceTimersByTime(45 * 60_000)); // 15 minutes past.
    expect(toneOf('首次权威发布')).toBe('overdue');
    expect(screen.getByText('已超时 15分钟')).toBeTruthy();
    // The press conference's 24 hours run to Saturday 22:00, not to Monday.
    expect(toneOf('新闻发布会')).toBe('calm');
    expect(screen.getByText('截止 2026-12-05 22:00')).toBeTruthy();
  });

  test('once stopped, say when each was met and whether on time', async () => {
    at(30);
    jest.mocked(concerns.getStaffConcern).mockResolvedValue(
      concern({
        status: 'closed',
        closedAt: new Date(ARISEN + 30 * HOUR).toISOString(),
        statement: '事故已妥善处置，道路恢复通行。',
        clocks: [
          {
            ...clock('first_release', '首次权威发布', 5),
            state: 'met',
            metAt: new Date(ARISEN + 4 * HOUR).toISOString(),
          },
          { ...clock('press_conference', '新闻发布会', 24), state: 'not_held' },
        ],
      }),
    );
    await act(async () => render(<StaffConcern />));

    expect(toneOf('首次权威发布')).toBe('met');
    expect(screen.getByText('2026-12-05 02:00 完成，按时')).toBeTruthy();
    expect(toneOf('新闻发布会')).toBe('not_held');
    expect(screen.queryByText('结束关切')).toBeNull();
  });
});

describe('the open concerns', () => {
  test('on the desk, the most urgent clock of each, the concern with the least time left first', async () => {
    at(3);
    const general = concern({
      id: '01HTESTC0NCERN000000000002',
      title: '网传某小区治安问题',
      level: 'general',
      levelLabel: '一般关切',
      clocks: [clock('answer', '回应', 48)],
    });
    jest.mocked(concerns.listStaffConcerns).mockResolvedValue({ items: [general, concern()] });
    await act(async () => render(<ConcernSection refreshKey={0} />));

    const titles = Array.from(document.querySelectorAll('.concern-section__title')).map(
      (title) => title.textContent,
    );
    expect(titles).toEqual(['【重大突发事件】某路段交通事故', '【一般关切】网传某小区治安问题']);
    // Only the most urgent clock of each: the first release (2 hours left of 5), not the press conference.
    expect(toneOf('首次权威发布')).toBe('amber');
    expect(document.querySelectorAll('.concern-clock')).toHaveLength(2);
    expect(toneOf('回应')).toBe('calm');
  });

  test('the list page reads open and closed ones and opens a concern when tapped', async () => {
    at(1);
    jest
      .mocked(concerns.listStaffConcerns)
      .mockImplementation((status) =>
        Promise.resolve({ items: status === 'open' ? [concern()] : [] }),
      );
    await act(async () => render(<StaffConcerns />));

    expect(screen.getByText('暂无已结束的关切')).toBeTruthy();
    // The card's title (an earlier page's title bar may still name the concern in the document).
    fireEvent.click(
      await screen.findByText('某路段交通事故', { selector: '.concern-card__title' }),
    );

    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/staff/pages/concern/index?id=${CONCERN_ID}`,
    });
  });
});
