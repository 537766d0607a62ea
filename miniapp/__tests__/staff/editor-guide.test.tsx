import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { GuideDraftSchema, validate, type GuideDraft } from '@sunshine/shared';
import Editor from '../../src/packages/staff/pages/editor/index';
import * as search from '../../src/services/search';
import * as staff from '../../src/services/staff';
import { fillGuide } from './fill-guide';
import { DOCUMENT_ID, guideDraft, ITEM_ID, workflowItem } from './fixtures';
import { control, fieldBox, pick, resetMocksOf, toggle, typeInto } from './interact';

jest.mock('../../src/services/staff');
jest.mock('../../src/services/search');

const useRouter = Taro.useRouter as unknown as jest.Mock;
const createDraft = jest.mocked(staff.createDraft);
const updateDraft = jest.mocked(staff.updateDraft);

const openNew = () =>
  useRouter.mockReturnValue({
    params: { kind: 'guide' },
    path: '/packages/staff/pages/editor/index',
  });
const save = () => act(async () => fireEvent.click(screen.getByText('保存草稿')));

/** What the schema makes of a guide: what the editor must send. */
function schemaOutput(value: GuideDraft): GuideDraft {
  const result = validate(GuideDraftSchema, value);
  if (!result.ok) throw new Error(`fixture is not a valid guide: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Open a saved guide and wait for its form. */
async function openSaved(saved: GuideDraft) {
  useRouter.mockReturnValue({
    params: { id: ITEM_ID },
    path: '/packages/staff/pages/editor/index',
  });
  jest
    .mocked(staff.getWorkflowItem)
    .mockResolvedValue(workflowItem({ status: 'draft', draft: saved }));
  updateDraft.mockResolvedValue(workflowItem({ status: 'draft', draft: saved }));
  render(<Editor />);
  await screen.findByText('保存草稿');
}

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(staff, search);
  createDraft.mockResolvedValue(workflowItem({ status: 'draft' }));
});

describe('Editor of a service guide', () => {
  test('starts in 服务公开 and shows a missing short version under its field, sending nothing', async () => {
    openNew();
    render(<Editor />);
    expect(screen.getByText('办事指南')).toBeTruthy();
    expect(within(fieldBox('category')).getByText('服务公开')).toBeTruthy();

    await fillGuide(guideDraft({ short: '', materials: [] }));
    await save();

    expect(within(fieldBox('short')).getByText('简版指南不能为空')).toBeTruthy();
    // The only problem: a service may need no materials at all.
    expect(screen.getByText('有 1 处需要修改，请按标红的提示修改后再保存。')).toBeTruthy();
    expect(createDraft).not.toHaveBeenCalled();
  });

  test('sends a complete guide exactly as the schema reads it', async () => {
    openNew();
    render(<Editor />);
    const value = guideDraft({
      location: { latitude: 36.0519, longitude: 113.0575 },
      onlineUrl: 'https://zwfw.example.gov.cn/sfz',
      faq: [{ question: '可以异地换领吗？', answer: '可以，到任一户籍窗口办理。' }],
      documentIds: [DOCUMENT_ID],
    });

    await fillGuide(value);
    await save();

    expect(createDraft).toHaveBeenCalledWith(schemaOutput(value));
  });

  test('sends a free guide and no map location when none is typed', async () => {
    openNew();
    render(<Editor />);
    const value = guideDraft({ fee: { free: true } });
    await fillGuide(value);

    // Typed, then switched off again: the texts stay in the form but are not sent.
    toggle(control('fee.free'), true);
    await typeInto(control('fee.amount'), '每证 20 元');
    toggle(control('fee.free'), false);
    await save();

    expect(createDraft).toHaveBeenCalledWith(schemaOutput(value));
    expect(createDraft.mock.calls[0]?.[0]).not.toHaveProperty('location');
    expect(createDraft.mock.calls[0]?.[0]).not.toHaveProperty('onlineUrl');
  });

  test("shows the schema's message under 承诺办结时限 when it is longer than the statutory limit", async () => {
    openNew();
    render(<Editor />);
    await fillGuide(guideDraft({ statutoryDays: 20, promisedDays: 30 }));

    await save();

    expect(
      within(fieldBox('promisedDays')).getByText('承诺办结时限不能长于法定办结时限'),
    ).toBeTruthy();
    expect(within(fieldBox('statutoryDays')).queryByRole('alert')).toBeNull();
    expect(createDraft).not.toHaveBeenCalled();
  });

  test('asks for office days and both times of a span under them, and a span that ends after it starts', async () => {
    openNew();
    render(<Editor />);
    await fillGuide(
      guideDraft({ hours: { days: [], spans: [{ start: '', end: '' }], notes: '' } }),
    );

    await save();
    expect(within(fieldBox('hours.days')).getByText('请选择办公日')).toBeTruthy();
    expect(within(fieldBox('hours.spans.0.start')).getByText('请填写开始时间')).toBeTruthy();
    expect(within(fieldBox('hours.spans.0.end')).getByText('请填写结束时间')).toBeTruthy();

    pick(control('hours.spans.0.start'), '17:30');
    pick(control('hours.spans.0.end'), '08:30');
    await save();

    // Under the span only, not repeated above the buttons.
    expect(screen.getAllByText('结束时间须晚于开始时间')).toHaveLength(1);
    expect(createDraft).not.toHaveBeenCalled();
  });

  test('reloads a saved guide into the form and sends it back unchanged', async () => {
    const saved = guideDraft({
      location: { latitude: 36.0519, longitude: 113.0575 },
      onlineUrl: 'https://zwfw.example.gov.cn/sfz',
      hours: {
        days: [1, 2, 3, 4, 5, 6],
        spans: [{ start: '09:00', end: '12:00' }],
        notes: '法定节假日除外',
      },
      faq: [{ question: '可以异地换领吗？', answer: '可以。' }],
      documentIds: [DOCUMENT_ID],
    });
    await openSaved(saved);

    await save();

    expect(fieldBox('short')).toBeTruthy();
    expect(updateDraft).toHaveBeenCalledWith(ITEM_ID, saved);
  });

  test('moves a material up the list', async () => {
    const saved = guideDraft();
    await openSaved(saved);

    // Materials come before the steps: the first 上移 is the second material's.
    fireEvent.click(screen.getAllByText('上移')[0]!);
    await save();

    expect(updateDraft).toHaveBeenCalledWith(ITEM_ID, {
      ...saved,
      materials: [...saved.materials].reverse(),
    });
  });
});
