import { replyRelease } from '../notifications/follow-ups';
import {
  AUDIT_ACTION_LABELS,
  ClockRuleError,
  feeFor,
  isFinished,
  OUTCOME_RULES,
  outcomeLabel,
  remediesStatement,
  type Outcome,
  type ApplicationEventInput,
  type StaffApplicationView,
} from '@sunshine/shared';
import { AppError, NotFoundError } from '../../commons/errors';
import type { StoredApplication, StoredApplicationEvent } from '../../ports/application-store';
import { auditEntry } from '../audit/entry';
import { actorRef, type StaffActor } from '../identity/actor';
import { chinaDate } from '@sunshine/shared';
import { applicationClock, correctionDeadline, feePaymentDeadline } from './clock';
import type { ApplicationDeps } from './deps';
import { refusal, statusAfter } from './transitions';
import { staffApplicationView } from './views';

type StaffDeps = Pick<
  ApplicationDeps,
  'applications' | 'bureau' | 'calendars' | 'clock' | 'ids' | 'templates' | 'kickReleases'
>;

/** The remedies an outcome states (art. 51), naming the bodies of the bureau's profile. */
async function remediesFor(deps: Pick<StaffDeps, 'bureau'>, outcome: Outcome) {
  if (!OUTCOME_RULES[outcome].statesRemedies) return undefined;
  return remediesStatement((await deps.bureau.get())?.remedies);
}

/** The step an action adds to the case, dated today in China. */
function stepOf(
  input: ApplicationEventInput,
  actor: StaffActor,
  now: Date,
  found: { remedies?: string; payBy?: string },
): StoredApplicationEvent {
  const { remedies } = found;
  const stamp = { on: chinaDate(now), at: now.toISOString(), by: actorRef(actor) };
  switch (input.action) {
    case 'request_correction':
      return { type: 'correction_requested', ...stamp, text: input.text };
    case 'start_third_party':
      return { type: 'third_party_started', ...stamp, note: input.note };
    case 'end_third_party':
      return { type: 'third_party_ended', ...stamp, note: input.note };
    case 'extend':
      return { type: 'extended', ...stamp, days: input.days, reason: input.reason };
    case 'reply':
      return { type: 'replied', ...stamp };
    case 'close_uncorrected':
    case 'close_unpaid': {
      const outcome = input.action === 'close_unpaid' ? 'other_unpaid_fee' : 'other_uncorrected';
      return {
        type: 'closed',
        ...stamp,
        note: input.note,
        outcome,
        basis: OUTCOME_RULES[outcome].basis,
        ...(remedies && { remedies }),
      };
    }
    case 'notify_fee': {
      // By pages the month's earlier applications do not count.
      const alreadyCounted = input.method === 'by_count' ? input.alreadyCounted : 0;
      return {
        type: 'fee_notified',
        ...stamp,
        method: input.method,
        quantity: input.quantity,
        alreadyCounted,
        amount: feeFor(input.method, input.quantity, alreadyCounted),
        payBy: found.payBy ?? stamp.on,
        note: input.note,
      };
    }
    case 'record_fee_paid':
      return { type: 'fee_paid', ...stamp, note: input.note };
  }
}

/** The audit summary: the action and its figures, never what the applicant wrote or who they are. */
function summaryOf(input: ApplicationEventInput, id: string, step: StoredApplicationEvent): string {
  const label = AUDIT_ACTION_LABELS[`application.${input.action}`];
  if (input.action === 'extend') return `${label}：申请 ${id}，延长 ${input.days} 个工作日`;
  if (step.type === 'fee_notified') return `${label}：申请 ${id}，${step.amount} 元`;
  if (input.action === 'reply')
    return `${label}：申请 ${id}，${outcomeLabel(input.outcome, input.alreadyPublic)}`;
  return `${label}：申请 ${id}`;
}

/**
 * A discloser acts on a case: asks for a correction, consults a third party, extends the time
 * limit once, or replies. The case must be at the version the person saw and the step allowed
 * from where it stands (409 with the reason otherwise); the due date is replayed from the events.
 * The change and its audit entry are one write.
 */
