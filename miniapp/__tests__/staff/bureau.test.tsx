import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import BureauPage from '../../src/packages/staff/pages/bureau/index';
import * as bureau from '../../src/services/bureau';
import { ApiError } from '../../src/services/api-error';
import { otherBureau } from '../bureau-fixture';
import { control, fieldBox, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/bureau');

const fetchBureau = jest.mocked(bureau.fetchBureau);
const saveBureau = jest.mocked(bureau.saveBureau);

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(bureau);
});

const text = () => document.body.textContent ?? '';
/** Whether the input inside a field's control is disabled (Taro's element says "false" as a string). */
const disabled = (field: string) =>
  (control(field).querySelector('input') as HTMLInputElement | null)?.disabled;
const save = () => act(async () => fireEvent.click(screen.getByText('保存机关信息')));

describe('机关信息', () => {
  test("shows the saved profile with an example 索引号; a saved office's id is fixed", async () => {
    fetchBureau.mockResolvedValue(otherBureau());

    render(<BureauPage />);

    expect(await screen.findByText('科室（2）')).toBeTruthy();
    expect(text()).toContain('更新日期：2026-03-05');
    expect(text()).toMatch(/示例：11341702486344515H\/\d{4}-00013/);
    expect(disabled('offices.1.id')).toBe(true);
    expect(disabled('offices.1.name')).toBe(false);
    expect(text()).not.toContain('移除此新增科室');
  });

  test('adds an office, renames one, and saves the whole profile over the version read', async () => {
    fetchBureau.mockResolvedValue(otherBureau());
    saveBureau.mockImplementation(async (input) => ({
      ...otherBureau(),
      ...input,
      updatedAt: '2026-04-01T02:00:00.000Z',
    }));
    render(<BureauPage />);
    await screen.findByText('科室（2）');

    await typeInto(control('offices.1.name'), '消防大队');
    await act(async () => fireEvent.click(screen.getByText('添加科室')));
    await typeInto(control('offices.2.id'), 'traffic');
    await typeInto(control('offices.2.name'), '交警大队');
    await typeInto(control('offices.2.address'), '平遥县北大街 2 号');
    await typeInto(control('offices.2.hours'), '工作日');
    await typeInto(control('offices.2.phone'), '0354-4444444');
    await save();

    const { updatedAt: _updatedAt, ...rest } = otherBureau();
    expect(saveBureau).toHaveBeenCalledWith({
      ...rest,
      offices: [
        rest.offices[0],
        { ...rest.offices[1], name: '消防大队' },
        {
          id: 'traffic',
          name: '交警大队',
          address: '平遥县北大街 2 号',
          hours: '工作日',
          phone: '0354-4444444',
        },
      ],
      previousUpdatedAt: '2026-03-04T16:30:00.000Z',
    });
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已保存', icon: 'success' });
    expect(text()).toContain('更新日期：2026-04-01');
    // Saved now: the new office's id is fixed too.
    expect(disabled('offices.2.id')).toBe(true);
  });

  test('checks the form with the shared schema: a bad credit code and an empty telephone are named', async () => {
    fetchBureau.mockResolvedValue(otherBureau());
    render(<BureauPage />);
    await screen.findByText('科室（2）');

    await typeInto(control('creditCode'), '11341702486344515J');
    await typeInto(control('offices.0.phone'), '');
    await save();

    expect(saveBureau).not.toHaveBeenCalled();
    expect(fieldBox('creditCode').textContent).toContain(
      '统一社会信用代码不正确：须为 18 位，末位校验码须符合 GB 32100-2015，请核对',
    );
    expect(fieldBox('offices.0.phone').textContent).toContain('第 1 个科室的电话不能为空');
  });

  test("a colleague's save in between is reported in the server's words", async () => {
    fetchBureau.mockResolvedValue(otherBureau());
    saveBureau.mockRejectedValue(new ApiError('CONFLICT', '机关信息已被他人修改，请刷新后再改'));
    render(<BureauPage />);
    await screen.findByText('科室（2）');

    await save();

    expect(screen.getByText('机关信息已被他人修改，请刷新后再改')).toBeTruthy();
  });

  test('before the first save the form is empty and says why it matters', async () => {
    fetchBureau.mockResolvedValue(undefined);

    render(<BureauPage />);

    expect(await screen.findByText('尚未录入机关信息')).toBeTruthy();
    expect(screen.getByText('科室（1）')).toBeTruthy();
    expect(screen.getByText('移除此新增科室')).toBeTruthy();
    // Taro's input renders its inner <input> a moment later: on a busy machine it was not there yet.
    await waitFor(() => expect(disabled('offices.0.id')).toBe(false));
  });
});
