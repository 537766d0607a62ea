import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Review from '../../src/packages/staff/pages/review/index';
import { ApiError } from '../../src/services/api-error';
import * as auth from '../../src/services/auth';
import * as staff from '../../src/services/staff';
import {
  documentDraft,
  DOCUMENT_ID,
  ITEM_ID,
  me,
  noticeDraft,
  qaDraft,
  workflowItem,
} from './fixtures';
import { byPlaceholder, pick, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/auth');
jest.mock('../../src/services/staff');

const useRouter = Taro.useRouter as unknown as jest.Mock;
const getWorkflowItem = jest.mocked(staff.getWorkflowItem);
const publishItem = jest.mocked(staff.publishItem);

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(auth, staff);
  useRouter.mockReturnValue({
    params: { id: ITEM_ID },
    path: '/packages/staff/pages/review/index',
  });
  jest.mocked(auth.fetchMe).mockResolvedValue(me());
  getWorkflowItem.mockResolvedValue(workflowItem());
});

describe('Review', () => {
  test("shows a new version's changes from the published one, a long text sentence by sentence", async () => {
    getWorkflowItem.mockResolvedValue(
      workflowItem({
        publishedVersion: 2,
        pendingChanges: [
          { field: 'title', label: '标题', before: '旧标题', after: '新标题' },
          {
            field: 'sections.background',
            label: '出台背景',
            before: '（全文）',
            after: '（全文）',
            segments: [
              { op: 'skipped', sentences: 12 },
              { op: 'removed', text: '十五个工作日内办结。' },
              { op: 'added', text: '十个工作日内办结。' },
            ],
          },
        ],
      }),
    );
    const { container } = render(<Review />);

    expect(await screen.findByText('与已发布的第 2 版相比')).toBeTruthy();
    expect(screen.getByText('旧标题', { selector: '.change-row__before' })).toBeTruthy();
    expect(screen.getByText('……未改动 12 句……')).toBeTruthy();
    expect(container.querySelector('.change-row__seg--removed')?.textContent).toBe(
      '删除十五个工作日内办结。',
    );
    expect(container.querySelector('.change-row__seg--added')?.textContent).toBe(
      '新增十个工作日内办结。',
    );
  });

  test('shows no comparison for a first version', async () => {
    render(<Review />);

    expect(await screen.findByText('关于政务公开考核方案的解读')).toBeTruthy();
    expect(screen.queryByText(/与已发布的第/)).toBeNull();
  });

  test('shows the draft, its editors and status, and the approve actions to a reviewer', async () => {
    render(<Review />);

    expect(await screen.findByText('关于政务公开考核方案的解读')).toBeTruthy();
    expect(screen.getByText('待审核')).toBeTruthy();
    expect(screen.getByText('王编辑')).toBeTruthy();
    expect(screen.getByText('2024-05-01 10:30')).toBeTruthy();
    // Every answer is open for the reviewer, as residents would read it.
    expect(screen.getByText('什么是五公开？')).toBeTruthy();
    expect(screen.getByText('决策、执行、管理、服务、结果公开。')).toBeTruthy();
    for (const action of ['立即发布', '定时发布', '退回修改', '版本记录'])
      expect(screen.getByText(action)).toBeTruthy();
  });

  test('shows a policy document and where residents will find it', async () => {
    getWorkflowItem.mockResolvedValue(workflowItem({ draft: documentDraft() }));
    render(<Review />);

    expect(await screen.findByText('第一条 为做好政务公开工作，制定本方案。')).toBeTruthy();
    expect(screen.getByText('上公发〔2023〕12号')).toBeTruthy();
    expect(screen.getAllByText('政策文件').length).toBeGreaterThan(0);
    expect(screen.getByText('政务公开')).toBeTruthy();
    expect(screen.queryByText(/发布后只在工作人员端留存/)).toBeNull();
    expect(screen.getByText('其他文件')).toBeTruthy();
  });

  test('shows a repealed document’s type and the date it was repealed', async () => {
    getWorkflowItem.mockResolvedValue(
      workflowItem({
        draft: documentDraft({
          documentType: 'normative',
          validity: 'repealed',
          repealedOn: '2025-09-30',
        }),
      }),
    );
    render(<Review />);

    expect(await screen.findByText('行政规范性文件')).toBeTruthy();
    expect(screen.getByText('2025-09-30')).toBeTruthy();
    expect(screen.getByText('废止或失效日期')).toBeTruthy();
  });

  test('warns that a document not proactively disclosed stays on the staff side', async () => {
    getWorkflowItem.mockResolvedValue(
      workflowItem({
        draft: documentDraft({
          disclosure: 'on_application',
          withholding: { ground: 'process_information', basis: '条例第十六条第二款' },
        }),
      }),
    );
    render(<Review />);

    expect(
      await screen.findByText('此文件为「依申请公开」，发布后只在工作人员端留存，群众看不到。'),
    ).toBeTruthy();
    expect(
      screen.getByText(
        '理由：属于四类过程性信息；依据：条例第十六条第二款（计入负面清单该类的数量）',
      ),
    ).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('立即发布')));

    expect(Taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: expect.stringContaining('只在工作人员端留存') }),
    );
  });

  test('shows an urgent notice and a Q&A with the documents it rests on', async () => {
    getWorkflowItem.mockResolvedValueOnce(workflowItem({ draft: noticeDraft() }));
    const { unmount } = render(<Review />);
    expect(await screen.findByText('2月9日20时至24时，人民路实行交通管制。')).toBeTruthy();
    expect(screen.getByText('紧急')).toBeTruthy();
    unmount();

    getWorkflowItem.mockResolvedValueOnce(
      workflowItem({ draft: qaDraft({ documentIds: [DOCUMENT_ID] }) }),
    );
    render(<Review />);
    expect(await screen.findByText('携带户口簿到户籍窗口办理。')).toBeTruthy();
    expect(screen.getByText(DOCUMENT_ID)).toBeTruthy();
  });

  test('hides the approve actions from a reviewer who edited the draft (four eyes)', async () => {
    jest
      .mocked(auth.fetchMe)
      .mockResolvedValue(me({ userId: 'u-editor', roles: ['editor', 'reviewer'] }));
    render(<Review />);

    expect(await screen.findByText('您编辑过此稿，不能审核本稿（四眼原则）')).toBeTruthy();
    expect(screen.queryByText('立即发布')).toBeNull();
    expect(screen.queryByText('退回修改')).toBeNull();
  });

  test('publishes after confirmation, then reloads the item and says so', async () => {
    publishItem.mockResolvedValue(workflowItem({ status: 'published', publishedVersion: 1 }));
    render(<Review />);
    const publish = await screen.findByText('立即发布');
    getWorkflowItem.mockResolvedValue(
      workflowItem({
        status: 'published',
        publishedVersion: 1,
        publishedAt: '2024-05-03T01:00:00.000Z',
      }),
    );

    await act(async () => fireEvent.click(publish));

    expect(Taro.showModal).toHaveBeenCalled();
    expect(publishItem).toHaveBeenCalledWith(ITEM_ID);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已发布' }));
    expect(await screen.findByText('第 1 版')).toBeTruthy();
    expect(screen.getByText('撤回')).toBeTruthy();
  });

  test('does not publish when the confirmation is cancelled', async () => {
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    render(<Review />);
    const publish = await screen.findByText('立即发布');

    await act(async () => fireEvent.click(publish));

    expect(Taro.showModal).toHaveBeenCalled();
    expect(publishItem).not.toHaveBeenCalled();
  });

  test("shows the server's refusal when it forbids the action", async () => {
    publishItem.mockRejectedValue(new ApiError('FORBIDDEN', '您编辑过此稿，不能审核本稿'));
    render(<Review />);
    const publish = await screen.findByText('立即发布');

    await act(async () => fireEvent.click(publish));

    expect(await screen.findByText('您编辑过此稿，不能审核本稿')).toBeTruthy();
  });

  test('requires a comment to return a draft, then returns it with the comment', async () => {
    jest.mocked(staff.returnDraft).mockResolvedValue(workflowItem({ status: 'returned' }));
    render(<Review />);
    fireEvent.click(await screen.findByText('退回修改'));

    await act(async () => fireEvent.click(screen.getByText('确认退回')));
    expect(screen.getByText('请填写退回意见')).toBeTruthy();
    expect(staff.returnDraft).not.toHaveBeenCalled();

    await typeInto(byPlaceholder('请写明需要修改的地方，编辑人员将看到此意见'), '请补充落实措施');
    await act(async () => fireEvent.click(screen.getByText('确认退回')));

    expect(staff.returnDraft).toHaveBeenCalledWith(ITEM_ID, '请补充落实措施');
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已退回修改' }));
    expect(screen.queryByText('确认退回')).toBeNull();
    expect(getWorkflowItem).toHaveBeenCalledTimes(2);
  });

  test('schedules publication at a time on a China clock, sent in UTC', async () => {
    publishItem.mockResolvedValue(workflowItem({ status: 'scheduled' }));
    const { container } = render(<Review />);
    fireEvent.click(await screen.findByText('定时发布'));
    const [datePicker, timePicker] = Array.from(
      container.querySelectorAll('.review__schedule taro-picker-core'),
    );

    pick(datePicker!, '2099-01-02');
    pick(timePicker!, '09:30');
    await act(async () => fireEvent.click(screen.getByText('确认定时发布')));

    expect(publishItem).toHaveBeenCalledWith(ITEM_ID, '2099-01-02T01:30:00.000Z');
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已设定时发布' }));
  });

  test('lets a reviewer withdraw a published item with a reason', async () => {
    getWorkflowItem.mockResolvedValue(workflowItem({ status: 'published', publishedVersion: 2 }));
    jest.mocked(staff.withdrawItem).mockResolvedValue(workflowItem({ status: 'withdrawn' }));
    render(<Review />);
    fireEvent.click(await screen.findByText('撤回'));

    await typeInto(byPlaceholder('请填写撤回原因'), '政策已废止');
    await act(async () => fireEvent.click(screen.getByText('确认撤回')));

    expect(staff.withdrawItem).toHaveBeenCalledWith(ITEM_ID, '政策已废止');
    expect(screen.queryByText('立即发布')).toBeNull();
  });

  test('opens the version history', async () => {
    render(<Review />);

    fireEvent.click(await screen.findByText('版本记录'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/staff/pages/revisions/index?id=${ITEM_ID}`,
    });
  });
});
