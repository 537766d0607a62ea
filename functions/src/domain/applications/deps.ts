import type { ApplicationStore } from '../../ports/application-store';
import type { BureauStore } from '../../ports/bureau-store';
import type { CalendarStore } from '../../ports/calendar-store';
import type { ContentCheck, ContentVerdict } from '../../ports/content-check';
import type { SubmissionGate } from '../../ports/submission-guard';
import type { UserStore } from '../../ports/user-store';
import type { AuditDeps } from '../audit/entry';
import type { NotifyDeps } from '../notifications/deps';

export interface ApplicationDeps extends AuditDeps, NotifyDeps {
  applications: ApplicationStore;
  /** Whom a reply's remedies name (the profile's remedies). */
  bureau: Pick<BureauStore, 'get'>;
  calendars: CalendarStore;
  contentCheck: ContentCheck;
  users: UserStore;
  submissions: SubmissionGate;
}

/** The texts WeChat is asked about (blank ones are not): one content check each. */
export function textsToCheck(texts: Record<string, string>): Array<[string, string]> {
  return Object.entries(texts).filter(([, text]) => text.trim() !== '');
}

/**
 * WeChat's check of what a resident wrote, each text apart so a refusal names its field. Names,
 * numbers and addresses are not sent: they are personal data, checked by their own rules, and
 * read only by disclosure staff. The worst verdict wins.
 */
export async function checkTexts(
  deps: Pick<ApplicationDeps, 'users' | 'contentCheck'>,
  userId: string,
  texts: Record<string, string>,
): Promise<{ verdict: ContentVerdict; field?: string }> {
  const user = await deps.users.get(userId);
  const entries = textsToCheck(texts);
  if (!user) return { verdict: 'unavailable' };
  const verdicts = await Promise.all(
    entries.map(async ([field, text]) => ({
      field,
      verdict: await deps.contentCheck.check({ text, openid: user.openid }),
    })),
  );
  const risky = verdicts.find((each) => each.verdict === 'risky');
  if (risky) return risky;
  return { verdict: verdicts.every((each) => each.verdict === 'pass') ? 'pass' : 'review' };
}
