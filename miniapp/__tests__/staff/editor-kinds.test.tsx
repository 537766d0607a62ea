import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import {
  DISCLOSURES,
  DOCUMENT_TYPES,
  VALIDITIES,
  WITHHOLDING_GROUND_RULES,
  WITHHOLDING_GROUNDS,
} from '@sunshine/shared';
import Editor from '../../src/packages/staff/pages/editor/index';
import * as search from '../../src/services/search';
import * as staff from '../../src/services/staff';
import { fillCatalogue } from './fill-draft';
import {
  documentDraft,
  DOCUMENT_ID,
  ITEM_ID,
  noticeDraft,
  qaDraft,
  workflowItem,
} from './fixtures';
import { byPlaceholder, control, fieldBox, pick, resetMocksOf, toggle, typeInto } from './interact';

jest.mock('../../src/services/staff');
jest.mock('../../src/services/search');

const useRouter = Taro.useRouter as unknown as jest.Mock;
const createDraft = jest.mocked(staff.createDraft);
const updateDraft = jest.mocked(staff.updateDraft);

const openNew = (kind: string) =>
  useRouter.mockReturnValue({ params: { kind }, path: '/packages/staff/pages/editor/index' });
const openSaved = () =>
  useRouter.mockReturnValue({
    params: { id: ITEM_ID },
    path: '/packages/staff/pages/editor/index',
  });
const save = () => act(async () => fireEvent.click(screen.getByText('保存草稿')));

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(staff, search);
  createDraft.mockResolvedValue(workflowItem({ status: 'draft' }));
});

describe('Editor of a policy document', () => {
  /** Everything a document needs but its body; the number and date in force are left blank. */
  async function fillAllButBody() {
    const value = documentDraft();
    await fillCatalogue(value);
    await typeInto(control('summary'), value.summary);
    pick(control('documentType'), DOCUMENT_TYPES.indexOf(value.documentType));
    pick(control('issuedAt'), value.issuedAt);
    pick(control('validity'), VALIDITIES.indexOf(value.validity));
    pick(control('disclosure'), DISCLOSURES.indexOf(value.disclosure));
    const { number, ...withoutNumber } = value;
    return withoutNumber;
  }

  test('shows the empty body under its field, then sends a document without the blank optional fields', async () => {
    openNew('document');
    render(<Editor />);
    expect(screen.getByText('政策文件')).toBeTruthy();
    const expected = await fillAllButBody();

    await save();
    expect(within(fieldBox('body')).getByText('正文不能为空')).toBeTruthy();
    expect(within(fieldBox('summary')).queryByRole('alert')).toBeNull();
    expect(createDraft).not.toHaveBeenCalled();

    await typeInto(control('body'), expected.body);
    await save();

    expect(createDraft).toHaveBeenCalledWith(expected);
    expect(createDraft.mock.calls[0]?.[0]).toMatchObject({ kind: 'document' });
    expect(createDraft.mock.calls[0]?.[0]).not.toHaveProperty('effectiveAt');
  });

  test('asks for the disclosure attribute instead of assuming one', async () => {
    openNew('document');
    render(<Editor />);

    await save();

    expect(within(fieldBox('disclosure')).getByText('请选择公开属性')).toBeTruthy();
    expect(within(fieldBox('issuedAt')).getByText('成文日期须为 YYYY-MM-DD')).toBeTruthy();
  });

  test("checks each attachment's link under it and sends the attachments", async () => {
    openNew('document');
    render(<Editor />);
    const expected = await fillAllButBody();
    await typeInto(control('body'), expected.body);
    fireEvent.click(screen.getByText('＋ 添加附件'));
    await typeInto(control('attachments.0.name'), '考核细则.pdf');
    await typeInto(control('attachments.0.url'), 'http://example.gov.cn/a.pdf');

    await save();
    expect(
      within(fieldBox('attachments.0.url')).getByText('附件链接须以 https:// 开头'),
    ).toBeTruthy();
    expect(createDraft).not.toHaveBeenCalled();

    await typeInto(control('attachments.0.url'), 'https://example.gov.cn/a.pdf');
    await save();

    expect(createDraft).toHaveBeenCalledWith({
      ...expected,
      attachments: [{ name: '考核细则.pdf', url: 'https://example.gov.cn/a.pdf' }],
    });
  });

  test('asks a withheld document for its ground, prefills the basis from it, and sends both', async () => {
    openNew('document');
    render(<Editor />);
    const expected = await fillAllButBody();
    await typeInto(control('body'), expected.body);
    pick(control('disclosure'), DISCLOSURES.indexOf('not_disclosed'));

    await save();
    expect(
      within(fieldBox('withholding.ground')).getByText('请选择不予主动公开的理由'),
    ).toBeTruthy();
    expect(createDraft).not.toHaveBeenCalled();

    pick(control('withholding.ground'), WITHHOLDING_GROUNDS.indexOf('internal_affairs'));
    await save();

    expect(createDraft).toHaveBeenCalledWith({
      ...expected,
      disclosure: 'not_disclosed',
      withholding: {
        ground: 'internal_affairs',
        basis: WITHHOLDING_GROUND_RULES.internal_affairs.basis,
      },
    });
  });

  test('asks a repealed document for the date it was repealed', async () => {
    openNew('document');
    render(<Editor />);
    const expected = await fillAllButBody();
    await typeInto(control('body'), expected.body);
    expect(screen.queryByText('废止或失效日期')).toBeNull();
    pick(control('validity'), VALIDITIES.indexOf('repealed'));

    await save();
    expect(
      within(fieldBox('repealedOn')).getByText('已废止或已失效的文件须填写废止或失效日期'),
    ).toBeTruthy();

    pick(control('repealedOn'), '2024-06-30');
    await save();

    expect(createDraft).toHaveBeenCalledWith({
      ...expected,
      validity: 'repealed',
      repealedOn: '2024-06-30',
    });
  });

  test('edits a saved document in the document form, as it was', async () => {
    openSaved();
    const saved = documentDraft({
      effectiveAt: '2023-06-01',
      attachments: [{ name: '细则.pdf', url: 'https://example.gov.cn/b.pdf' }],
    });
    jest
      .mocked(staff.getWorkflowItem)
      .mockResolvedValue(workflowItem({ status: 'draft', draft: saved }));
    updateDraft.mockResolvedValue(workflowItem({ status: 'draft', draft: saved }));
    render(<Editor />);
    await screen.findByText('保存草稿');

    await save();

    expect(fieldBox('body')).toBeTruthy();
    expect(updateDraft).toHaveBeenCalledWith(ITEM_ID, saved);
  });
});

