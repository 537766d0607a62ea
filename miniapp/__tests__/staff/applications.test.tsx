import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { StaffApplicationView } from '@sunshine/shared';
import StaffApplications from '../../src/packages/staff/pages/applications/index';
import { ApiError } from '../../src/services/api-error';
import * as auth from '../../src/services/auth';
import * as staff from '../../src/services/staff';
import { control, pick, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/auth');
jest.mock('../../src/services/staff');

const listApplicationQueue = jest.mocked(staff.listApplicationQueue);
const recordApplicationEvent = jest.mocked(staff.recordApplicationEvent);

/** 10:00 on 6 May 2024 in China. */
const NOW = Date.parse('2024-05-06T02:00:00.000Z');

const aCase = (n: number, overrides: Partial<StaffApplicationView> = {}): StaffApplicationView => ({
  id: `01HTEST0000000000000000A0${n}`,
  status: 'received',
  receivedAt: '2024-04-01T02:00:00.000Z',
  dueOn: '2024-05-20',
  dueApproximate: false,
  description: `申请 ${n}：某年统计数据`,
  purpose: '',
  delivery: { form: 'paper', method: 'pickup' },
  corrections: [],
  version: 1,
  applicantCategory: 'natural_person',
  applicant: { type: 'person', name: `申请人${n}`, legalRepresentative: '', contactPerson: '' },
  identity: { type: 'resident_id', masked: '1*************002X' },
  contact: { phone: '13912345678', address: '', postcode: '', email: '' },
  heldForCheck: false,
  events: [{ type: 'received', on: '2024-04-01', at: '2024-04-01T02:00:00.000Z' }],
  erased: false,
  ...overrides,
});

const cardOf = (n: number) =>
  screen.getByText(`申请 ${n}：某年统计数据`).closest('.staff-card') as HTMLElement;

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(auth, staff);
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});

afterEach(() => jest.restoreAllMocks());

