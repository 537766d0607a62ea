import type { CorrectionInput, MyApplicationView } from '@sunshine/shared';
import { AppError, NotFoundError, ValidationError } from '../../commons/errors';
import type { StoredApplication } from '../../ports/application-store';
import type { Actor } from '../identity/actor';
import { chinaDate } from '@sunshine/shared';
import { fingerprintOf } from '../submissions/gate';
import { applicationClock } from './clock';
import { checkTexts, type ApplicationDeps } from './deps';
import { refusal, statusAfter } from './transitions';
import { myApplicationView } from './views';

/**
 * The applicant sends the correction staff asked for (补正): the clock starts again from zero
 * (art. 30). Only the applicant, only while a correction is awaited; a retry of the same
 * correction (same client key) answers the case as it is, never a second correction; the key
 * sent again with another text answers 409 CLIENT_KEY_REUSED, as answering the case would tell
 * the applicant their new text was received.
 */
export async function correctApplication(
  deps: ApplicationDeps,
  actor: Actor,
  id: string,
  input: CorrectionInput,
): Promise<MyApplicationView> {
  const application = await deps.applications.get(id);
  // Someone else's application is answered as if it did not exist: its existence is theirs.
  if (!application || application.applicantId !== actor.userId)
    throw new NotFoundError('该申请不存在');
  const fingerprint = fingerprintOf(deps.submissions, { applicationId: id, text: input.text });
  /** The case as it is, if this key's correction is in it (a retry); refused if the key carried another text. */
  const retried = (current: StoredApplication) => {
    const earlier = current.events.find(
      (event) => event.type === 'correction_received' && event.clientKey === input.clientKey,
    );
    if (earlier?.type !== 'correction_received') return undefined;
    if ((earlier.fingerprint ?? fingerprint) !== fingerprint)
      throw new AppError('CLIENT_KEY_REUSED');
    return myApplicationView(current);
  };
  const retry = retried(application);
  if (retry) return retry;
  const problem = refusal(application, 'correct');
  if (problem) throw new AppError('CONFLICT', problem);
  const check = await checkTexts(deps, actor.userId, { text: input.text });
  if (check.verdict === 'risky')
    throw new ValidationError([{ field: 'text', message: '内容含有不适宜的信息，请修改后再提交' }]);

  const now = deps.clock.now();
  const events = [
    ...application.events,
    {
      type: 'correction_received' as const,
      on: chinaDate(now),
      at: now.toISOString(),
      text: input.text,
      clientKey: input.clientKey,
      fingerprint,
    },
  ];
  const clock = await applicationClock(events, deps.calendars);
  const { stoppedSince, ...rest } = application;
  const next: StoredApplication = {
    ...rest,
    status: statusAfter('correct'),
    version: application.version + 1,
    heldForCheck: application.heldForCheck || check.verdict !== 'pass',
    events,
    dueOn: clock.dueOn,
    dueApproximate: clock.approximate,
  };
  const outcome = await deps.applications.recordCorrection(
    next,
    application,
    input.clientKey,
    fingerprint,
  );
  if (outcome === 'reused') throw new AppError('CLIENT_KEY_REUSED');
  if (outcome === 'existing') {
    const current = await deps.applications.get(id);
    if (current) return myApplicationView(current);
  }
  return myApplicationView(next);
}
