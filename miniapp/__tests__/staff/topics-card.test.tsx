import { act, fireEvent, render, screen } from '@testing-library/react';
import { BUILT_IN_TOPICS, customTopicKey } from '@sunshine/shared';
import StaffAdmin from '../../src/packages/staff/pages/staff-admin/index';
import * as content from '../../src/services/content';
import * as staff from '../../src/services/staff';
import { member } from './fixtures';
import { byPlaceholder, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/staff');

beforeEach(() => {
  jest.restoreAllMocks();
  resetMocksOf(staff);
  jest.mocked(staff.listStaff).mockResolvedValue([member()]);
  jest.spyOn(content, 'listTopics').mockResolvedValue(BUILT_IN_TOPICS);
});

describe('topics an admin adds', () => {
  test('adds 消防 to the topics residents browse guides by', async () => {
    const addTopic = jest
      .mocked(staff.addTopic)
      .mockResolvedValue({ key: customTopicKey('消防'), label: '消防', custom: true });
    render(<StaffAdmin />);
    await screen.findByText(`办事指南主题（${BUILT_IN_TOPICS.length}）`);

    await typeInto(byPlaceholder('主题名称，12 字以内'), '消防');
    await act(async () =>
      fireEvent.click(
        screen.getByText('新增主题', { selector: 'taro-button-core *, taro-button-core' }),
      ),
    );

    expect(addTopic).toHaveBeenCalledWith('消防');
    expect(await screen.findByText(`办事指南主题（${BUILT_IN_TOPICS.length + 1}）`)).toBeTruthy();
    expect(screen.getByText('消防')).toBeTruthy();
  });

  test('a name the schema refuses is explained and not sent', async () => {
    render(<StaffAdmin />);
    await screen.findByText(`办事指南主题（${BUILT_IN_TOPICS.length}）`);

    await typeInto(byPlaceholder('主题名称，12 字以内'), '消防,特警');
    await act(async () =>
      fireEvent.click(
        screen.getByText('新增主题', { selector: 'taro-button-core *, taro-button-core' }),
      ),
    );

    expect(screen.getByText('主题名称不能包含逗号、竖线或换行')).toBeTruthy();
    expect(staff.addTopic).not.toHaveBeenCalled();
  });
});