describe('StaffApplications', () => {
  test('flags the overdue and those due within three days, and shows only the masked number', async () => {
    listApplicationQueue.mockResolvedValue([
      aCase(1, { dueOn: '2024-05-05' }),
      aCase(2, { dueOn: '2024-05-08' }),
      aCase(3),
      aCase(4, { status: 'awaiting_correction', dueOn: undefined, stoppedSince: '2024-04-10' }),
    ]);

    render(<StaffApplications />);
    await screen.findByText('申请 1：某年统计数据');

    expect(within(cardOf(1)).getByText('已超期')).toBeTruthy();
    expect(within(cardOf(2)).getByText('即将到期')).toBeTruthy();
    expect(within(cardOf(3)).queryByText(/已超期|即将到期/)).toBeNull();
    expect(within(cardOf(4)).getByText('2024-04-10 起暂停计时')).toBeTruthy();
    expect(within(cardOf(1)).getByText('申请人1 · 1*************002X')).toBeTruthy();
  });

  test('offers the steps the case allows and shows a colleague’s conflict in words', async () => {
    listApplicationQueue.mockResolvedValue([
      aCase(1, {
        events: [
          ...aCase(1).events,
          { type: 'extended', on: '2024-04-02', at: '', days: 5, reason: '档案多', by: '赵' },
        ],
      }),
    ]);
    recordApplicationEvent.mockRejectedValue(
      new ApiError('CONFLICT', '该申请已被他人处理，请刷新后查看最新状态', 409),
    );
    render(<StaffApplications />);
    await screen.findByText('申请 1：某年统计数据');
    fireEvent.click(screen.getByText('展开办理'));

    expect(within(cardOf(1)).queryByText('延长答复期限')).toBeNull();
    fireEvent.click(within(cardOf(1)).getByText('要求补正'));
    await typeInto(cardOf(1).querySelector('taro-textarea-core')!, '请写明月份');
    await act(async () => fireEvent.click(screen.getByText('确认要求补正')));

    expect(recordApplicationEvent).toHaveBeenCalledWith(aCase(1).id, {
      action: 'request_correction',
      version: 1,
      text: '请写明月份',
    });
    expect(await screen.findByText('该申请已被他人处理，请刷新后查看最新状态')).toBeTruthy();
  });

  test('a reply names a row of the report by its group, with the basis prefilled and editable', async () => {
    listApplicationQueue.mockResolvedValue([aCase(1)]);
    recordApplicationEvent.mockResolvedValue(aCase(1, { status: 'replied', version: 2 }));
    render(<StaffApplications />);
    await screen.findByText('申请 1：某年统计数据');
    fireEvent.click(screen.getByText('展开办理'));
    fireEvent.click(within(cardOf(1)).getByText('答复'));

    pick(control('outcome'), 2); // （三）不予公开
    pick(document.querySelectorAll('[data-field="outcome"] taro-picker-core')[1]!, 5);
    expect(control('basis').getAttribute('value')).toBe(
      '《中华人民共和国政府信息公开条例》第十六条第二款',
    );
    await typeInto(
      control('basis'),
      '《中华人民共和国政府信息公开条例》第十六条第二款（讨论记录）',
    );
    await typeInto(control('text'), '所申请信息属于过程性信息，不予公开。');
    await typeInto(control('detail'), '系内部讨论记录');
    // The same words the server will add (no profile read here: the bodies the law gives).
    expect(screen.getByText('答复将告知救济途径')).toBeTruthy();
    expect(screen.getByText(/向本机关的本级人民政府或者上一级主管部门申请行政复议/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('确认答复')));

    expect(recordApplicationEvent).toHaveBeenCalledWith(aCase(1).id, {
      action: 'reply',
      version: 1,
      outcome: 'withheld_process_information',
      basis: '《中华人民共和国政府信息公开条例》第十六条第二款（讨论记录）',
      alreadyPublic: false,
      text: '所申请信息属于过程性信息，不予公开。',
      detail: '系内部讨论记录',
    });
  });

  test('a fee notice shows the amount from the tiers as it is typed and sends the method and quantity', async () => {
    listApplicationQueue.mockResolvedValue([aCase(1)]);
    recordApplicationEvent.mockResolvedValue(aCase(1, { status: 'awaiting_fee', version: 2 }));
    render(<StaffApplications />);
    await screen.findByText('申请 1：某年统计数据');
    fireEvent.click(screen.getByText('展开办理'));
    fireEvent.click(within(cardOf(1)).getByText('发出收费通知'));

    pick(control('method'), 1); // 按量计收
    await typeInto(control('quantity'), '150');

    expect(screen.getByText('应缴 1700 元')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('确认发出收费通知')));
    expect(recordApplicationEvent).toHaveBeenCalledWith(aCase(1).id, {
      action: 'notify_fee',
      version: 1,
      method: 'by_pages',
      quantity: 150,
      alreadyCounted: 0,
      note: '',
    });
  });
});

describe('StaffApplications opened at one case', () => {
  test('shows that case first, even once replied, and not twice', async () => {
    const useRouter = Taro.useRouter as unknown as jest.Mock;
    useRouter.mockReturnValue({ params: { id: aCase(7).id } });
    jest
      .mocked(staff.getApplication)
      .mockResolvedValue(aCase(7, { status: 'replied', dueOn: '2024-04-29' }));
    listApplicationQueue.mockResolvedValue([aCase(1), aCase(7)]);

    try {
      render(<StaffApplications />);

      expect(await screen.findByText('申请 7：某年统计数据')).toBeTruthy();
      await screen.findByText('申请 1：某年统计数据');
      expect(screen.getAllByText('申请 7：某年统计数据')).toHaveLength(1);
      expect(staff.getApplication).toHaveBeenCalledWith(aCase(7).id);
    } finally {
      useRouter.mockReturnValue({ params: {}, path: '/pages/index/index' });
    }
  });
});
