import type { ApplicationAction, ApplicationStatus } from '@sunshine/shared';
import type { StoredApplication } from '../../ports/application-store';

/** What may happen to a case: a staff action, or the applicant's correction. */
export type CaseStep = ApplicationAction | 'correct';

const AFTER: Record<CaseStep, ApplicationStatus> = {
  request_correction: 'awaiting_correction',
  correct: 'received',
  start_third_party: 'third_party',
  end_third_party: 'received',
  extend: 'received',
  reply: 'replied',
  close_uncorrected: 'closed',
  notify_fee: 'awaiting_fee',
  record_fee_paid: 'received',
  close_unpaid: 'closed',
};

/** The status a case moves to with a step (once `refusal` allowed it). */
export const statusAfter = (step: CaseStep): ApplicationStatus => AFTER[step];

/**
 * Why a step may not be taken on a case as it stands, in words staff or the applicant can act on;
 * undefined when it may. Only a running case (received) is corrected, consulted on, extended or
 * answered; waiting for a correction, a third party or a fee, the clock is stopped and the case waits.
 */
export function refusal(
  application: Pick<StoredApplication, 'status' | 'events'>,
  step: CaseStep,
): string | undefined {
  const { status, events } = application;
  if (status === 'replied')
    return step === 'reply'
      ? '该申请已答复，不能重复答复'
      : step === 'correct'
        ? '该申请已答复，无需补正'
        : '该申请已答复，办理已结束';
  if (status === 'closed')
    return step === 'correct'
      ? '补正期限已过，该申请已终止办理，如仍需要请重新申请'
      : '该申请已终止办理';
  const feeNotified = events.some((event) => event.type === 'fee_notified');
  if (status === 'awaiting_fee' && step !== 'record_fee_paid' && step !== 'close_unpaid')
    return step === 'reply'
      ? '申请人尚未缴费，请收到费用后再答复'
      : step === 'correct'
        ? '该申请目前不需要补正'
        : '等待缴费期间不计算期限，请先登记缴费或逾期终止办理';
  switch (step) {
    case 'notify_fee':
      if (status === 'awaiting_correction') return '申请人尚未补正，不能发出收费通知';
      if (status === 'third_party') return '征求第三方意见期间不能发出收费通知';
      if (feeNotified) return '本申请已发出过收费通知';
      return undefined;
    case 'record_fee_paid':
      return status === 'awaiting_fee' ? undefined : '没有待缴的信息处理费';
    case 'close_unpaid':
      // Whether the period to pay is over is checked on the calendar by the use case.
      return status === 'awaiting_fee' ? undefined : '只有待缴费的申请才能因逾期未缴费终止办理';
    case 'request_correction':
      if (status === 'awaiting_correction') return '正在等待申请人补正，不能再次要求补正';
      if (status === 'third_party') return '征求第三方意见期间不能要求补正';
      // Art. 30: what is missing is told once, all of it (一次性告知).
      if (events.some((event) => event.type === 'correction_requested'))
        return '补正须一次性告知，本申请已要求过补正';
      return undefined;
    case 'correct':
      return status === 'awaiting_correction' ? undefined : '该申请目前不需要补正';
    case 'start_third_party':
      if (status === 'awaiting_correction') return '申请人尚未补正，不能征求第三方意见';
      if (status === 'third_party') return '已在征求第三方意见，请先结束本次征求';
      return undefined;
    case 'end_third_party':
      return status === 'third_party' ? undefined : '没有进行中的第三方征求意见';
    case 'extend':
      if (events.some((event) => event.type === 'extended')) return '答复期限只能延长一次';
      if (status === 'awaiting_correction') return '等待补正期间不计算期限，无需延长';
      if (status === 'third_party') return '征求第三方意见期间不计算期限，请结束征求后再延长';
      return undefined;
    case 'close_uncorrected':
      // Whether the correction period is over is checked on the calendar by the use case.
      return status === 'awaiting_correction'
        ? undefined
        : '只有等待补正的申请才能因未补正终止办理';
    case 'reply':
      if (status === 'awaiting_correction') return '申请人尚未补正，请收到补正后再答复';
      if (status === 'third_party') return '请先结束第三方征求意见，再作答复';
      return undefined;
  }
}
