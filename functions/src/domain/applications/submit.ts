import type { ApplyInput, MyApplicationView } from '@sunshine/shared';
import { AppError, ValidationError } from '../../commons/errors';
import type { StoredApplication, StoredApplicationEvent } from '../../ports/application-store';
import { RateLimitError } from '../../ports/submission-guard';
import type { Actor } from '../identity/actor';
import { applicationClock, chinaDate } from './clock';
import { checkTexts, type ApplicationDeps } from './deps';
import { maskIdNumber } from './mask';
import { myApplicationView } from './views';

/** Past these in an hour it is not a resident applying: five per person (a counter of its own), thirty per address. */
const APPLICATION_LIMITS = { perPersonPerHour: 5, perAddressPerHour: 30, counter: 'APPLICATION' };

/**
 * A resident applies. Risky text is refused (nothing kept); text WeChat wants a person to read,
 * or could not check, is kept and marked for staff: the application is received either way, and
 * its clock runs from receipt. The identity number is masked here and its full form dropped.
 * One application per client key, whatever the retries.
 */
export async function submitApplication(deps: ApplicationDeps, actor: Actor, input: ApplyInput, origin: { ip?: string } = {}): Promise<MyApplicationView> {
  const check = await checkTexts(deps, actor.userId, { description: input.description, purpose: input.purpose });
  if (check.verdict === 'risky') throw new ValidationError([{ field: check.field ?? 'description', message: '内容含有不适宜的信息，请修改后再提交' }]);
  const now = deps.clock.now();
  const events: StoredApplicationEvent[] = [{ type: 'received', on: chinaDate(now), at: now.toISOString() }];
  const clock = await applicationClock(events, deps.calendars);
  const application: StoredApplication = {
    id: deps.ids.next(),
    applicantId: actor.userId,
    receivedAt: now.toISOString(),
    applicant: { ...input.applicant },
    identity: { type: input.identity.type, masked: maskIdNumber(input.identity.number) },
    contact: { ...input.contact },
    description: input.description,
    purpose: input.purpose,
    delivery: { ...input.delivery },
    status: 'received',
    version: 1,
    heldForCheck: check.verdict !== 'pass',
    events,
    ...(clock.dueOn && { dueOn: clock.dueOn }),
    dueApproximate: clock.approximate,
  };
  try {
    const outcome = await deps.applications.submit(application, input.clientKey, { userId: actor.userId, ip: origin.ip }, APPLICATION_LIMITS);
    if ('existing' in outcome) {
      const first = await deps.applications.get(outcome.existing);
      if (first && first.applicantId === actor.userId) return myApplicationView(first);
    }
    return myApplicationView(application);
  } catch (error) {
    if (error instanceof RateLimitError) throw new AppError('RATE_LIMITED', '提交过于频繁，请稍后再试');
    throw error;
  }
}