describe('Editor of an authoritative notice', () => {
  test('sends an urgent notice', async () => {
    openNew('notice');
    render(<Editor />);
    const value = noticeDraft({ urgent: true });
    await fillCatalogue(value);
    await typeInto(control('body'), value.body);

    toggle(control('urgent'), true);
    await save();

    expect(screen.getByText('紧急发布')).toBeTruthy();
    expect(createDraft).toHaveBeenCalledWith(value);
  });

  test('sends a notice that is not urgent unless switched on, and requires its body', async () => {
    openNew('notice');
    render(<Editor />);
    const value = noticeDraft({ urgent: false });
    await fillCatalogue(value);

    await save();
    expect(within(fieldBox('body')).getByText('正文不能为空')).toBeTruthy();

    await typeInto(control('body'), value.body);
    await save();

    expect(createDraft).toHaveBeenCalledWith(value);
  });
});

describe('Editor of a policy Q&A', () => {
  test('sends the question as the title, tags typed on one line, and documents found by search', async () => {
    openNew('qa');
    jest.mocked(search.searchContent).mockResolvedValue({
      hits: [
        {
          type: 'document',
          id: DOCUMENT_ID,
          title: '居民身份证办理规定',
          category: 'service',
          snippet: '',
          snippetHighlights: [],
          titleHighlights: [],
        },
      ],
    });
    render(<Editor />);
    const value = qaDraft({ tags: ['身份证', '补办'], documentIds: [DOCUMENT_ID] });
    await fillCatalogue(value);
    await typeInto(control('answer'), value.answer);
    await typeInto(control('tags'), ' 身份证，补办 ');

    await typeInto(byPlaceholder('输入标题关键词搜索政策文件'), '身份证');
    await act(async () => fireEvent.click(within(fieldBox('documentIds')).getByText('搜索')));
    fireEvent.click(await screen.findByText('居民身份证办理规定'));
    await save();

    expect(createDraft).toHaveBeenCalledWith(value);
  });

  test('names the tag that is too long and a malformed document number under their fields', async () => {
    openNew('qa');
    render(<Editor />);
    const value = qaDraft();
    await fillCatalogue(value);
    await typeInto(control('answer'), value.answer);
    await typeInto(control('tags'), '身份证 这是一个超过十二个字的很长很长的标签');

    await typeInto(
      fieldBox('documentIds').querySelector('taro-input-core[placeholder="或填写文件编号"]')!,
      'not-an-id',
    );
    fireEvent.click(within(fieldBox('documentIds')).getByText('关联'));
    await save();

    expect(
      within(fieldBox('tags')).getByText(
        '「这是一个超过十二个字的很长很长的标签」每个标签不能超过 12 字',
      ),
    ).toBeTruthy();
    expect(within(fieldBox('documentIds')).getByText('编号格式不正确')).toBeTruthy();
    expect(createDraft).not.toHaveBeenCalled();
  });

  test('links the service guides it is about, found by searching guides only', async () => {
    openNew('qa');
    const GUIDE_ID = '01HTESTGXDE000000000000001';
    jest.mocked(search.searchContent).mockResolvedValue({
      hits: [
        {
          type: 'guide',
          id: GUIDE_ID,
          title: '居民身份证补领',
          category: 'service',
          snippet: '',
          snippetHighlights: [],
          titleHighlights: [],
        },
      ],
    });
    render(<Editor />);
    const value = qaDraft({ guideIds: [GUIDE_ID] });
    await fillCatalogue(value);
    await typeInto(control('answer'), value.answer);
    await typeInto(control('tags'), value.tags.join(' '));

    await typeInto(byPlaceholder('输入标题关键词搜索办事指南'), '身份证');
    await act(async () => fireEvent.click(within(fieldBox('guideIds')).getByText('搜索')));
    fireEvent.click(await screen.findByText('居民身份证补领'));
    await save();

    expect(search.searchContent).toHaveBeenCalledWith('身份证', { type: 'guide', limit: 10 });
    expect(createDraft).toHaveBeenCalledWith(value);
  });
});
