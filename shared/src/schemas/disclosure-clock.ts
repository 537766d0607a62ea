import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from '../working-days';

/**
 * The statutory clock of a disclosure application (政府信息公开条例 2019, arts. 30–33): 20 working days from receipt; a correction request (补正) stops it and
 * it starts again from zero when the corrected application arrives; time consulting a third party
 * is not counted; one extension of at most 20 working days, with a reason. Nor is the time from a
 * fee notice to the payment (国办函〔2020〕109号: 收费通知的时间和申请人缴纳费用的时间不计算在答复期限内).
 */
export const STATUTORY_WORKING_DAYS = 20;
export const MAX_EXTENSION_DAYS = 20;

export type ClockEvent =
  | { type: 'received'; on: string }
  | { type: 'correction_requested'; on: string }
  | { type: 'correction_received'; on: string }
  | { type: 'third_party_started'; on: string }
  | { type: 'third_party_ended'; on: string }
  | { type: 'extended'; on: string; days: number; reason: string }
  | { type: 'fee_notified'; on: string }
  | { type: 'fee_paid'; on: string };

export interface ClockState {
  /** The due date (YYYY-MM-DD), or undefined while waiting for a correction or a third party. */
  dueOn?: string;
  /** Why the clock is not running, if it is not. */
  stopped?: 'awaiting_correction' | 'third_party' | 'awaiting_fee';
  extendedBy: number;
  /** Working days not counted: time with a third party, and from a fee notice to the payment. */
  pausedDays: number;
}

export class ClockRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClockRuleError';
  }
}

/** Replay an application's events, in order, to where its clock stands. */
export function clockState(
  events: readonly ClockEvent[],
  calendars: readonly WorkingCalendar[],
): ClockState {
  let start: string | undefined;
  let stopped: ClockState['stopped'];
  let pausedSince: string | undefined;
  let pausedDays = 0;
  let extendedBy = 0;
  for (const event of events) {
    switch (event.type) {
      case 'received':
        start = event.on;
        break;
      case 'correction_requested':
        if (!start || stopped) throw new ClockRuleError('只能在办理期间要求补正');
        stopped = 'awaiting_correction';
        break;
      case 'correction_received':
        if (stopped !== 'awaiting_correction') throw new ClockRuleError('没有待补正的申请');
        // The clock starts again from zero: the corrected application counts as received now.
        start = event.on;
        stopped = undefined;
        pausedDays = 0;
        break;
      case 'third_party_started':
        if (!start || stopped) throw new ClockRuleError('只能在办理期间征求第三方意见');
        stopped = 'third_party';
        pausedSince = event.on;
        break;
      case 'third_party_ended':
        if (stopped !== 'third_party' || !pausedSince)
          throw new ClockRuleError('没有进行中的第三方征求意见');
        pausedDays += workingDaysBetween(pausedSince, event.on, calendars);
        stopped = undefined;
        pausedSince = undefined;
        break;
      case 'fee_notified':
        if (!start || stopped) throw new ClockRuleError('只能在办理期间发出收费通知');
        stopped = 'awaiting_fee';
        pausedSince = event.on;
        break;
      case 'fee_paid':
        if (stopped !== 'awaiting_fee' || !pausedSince)
          throw new ClockRuleError('没有待缴的信息处理费');
        pausedDays += workingDaysBetween(pausedSince, event.on, calendars);
        stopped = undefined;
        pausedSince = undefined;
        break;
      case 'extended':
        if (extendedBy > 0) throw new ClockRuleError('答复期限只能延长一次');
        if (event.days < 1 || event.days > MAX_EXTENSION_DAYS)
          throw new ClockRuleError(`延长期限为 1 到 ${MAX_EXTENSION_DAYS} 个工作日`);
        if (!event.reason.trim()) throw new ClockRuleError('延长答复期限须说明理由');
        extendedBy = event.days;
        break;
    }
  }
  if (!start) throw new ClockRuleError('申请尚未收到');
  return {
    ...(stopped
      ? { stopped }
      : {
          dueOn: addWorkingDays(start, STATUTORY_WORKING_DAYS + extendedBy + pausedDays, calendars),
        }),
    extendedBy,
    pausedDays,
  };
}
