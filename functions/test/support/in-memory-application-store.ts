import { ERASED_TEXT, isFinished } from '@sunshine/shared';
import type { ApplicationStore, StoredApplication } from '../../src/ports/application-store';
import {
  RateLimitError,
  type ClientKeyUse,
  type RecordedSubmission,
  type SubmissionGate,
  type SubmissionLimits,
  type SubmissionSource,
} from '../../src/ports/submission-guard';
import type { AuditEntry } from '../../src/ports/audit-log';
import { StaleWriteError } from '../../src/ports/stale-write';

/**
 * A fake store for use-case tests: the same contract (versions, client keys, audit) kept in Maps.
 * It is the submission gate too (the client keys and the person's hourly count it keeps).
 */
export class InMemoryApplicationStore implements ApplicationStore, SubmissionGate {
  readonly cases = new Map<string, StoredApplication>();
  readonly submissions = new Map<string, RecordedSubmission>();
  readonly keys = new Map<string, string>();
  readonly audit: AuditEntry[] = [];
  private readonly counts = new Map<string, number>();

  /** Tests compare fingerprints only for equality: the text itself will do. */
  fingerprint(text: string) {
    return text;
  }

  async recorded(userId: string, clientKey: string) {
    return this.submissions.get(`${userId}/${clientKey}`);
  }

  async checkLimits(source: SubmissionSource, limits: SubmissionLimits, at: string) {
    if ((this.counts.get(`${source.userId}/${at.slice(0, 13)}`) ?? 0) >= limits.perPersonPerHour)
      throw new RateLimitError();
  }

  async spendContentChecks(
    source: SubmissionSource,
    budget: SubmissionLimits,
    at: string,
    checks: number,
  ) {
    const bucket = `checks/${source.userId}/${at.slice(0, 13)}`;
    const spent = this.counts.get(bucket) ?? 0;
    if (spent + checks > budget.perPersonPerHour) throw new RateLimitError();
    this.counts.set(bucket, spent + checks);
  }

  async submit(
    application: StoredApplication,
    clientKey: string,
    use: ClientKeyUse,
    source: SubmissionSource,
    limits: SubmissionLimits,
  ) {
    const existing = await this.recorded(application.applicantId, clientKey);
    if (existing) return { existing };
    await this.checkLimits(source, limits, application.receivedAt);
    const hour = `${application.applicantId}/${application.receivedAt.slice(0, 13)}`;
    this.counts.set(hour, (this.counts.get(hour) ?? 0) + 1);
    this.submissions.set(`${application.applicantId}/${clientKey}`, { id: application.id, ...use });
    this.cases.set(application.id, structuredClone(application));
    return { created: true as const };
  }

  async get(id: string) {
    const found = this.cases.get(id);
    return found && structuredClone(found);
  }

  async listMine(applicantId: string, limit: number) {
    return [...this.cases.values()]
      .filter((each) => each.applicantId === applicantId)
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
      .slice(0, limit);
  }

  async listQueue(limit: number) {
    const position = (each: StoredApplication) =>
      each.status === 'received' ? `1#${each.dueOn}` : `2#${each.stoppedSince}`;
    return [...this.cases.values()]
      .filter((each) => !isFinished(each.status))
      .sort((a, b) => position(a).localeCompare(position(b)))
      .slice(0, limit);
  }

  private replace(next: StoredApplication, previous: StoredApplication) {
    if (this.cases.get(next.id)?.version !== previous.version) throw new StaleWriteError();
    this.cases.set(next.id, structuredClone(next));
  }

  async recordStaffAction(next: StoredApplication, previous: StoredApplication, audit: AuditEntry) {
    this.replace(next, previous);
    this.audit.push(audit);
  }

  async recordCorrection(
    next: StoredApplication,
    previous: StoredApplication,
    clientKey: string,
    fingerprint: string,
  ) {
    const key = `${next.applicantId}/CORRECTION/${clientKey}`;
    const recorded = this.keys.get(key);
    if (recorded)
      return recorded === `${next.id}/${fingerprint}` ? ('existing' as const) : ('reused' as const);
    this.replace(next, previous);
    this.keys.set(key, `${next.id}/${fingerprint}`);
    return 'recorded' as const;
  }

  async eraseContact(id: string, at: string) {
    const found = this.cases.get(id);
    if (!found) return false;
    this.cases.set(id, {
      ...found,
      applicant: { ...found.applicant, name: '', legalRepresentative: '', contactPerson: '' },
      identity: { ...found.identity, masked: '' },
      contact: { phone: '', address: '', postcode: '', email: '' },
      events: found.events.map((event) =>
        event.type === 'correction_received' ? { ...event, text: ERASED_TEXT } : event,
      ),
      erasedAt: at,
    });
    return true;
  }
}
