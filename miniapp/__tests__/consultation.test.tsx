import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ConsultationStatus, PublishedConsultation } from '@sunshine/shared';
import { ConsultationPanel } from '../src/components/consultation/consultation-panel';
import { saveSession } from '../src/services/session';
import { failNetwork } from './fixtures';
import { byPlaceholder, typeInto } from './staff/interact';

const request = Taro.request as unknown as jest.Mock;
const sent = () =>
  request.mock.calls.map(
    ([options]) => options as { url: string; method?: string; data?: Record<string, unknown> },
  );
const respond = (data: unknown) => Promise.resolve({ statusCode: 200, data: { ok: true, data } });

const consultation: PublishedConsultation = {
  kind: 'consultation',
  id: '01HTEST0000000000000000C01',
  title: '关于户籍业务一窗通办的措施（征求意见稿）',
  summary: '现公开征求意见。',
  category: 'decision',
  office: 'population',
  topic: 'household',
  body: '第一条 ……',
  basis: '依据……',
  feedbackUse: '逐条研究。',
  opensOn: '2026-11-20',
  closesOn: '2026-12-31',
  sections: ['第一条', '第二条'],
  questions: [{ prompt: '您是否支持？', multiple: false, options: ['支持', '不支持'] }],
  attachments: [],
  publishedAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  demo: false,
};

beforeEach(() => {
  request.mockReset();
  Taro.clearStorageSync();
  saveSession({ token: 't', expiresAt: Date.now() + 3600_000, user: { userId: 'u', roles: [] } });
});

describe('a consultation under its draft', () => {
  test('open: the form asks for consent, sends the chosen answer, and a retry carries the same key', async () => {
    request.mockImplementation(() => respond({ items: [] }));
    const open: ConsultationStatus = { phase: 'open', received: 3, published: 1 };
    render(<ConsultationPanel consultation={consultation} status={open} />);
    expect(screen.getByText('截止日期 2026-12-31，已收到意见 3 条')).toBeTruthy();

    await typeInto(byPlaceholder('请写明您的意见和理由'), '建议延长办理时间');
    fireEvent.click(screen.getByText('支持'));
    await act(async () => fireEvent.click(screen.getByText('提交意见')));
    expect(screen.getByText('请阅读并同意隐私说明后提交')).toBeTruthy();

    fireEvent.click(screen.getByText(/我已阅读并同意/));
    request.mockReset();
    failNetwork();
    await act(async () => fireEvent.click(screen.getByText('提交意见')));
    request.mockImplementation(() =>
      respond({
        id: 'c1',
        consultationId: consultation.id,
        text: '建议延长办理时间',
        at: '',
        status: 'pending',
        answersCounted: true,
      }),
    );
    await act(async () => fireEvent.click(screen.getByText('提交意见')));

    const comments = sent().filter(
      (options) =>
        options.method === 'POST' &&
        options.url.endsWith(`/v1/content/${consultation.id}/comments`),
    );
    expect(comments).toHaveLength(2);
    expect(comments[0]!.data).toMatchObject({
      text: '建议延长办理时间',
      section: '总体意见',
      answers: [[0]],
      consent: true,
    });
    expect(comments[1]!.data!.clientKey).toBe(comments[0]!.data!.clientKey);
    expect(await screen.findByText(/感谢您的意见/)).toBeTruthy();
  });

  test('closed: no form; the results and the report are shown, with numbers in words', async () => {
    request.mockImplementation(() =>
      respond({ items: [{ id: 'c1', text: '建议延长办理时间', at: '2026-11-25T02:00:00.000Z' }] }),
    );
    const closed: ConsultationStatus = {
      phase: 'closed',
      received: 2,
      published: 1,
      results: [
        {
          prompt: '您是否支持？',
          multiple: false,
          answered: 4,
          options: [
            { label: '支持', count: 3 },
            { label: '不支持', count: 1 },
          ],
        },
      ],
      report: {
        publishedAt: '2027-01-05T02:00:00.000Z',
        summary: '共收到意见 2 条。',
        counts: { received: 2, published: 1, adopted: 1, partly: 0, notAdopted: 0 },
        sections: [
          {
            section: '总体意见',
            items: [{ excerpt: '建议延长办理时间', decision: 'adopted', reason: '' }],
          },
        ],
      },
    };
    render(<ConsultationPanel consultation={consultation} status={closed} />);

    expect(screen.queryByText('提交意见')).toBeNull();
    expect(screen.getByText('意见收集和采纳情况')).toBeTruthy();
    expect(screen.getByLabelText('支持：3，占 75%')).toBeTruthy();
    expect(screen.getByText('共收到意见 2 条。')).toBeTruthy();
    expect(
      await screen.findByText('建议延长办理时间', { selector: '.consultation__paragraph' }),
    ).toBeTruthy();
  });
});
