import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Editor from '../../src/packages/staff/pages/editor/index';
import { ApiError } from '../../src/services/api-error';
import * as staff from '../../src/services/staff';
import * as search from '../../src/services/search';
import { fillCatalogue } from './fill-draft';
import { draft, DOCUMENT_ID, ITEM_ID, workflowItem } from './fixtures';
import { byPlaceholder, control, fieldBox, pick, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/staff');
jest.mock('../../src/services/search');

const useRouter = Taro.useRouter as unknown as jest.Mock;
const createDraft = jest.mocked(staff.createDraft);
const updateDraft = jest.mocked(staff.updateDraft);

/** Fill every required field (leaving the optional document number blank); returns what should be sent. */
async function fillValidDraft() {
  const value = draft({ qa: [] });
  await fillCatalogue(value);
  await typeInto(control('summary'), value.summary);
  await typeInto(control('document.title'), value.document.title);
  await typeInto(control('document.issuer'), value.document.issuer);
  pick(control('document.issuedAt'), value.document.issuedAt);
  for (const key of ['background', 'keyPoints', 'highlights', 'measures'] as const)
    await typeInto(control(`sections.${key}`), value.sections[key]);
  const { number, ...documentWithoutNumber } = value.document;
  return { ...value, document: documentWithoutNumber };
}

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(staff, search);
  useRouter.mockReturnValue({ params: {}, path: '/packages/staff/pages/editor/index' });
});