export async function recordApplicationEvent(
  deps: StaffDeps,
  actor: StaffActor,
  id: string,
  input: ApplicationEventInput,
): Promise<StaffApplicationView> {
  const application = await deps.applications.get(id);
  if (!application) throw new NotFoundError('该申请不存在');
  if (input.version !== application.version)
    throw new AppError('CONFLICT', '该申请已被他人处理，请刷新后查看最新状态');
  const problem = refusal(application, input.action);
  if (problem) throw new AppError('CONFLICT', problem);

  const now = deps.clock.now();
  if (input.action === 'close_uncorrected') {
    const requested = application.events
      .filter((event) => event.type === 'correction_requested')
      .at(-1);
    const lastDay = requested && (await correctionDeadline(requested.on, deps.calendars));
    if (lastDay && chinaDate(now) <= lastDay)
      throw new AppError('CONFLICT', `申请人可在 ${lastDay} 前补正，期满未补正方可终止办理`);
  }
  // 三(四)3 counts applications still unclear after their correction: never one not corrected.
  if (
    input.action === 'reply' &&
    input.outcome === 'unavailable_unclear' &&
    !application.events.some((event) => event.type === 'correction_received')
  )
    throw new AppError('CONFLICT', '「补正后申请内容仍不明确」只用于申请人补正后的申请');
  if (input.action === 'close_unpaid') {
    const notice = application.events.filter((event) => event.type === 'fee_notified').at(-1);
    if (notice?.type === 'fee_notified' && chinaDate(now) <= notice.payBy)
      throw new AppError('CONFLICT', `申请人可在 ${notice.payBy} 前缴费，逾期未缴方可终止办理`);
  }
  const ending: Outcome | undefined =
    input.action === 'reply'
      ? input.outcome
      : input.action === 'close_uncorrected'
        ? 'other_uncorrected'
        : input.action === 'close_unpaid'
          ? 'other_unpaid_fee'
          : undefined;
  const remedies = ending && (await remediesFor(deps, ending));
  const payBy =
    input.action === 'notify_fee'
      ? await feePaymentDeadline(chinaDate(now), deps.calendars)
      : undefined;
  const step = stepOf(input, actor, now, { remedies, payBy });
  const events = [...application.events, step];
  let clock: Awaited<ReturnType<typeof applicationClock>>;
  try {
    clock = await applicationClock(events, deps.calendars);
  } catch (error) {
    if (error instanceof ClockRuleError) throw new AppError('CONFLICT', error.message);
    throw error;
  }
  const status = statusAfter(input.action);
  const { stoppedSince, dueOn, ...rest } = application;
  const next: StoredApplication = {
    ...rest,
    status,
    version: application.version + 1,
    events,
    // A reply ends the case: its last due date stays, to show whether the reply came in time.
    ...(isFinished(status) ? { dueOn } : { dueOn: clock.dueOn }),
    ...((status === 'awaiting_correction' ||
      status === 'third_party' ||
      status === 'awaiting_fee') && {
      stoppedSince: step.on,
    }),
    dueApproximate: isFinished(status) ? application.dueApproximate : clock.approximate,
    ...(input.action === 'reply' && {
      reply: {
        outcome: input.outcome,
        basis: input.basis,
        alreadyPublic: input.alreadyPublic,
        text: input.text,
        detail: input.detail,
        ...(remedies && { remedies }),
        on: step.on,
        by: actorRef(actor),
      },
    }),
  };
  const release =
    isFinished(status) && deps.templates
      ? replyRelease({ to: 'application', id }, deps.templates, deps.ids.next(), now.toISOString())
      : undefined;
  await deps.applications.recordStaffAction(
    next,
    application,
    auditEntry(
      deps,
      actor,
      `application.${input.action}`,
      { itemType: 'application', itemId: id },
      summaryOf(input, id, step),
    ),
    release,
  );
  if (release) await deps.kickReleases?.();
  return staffApplicationView(next);
}
