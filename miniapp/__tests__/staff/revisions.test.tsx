import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Revisions from '../../src/packages/staff/pages/revisions/index';
import * as staff from '../../src/services/staff';
import { ITEM_ID, revision } from './fixtures';
import { resetMocksOf } from './interact';

jest.mock('../../src/services/staff');

const useRouter = Taro.useRouter as unknown as jest.Mock;
const LONG_AFTER = `新的出台背景。${'依据上级部署，结合本地实际。'.repeat(12)}`;

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(staff);
  useRouter.mockReturnValue({
    params: { id: ITEM_ID },
    path: '/packages/staff/pages/revisions/index',
  });
});

describe('Revisions', () => {
  test('shows each version, newest first, with who published it and what changed', async () => {
    jest.mocked(staff.listRevisions).mockResolvedValue([
      revision({
        version: 1,
        publishedAt: '2024-05-01T01:00:00.000Z',
        changes: [{ field: 'title', label: '标题', before: '', after: '旧标题' }],
      }),
      revision({ version: 2 }),
    ]);
    const { container } = render(<Revisions />);

    expect(await screen.findByText('第 2 版')).toBeTruthy();
    const titles = Array.from(container.querySelectorAll('.staff-card__title')).map(
      (node) => node.textContent,
    );
    expect(titles).toEqual(['第 2 版', '第 1 版']);
    expect(screen.getByText('2024-05-02 09:00 · 李审核 发布')).toBeTruthy();
    expect(screen.getByText('旧标题', { selector: '.change-row__before' })).toBeTruthy();
    expect(screen.getByText('新标题')).toBeTruthy();
    expect(screen.getByText('（空）')).toBeTruthy();
  });

  test('shows a long change in before and after blocks, clamped until expanded', async () => {
    jest.mocked(staff.listRevisions).mockResolvedValue([
      revision({
        changes: [
          {
            field: 'sections.background',
            label: '出台背景',
            before: '旧的出台背景。',
            after: LONG_AFTER,
          },
        ],
      }),
    ]);
    render(<Revisions />);

    expect(await screen.findByText('修改前')).toBeTruthy();
    expect(screen.getByText('修改后')).toBeTruthy();
    const after = screen.getByText(LONG_AFTER);
    expect(after.className).toContain('clamped-text__body--clamped');

    fireEvent.click(screen.getByText('展开全文'));

    expect(screen.getByText(LONG_AFTER).className).not.toContain('clamped-text__body--clamped');
    expect(screen.getByText('收起')).toBeTruthy();
  });

  test('shows a long text changed in place sentence by sentence, marked in words as well as colour', async () => {
    jest.mocked(staff.listRevisions).mockResolvedValue([
      revision({
        changes: [
          {
            field: 'body',
            label: '正文',
            before: '（全文）',
            after: '（全文）',
            segments: [
              { op: 'skipped', sentences: 40 },
              { op: 'same', text: '第四十一条 申请人应当如实填写。' },
              { op: 'removed', text: '第四十二条 十五个工作日内办结。' },
              { op: 'added', text: '第四十二条 十个工作日内办结。' },
              { op: 'same', text: '第四十三条 本规定自发布之日起施行。' },
            ],
          },
        ],
      }),
    ]);
    const { container } = render(<Revisions />);

    expect(await screen.findByText('……未改动 40 句……')).toBeTruthy();
    const removed = container.querySelector('.change-row__seg--removed');
    const added = container.querySelector('.change-row__seg--added');
    expect(removed?.textContent).toBe('删除第四十二条 十五个工作日内办结。');
    expect(added?.textContent).toBe('新增第四十二条 十个工作日内办结。');
    expect(screen.getByText('第四十一条 申请人应当如实填写。').className).toContain(
      'change-row__seg--same',
    );
    // The whole texts are not shown in blocks when the sentences say what changed.
    expect(screen.queryByText('修改前')).toBeNull();
  });

  test('says so when nothing has been published yet', async () => {
    jest.mocked(staff.listRevisions).mockResolvedValue([]);

    render(<Revisions />);

    expect(await screen.findByText('尚未发布过，暂无版本记录')).toBeTruthy();
  });
});