describe('Editor', () => {
  test('opens an interpretation when no kind is asked for, and shows each problem of the empty form under its field', async () => {
    render(<Editor />);
    expect(screen.getByText('政策解读')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByText('保存草稿')));

    expect(within(fieldBox('title')).getByText('标题不能为空')).toBeTruthy();
    expect(within(fieldBox('document.title')).getByText('文件标题不能为空')).toBeTruthy();
    expect(within(fieldBox('document.issuedAt')).getByText('成文日期须为 YYYY-MM-DD')).toBeTruthy();
    expect(within(fieldBox('sections.background')).getByText('出台背景不能为空')).toBeTruthy();
    expect(within(fieldBox('category')).getByRole('alert')).toBeTruthy();
    expect(within(fieldBox('office')).getByText('请选择科室')).toBeTruthy();
    expect(within(fieldBox('topic')).getByText('请选择主题')).toBeTruthy();
    expect(createDraft).not.toHaveBeenCalled();
  });

  test('checks each Q&A pair too, naming the pair', async () => {
    render(<Editor />);
    fireEvent.click(screen.getByText('＋ 添加问答'));
    await typeInto(control('qa.0.question'), '什么是五公开？');

    await act(async () => fireEvent.click(screen.getByText('保存草稿')));

    expect(within(fieldBox('qa.0.answer')).getByText('回答不能为空')).toBeTruthy();
    expect(within(fieldBox('qa.0.question')).queryByRole('alert')).toBeNull();
  });

  test('saves a valid new draft and moves to its own address', async () => {
    createDraft.mockResolvedValue(workflowItem({ status: 'draft' }));
    render(<Editor />);
    const expected = await fillValidDraft();

    await act(async () => fireEvent.click(screen.getByText('保存草稿')));

    expect(createDraft).toHaveBeenCalledWith(expected);
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: `/packages/staff/pages/editor/index?id=${ITEM_ID}`,
    });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' }));
  });

  test('shows a problem the server found under the field it names', async () => {
    useRouter.mockReturnValue({
      params: { id: ITEM_ID },
      path: '/packages/staff/pages/editor/index',
    });
    jest.mocked(staff.getWorkflowItem).mockResolvedValue(workflowItem({ status: 'draft' }));
    updateDraft.mockRejectedValue(
      new ApiError('VALIDATION_FAILED', '请求参数有误，请检查后重试', 400, [
        { field: 'sections.background', message: '出台背景须说明制定依据' },
      ]),
    );
    render(<Editor />);
    await screen.findByText('保存草稿');

    await act(async () => fireEvent.click(screen.getByText('保存草稿')));

    expect(updateDraft).toHaveBeenCalledWith(ITEM_ID, draft());
    expect(
      within(fieldBox('sections.background')).getByText('出台背景须说明制定依据'),
    ).toBeTruthy();
    expect(screen.getByText('请求参数有误，请检查后重试')).toBeTruthy();
  });

  test("shows the reviewer's comment on a returned draft, then saves and submits it", async () => {
    useRouter.mockReturnValue({
      params: { id: ITEM_ID },
      path: '/packages/staff/pages/editor/index',
    });
    const returned = workflowItem({
      status: 'returned',
      review: {
        by: { userId: 'u-reviewer', displayName: '李审核' },
        at: '2024-05-02T01:00:00.000Z',
        comment: '请补充落实措施',
      },
    });
    jest.mocked(staff.getWorkflowItem).mockResolvedValue(returned);
    updateDraft.mockResolvedValue({ ...returned, status: 'draft' });
    jest.mocked(staff.submitForReview).mockResolvedValue({ ...returned, status: 'in_review' });
    render(<Editor />);

    expect(await screen.findByText('审核意见：请补充落实措施')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('提交审核')));

    expect(updateDraft).toHaveBeenCalledWith(ITEM_ID, draft());
    expect(staff.submitForReview).toHaveBeenCalledWith(ITEM_ID);
    expect(Taro.navigateBack).toHaveBeenCalled();
  });

  test("links a published document found by search, taking its title as the source's", async () => {
    jest.mocked(search.searchContent).mockResolvedValue({
      hits: [
        {
          type: 'document',
          id: DOCUMENT_ID,
          title: '政务公开工作考核方案',
          category: 'decision',
          snippet: '',
          snippetHighlights: [],
          titleHighlights: [],
        },
      ],
    });
    createDraft.mockResolvedValue(workflowItem({ status: 'draft' }));
    render(<Editor />);
    const expected = await fillValidDraft();
    await typeInto(control('document.title'), '');

    await typeInto(byPlaceholder('输入标题关键词搜索政策文件'), '考核');
    await act(async () => fireEvent.click(screen.getByText('搜索')));
    fireEvent.click(await screen.findByText('政务公开工作考核方案'));
    await act(async () => fireEvent.click(screen.getByText('保存草稿')));

    expect(search.searchContent).toHaveBeenCalledWith(
      '考核',
      expect.objectContaining({ type: 'document' }),
    );
    expect(within(fieldBox('documentId')).getByText(`文件编号 ${DOCUMENT_ID}`)).toBeTruthy();
    expect(createDraft).toHaveBeenCalledWith({
      ...expected,
      documentId: DOCUMENT_ID,
      document: { ...expected.document, title: '政务公开工作考核方案' },
    });
  });

  test('keeps the linked document of a saved interpretation', async () => {
    useRouter.mockReturnValue({
      params: { id: ITEM_ID },
      path: '/packages/staff/pages/editor/index',
    });
    jest
      .mocked(staff.getWorkflowItem)
      .mockResolvedValue(
        workflowItem({ status: 'draft', draft: draft({ documentId: DOCUMENT_ID }) }),
      );
    updateDraft.mockResolvedValue(workflowItem({ status: 'draft' }));
    render(<Editor />);
    await screen.findByText('保存草稿');

    await act(async () => fireEvent.click(screen.getByText('保存草稿')));

    expect(updateDraft).toHaveBeenCalledWith(ITEM_ID, draft({ documentId: DOCUMENT_ID }));
  });

  test('locks the form while the draft is in review and says why', async () => {
    useRouter.mockReturnValue({
      params: { id: ITEM_ID },
      path: '/packages/staff/pages/editor/index',
    });
    jest.mocked(staff.getWorkflowItem).mockResolvedValue(workflowItem({ status: 'in_review' }));
    render(<Editor />);

    expect(await screen.findByText(/稿件正在审核中，暂不能修改/)).toBeTruthy();
    expect(screen.queryByText('保存草稿')).toBeNull();
    expect(screen.queryByText('提交审核')).toBeNull();
  });
});
