import type { ApplyInput, MyApplicationView } from '@sunshine/shared';
import { AppError, ValidationError } from '../../commons/errors';
import type { StoredApplication, StoredApplicationEvent } from '../../ports/application-store';
import type { Actor } from '../identity/actor';
import { admitSubmission, clientKeyUse, limitedOr, sameSubmission } from '../submissions/gate';
import { chinaDate } from '@sunshine/shared';
import { applicationClock } from './clock';
import { checkTexts, textsToCheck, type ApplicationDeps } from './deps';
import { maskIdNumber } from './mask';
import { myApplicationView } from './views';

/** Past these in an hour it is not a resident applying: five per person (a counter of its own), thirty per address. */
const APPLICATION_LIMITS = { perPersonPerHour: 5, perAddressPerHour: 30, counter: 'APPLICATION' };

/**
 * A resident applies. A retry of an application already received answers it, and a person or
 * address at the hour's limit is refused, before anything costs a WeChat call. Risky text is
 * refused (nothing kept); text WeChat wants a person to read, or could not check, is kept and
 * marked for staff: the application is received either way, and its clock runs from receipt.
 * The identity number is masked here and its full form dropped. One application per client key,
 * whatever the retries.
 */
export async function submitApplication(
  deps: ApplicationDeps,
  actor: Actor,
  input: ApplyInput,
  origin: { ip?: string } = {},
): Promise<MyApplicationView> {
  const { clientKey, ...sent } = input;
  // The fingerprint is keyed: the key's record keeps no copy of the identity number, nor a hash that confirms a guess.
  const use = clientKeyUse(deps.submissions, 'application', sent);
  const source = { userId: actor.userId, ip: origin.ip };
  /** The application a client key already names, as its applicant sees it. */
  const earlier = async (id: string) => {
    const first = await deps.applications.get(id);
    if (!first || first.applicantId !== actor.userId) throw new AppError('CLIENT_KEY_REUSED');
    return myApplicationView(first);
  };
  const texts = { description: input.description, purpose: input.purpose };
  const checks = textsToCheck(texts).length;
  const retried = await admitSubmission(deps.submissions, {
    clientKey,
    use,
    source,
    limits: APPLICATION_LIMITS,
    at: deps.clock.now(),
    checks,
  });
  if (retried) return earlier(retried.id);

  const check = await checkTexts(deps, actor.userId, texts);
  if (check.verdict === 'risky')
    throw new ValidationError([
      { field: check.field ?? 'description', message: '内容含有不适宜的信息，请修改后再提交' },
    ]);
  const now = deps.clock.now();
  const events: StoredApplicationEvent[] = [
    { type: 'received', on: chinaDate(now), at: now.toISOString() },
  ];
  const clock = await applicationClock(events, deps.calendars);
  const application: StoredApplication = {
    id: deps.ids.next(),
    applicantId: actor.userId,
    receivedAt: now.toISOString(),
    applicantCategory: input.applicant.category,
    applicant: {
      type: input.applicant.type,
      name: input.applicant.name,
      legalRepresentative: input.applicant.legalRepresentative,
      contactPerson: input.applicant.contactPerson,
    },
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
  const outcome = await deps.applications
    .submit(application, clientKey, use, source, APPLICATION_LIMITS)
    .catch((error: unknown) => {
      throw limitedOr(error, now);
    });
  // A copy sent at the same moment stored it first: the same answer, if it is the same application.
  if ('existing' in outcome) return earlier(sameSubmission(outcome.existing, use).id);
  return myApplicationView(application);
}
