import { chinaDate, isFinished, type Outcome } from '@sunshine/shared';
import type { StoredApplication } from '../../ports/application-store';
import type { ApplicationForReport } from '../../ports/report-sources';
import { reportApplicationKey } from './keys';

/** The China date an application was received: its first event's (the receipt), else its instant's. */
export function receivedOnOf(application: Pick<StoredApplication, 'events' | 'receivedAt'>) {
  const first = application.events[0];
  return first?.type === 'received' ? first.on : chinaDate(new Date(application.receivedAt));
}

/** How a case ended, if it did: the reply's outcome, or the closing's. */
export function endingOf(
  application: Pick<StoredApplication, 'status' | 'events' | 'reply'>,
): { endedOn: string; outcome: Outcome } | undefined {
  if (!isFinished(application.status)) return undefined;
  if (application.reply)
    return { endedOn: application.reply.on, outcome: application.reply.outcome };
  const closed = application.events.filter((event) => event.type === 'closed').at(-1);
  return closed?.type === 'closed' ? { endedOn: closed.on, outcome: closed.outcome } : undefined;
}

/** The fee paid on a case, if one was: the notice's amount, on the day it was recorded paid. */
export function feePaidOf(
  application: Pick<StoredApplication, 'events'>,
): ApplicationForReport['feePaid'] {
  const notice = application.events.filter((event) => event.type === 'fee_notified').at(-1);
  const paid = application.events.filter((event) => event.type === 'fee_paid').at(-1);
  return notice?.type === 'fee_notified' && paid
    ? { amount: notice.amount, paidOn: paid.on }
    : undefined;
}

/** The report's view of a case: dates, column and row, and a fee paid; nothing personal. */
export function reportEntryOf(application: StoredApplication): ApplicationForReport {
  const ending = endingOf(application);
  const feePaid = feePaidOf(application);
  return {
    id: application.id,
    receivedOn: receivedOnOf(application),
    applicantCategory: application.applicantCategory,
    ...ending,
    ...(feePaid && { feePaid }),
  };
}

/**
 * The report index items of a case (#111, #112; with its deadline, #175): in its receipt year;
 * once ended, also in each later year up to the end's (it was open on those years' 1 January:
 * 上年结转 there).
 */
export function reportIndexItems(application: StoredApplication): Record<string, unknown>[] {
  const entry = reportEntryOf(application);
  const first = Number(entry.receivedOn.slice(0, 4));
  const last = entry.endedOn ? Number(entry.endedOn.slice(0, 4)) : first;
  // The deadline as the case holds it (at the end, its last): the service levels count on it (#175).
  const deadline = {
    ...(application.dueOn && { dueOn: application.dueOn }),
    dueApproximate: application.dueApproximate,
  };
  const items: Record<string, unknown>[] = [];
  for (let year = first; year <= last; year++)
    items.push({
      ...reportApplicationKey(year, entry.receivedOn, entry.id),
      ...entry,
      ...deadline,
    });
  return items;
}
