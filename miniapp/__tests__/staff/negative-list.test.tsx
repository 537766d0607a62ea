import { act, fireEvent, render, screen, within } from '@testing-library/react';
import {
  WITHHOLDING_GROUND_RULES,
  WITHHOLDING_GROUNDS,
  type StaffNegativeListView,
} from '@sunshine/shared';
import NegativeListAdmin from '../../src/packages/staff/pages/negative-list/index';
import { chinaDate } from '../../src/packages/staff/components/format-time';
import { ApiError } from '../../src/services/api-error';
import * as staff from '../../src/services/staff';
import { control, fieldBox, pick, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/staff');

const getStaffNegativeList = jest.mocked(staff.getStaffNegativeList);
const recordNegativeListReview = jest.mocked(staff.recordNegativeListReview);

const view = (overrides: Partial<StaffNegativeListView> = {}): StaffNegativeListView => ({
  grounds: WITHHOLDING_GROUNDS.map((ground) => ({
    ground,
    ...WITHHOLDING_GROUND_RULES[ground],
    count: ground === 'internal_affairs' ? 2 : 0,
  })),
  reviews: [],
  ...overrides,
});

const REVIEW = {
  id: '01HTESTREV0000000000000001',
  reviewedOn: '2026-03-01',
  note: '逐类复核，无调整',
  remarks: { third_party: '本年无新增' },
  by: '陈管理',
  at: '2026-03-01T02:00:00.000Z',
};

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(staff);
  getStaffNegativeList.mockResolvedValue(view());
});

const record = () => act(async () => fireEvent.click(screen.getByText('记录本次复核')));

describe('负面清单 (staff)', () => {
  test('shows each ground’s count, the review dates and the reviews recorded', async () => {
    getStaffNegativeList.mockResolvedValue(
      view({ lastReviewedOn: '2026-03-01', nextReviewDueOn: '2027-03-01', reviews: [REVIEW] }),
    );
    render(<NegativeListAdmin />);

    expect(
      await screen.findByText('上次复核：2026-03-01；下次应于 2027-03-01 前复核'),
    ).toBeTruthy();
    expect(screen.getByText('2 件')).toBeTruthy();
    expect(screen.getByText('2026-03-01 · 陈管理')).toBeTruthy();
    expect(screen.getByText('保护第三方合法权益：本年无新增')).toBeTruthy();
  });

  test('records a review dated today by default, with a remark on one ground, and shows it', async () => {
    recordNegativeListReview.mockResolvedValue(
      view({
        lastReviewedOn: chinaDate(),
        nextReviewDueOn: '2099-01-01',
        reviews: [{ ...REVIEW, reviewedOn: chinaDate(), note: '本年复核' }],
      }),
    );
    render(<NegativeListAdmin />);
    await screen.findByText('尚无复核记录');

    await record();
    expect(within(fieldBox('note')).getByText('复核说明不能为空')).toBeTruthy();
    expect(recordNegativeListReview).not.toHaveBeenCalled();

    await typeInto(control('note'), '本年复核');
    await typeInto(control('remarks.third_party'), '本年无新增');
    await record();

    expect(recordNegativeListReview).toHaveBeenCalledWith({
      reviewedOn: chinaDate(),
      note: '本年复核',
      remarks: { third_party: '本年无新增' },
    });
    expect(await screen.findByText('本年复核')).toBeTruthy();
  });

  test('shows the server’s refusal of a date before the last review', async () => {
    recordNegativeListReview.mockRejectedValue(
      new ApiError('CONFLICT', '已有更晚的复核记录，复核日期不能早于上次复核'),
    );
    render(<NegativeListAdmin />);
    await screen.findByText('尚无复核记录');

    pick(control('reviewedOn'), '2025-01-01');
    await typeInto(control('note'), '补记');
    await record();

    expect(recordNegativeListReview).toHaveBeenCalledWith(
      expect.objectContaining({ reviewedOn: '2025-01-01' }),
    );
    expect(screen.getByText('已有更晚的复核记录，复核日期不能早于上次复核')).toBeTruthy();
  });
});
