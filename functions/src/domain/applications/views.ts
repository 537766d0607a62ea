import {
  isFinished,
  type ApplicationEventView,
  type MyApplicationView,
  type StaffApplicationView,
} from '@sunshine/shared';
import type { StoredApplication, StoredApplicationEvent } from '../../ports/application-store';

const lastOf = <T extends StoredApplicationEvent['type']>(
  events: readonly StoredApplicationEvent[],
  type: T,
) =>
  events
    .filter((event): event is Extract<StoredApplicationEvent, { type: T }> => event.type === type)
    .at(-1);

/** The applicant's view: their request, its clock, what staff asked and answered; no staff names. */
export function myApplicationView(application: StoredApplication): MyApplicationView {
  const { events } = application;
  const request = lastOf(events, 'correction_requested');
  const extension = lastOf(events, 'extended');
  const closed = lastOf(events, 'closed');
  const notice = lastOf(events, 'fee_notified');
  const paid = lastOf(events, 'fee_paid');
  const { by, ...reply } = application.reply ?? { by: undefined };
  return {
    id: application.id,
    status: application.status,
    receivedAt: application.receivedAt,
    ...(application.dueOn && !isFinished(application.status) && { dueOn: application.dueOn }),
    dueApproximate: application.dueApproximate,
    description: application.description,
    purpose: application.purpose,
    delivery: application.delivery,
    ...(request && { correctionRequest: { text: request.text, on: request.on } }),
    corrections: events.flatMap((event) =>
      event.type === 'correction_received' ? [{ text: event.text, on: event.on }] : [],
    ),
    ...(notice && {
      fee: {
        on: notice.on,
        method: notice.method,
        quantity: notice.quantity,
        alreadyCounted: notice.alreadyCounted,
        amount: notice.amount,
        payBy: notice.payBy,
        note: notice.note,
        ...(paid && { paidOn: paid.on }),
      },
    }),
    ...(extension && {
      extension: { days: extension.days, reason: extension.reason, on: extension.on },
    }),
    ...(application.reply && { reply: reply as NonNullable<MyApplicationView['reply']> }),
    ...(closed && {
      closed: {
        on: closed.on,
        note: closed.note,
        outcome: closed.outcome,
        basis: closed.basis,
        ...(closed.remedies && { remedies: closed.remedies }),
      },
    }),
  };
}

/** Staff see who took each step by name; the correction's client key stays in the store. */
function eventView(event: StoredApplicationEvent): ApplicationEventView {
  if (event.type === 'correction_received')
    return { type: event.type, on: event.on, at: event.at, text: event.text };
  if (event.type === 'closed')
    return {
      type: event.type,
      on: event.on,
      at: event.at,
      note: event.note,
      by: event.by.displayName,
      outcome: event.outcome,
    };
  return 'by' in event ? { ...event, by: event.by.displayName } : event;
}

/** Disclosure staff's view: also the applicant, contact and masked number, and every step. */
export function staffApplicationView(application: StoredApplication): StaffApplicationView {
  return {
    ...myApplicationView(application),
    // Kept after the reply, so staff see whether it came in time.
    ...(application.dueOn && { dueOn: application.dueOn }),
    version: application.version,
    applicantCategory: application.applicantCategory,
    applicant: application.applicant,
    identity: application.identity,
    contact: application.contact,
    heldForCheck: application.heldForCheck,
    ...(application.stoppedSince && { stoppedSince: application.stoppedSince }),
    events: application.events.map(eventView),
    erased: application.erasedAt !== undefined,
  };
}
