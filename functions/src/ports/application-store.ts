import type {
  ClientKeyUse,
  RecordedSubmission,
  SubmissionLimits,
  SubmissionSource,
} from './submission-guard';
import type {
  ActorRef,
  ApplicantCategory,
  ApplicantType,
  ApplicationStatus,
  ApplicationReplyView,
  DeliveryForm,
  FeeNotice,
  IdDocumentType,
  ReceivingMethod,
} from '@sunshine/shared';
import type { AuditEntry } from './audit-log';

/** One step of a case as stored: staff steps keep who took them. */
export type StoredApplicationEvent =
  | { type: 'received'; on: string; at: string }
  | { type: 'correction_requested'; on: string; at: string; text: string; by: ActorRef }
  /**
   * The client key makes a retried correction one correction; its keyed fingerprint (of the
   * application and the text; absent on corrections recorded before it was kept) tells a retry
   * from the key reused for another text.
   */
  | {
      type: 'correction_received';
      on: string;
      at: string;
      text: string;
      clientKey: string;
      fingerprint?: string;
    }
  | { type: 'third_party_started'; on: string; at: string; note: string; by: ActorRef }
  | { type: 'third_party_ended'; on: string; at: string; note: string; by: ActorRef }
  | { type: 'extended'; on: string; at: string; days: number; reason: string; by: ActorRef }
  /** A fee notice (国办函〔2020〕109号), its amount computed from the tiers, and its payment. */
  | ({ type: 'fee_notified'; at: string; by: ActorRef } & FeeNotice)
  | { type: 'fee_paid'; on: string; at: string; note: string; by: ActorRef }
  | { type: 'replied'; on: string; at: string; by: ActorRef }
  /**
   * Closed without a reply, in the report row of why (other_uncorrected: art. 30;
   * other_unpaid_fee: 国办函〔2020〕109号), with the basis and the remedies the applicant is told.
   */
  | {
      type: 'closed';
      on: string;
      at: string;
      note: string;
      by: ActorRef;
      outcome: 'other_uncorrected' | 'other_unpaid_fee';
      basis: string;
      remedies?: string;
    };

export interface StoredApplication {
  id: string;
  applicantId: string;
  receivedAt: string;
  /**
   * The report's column (section 3): not personal, so kept after erasure. Records from before it
   * was asked are read with it derived from the applicant type (application-legacy.ts).
   */
  applicantCategory: ApplicantCategory;
  /** Private: read only by disclosure staff; erased after the retention period. */
  applicant: {
    type: ApplicantType;
    name: string;
    legalRepresentative: string;
    contactPerson: string;
  };
  /** The masked number only: the full one is dropped once checked. */
  identity: { type: IdDocumentType; masked: string };
  contact: { phone: string; address: string; postcode: string; email: string };
  description: string;
  purpose: string;
  delivery: { form: DeliveryForm; method: ReceivingMethod };
  status: ApplicationStatus;
  /** Every change adds one; a write succeeds only on the version it read. */
  version: number;
  heldForCheck: boolean;
  events: StoredApplicationEvent[];
  dueOn?: string;
  dueApproximate: boolean;
  stoppedSince?: string;
  reply?: ApplicationReplyView & { by: ActorRef };
  erasedAt?: string;
}

export interface ApplicationStore {
  /**
   * Pattern 50: store an application once per client key, recording what the key was used for:
   * retries, double taps and concurrent copies answer the key's record ({ existing }, pattern
   * 37a), whatever it names. RateLimitError past the hour's limit.
   */
  submit(
    application: StoredApplication,
    clientKey: string,
    use: ClientKeyUse,
    source: SubmissionSource,
    limits: SubmissionLimits,
  ): Promise<{ created: true } | { existing: RecordedSubmission }>;
  /** Pattern 51: one case. */
  get(id: string): Promise<StoredApplication | undefined>;
  /** Pattern 52: a person's applications, newest first, without contact or identity. */
  listMine(applicantId: string, limit: number): Promise<StoredApplication[]>;
  /** Pattern 53: open cases, running ones by due date, then stopped ones. */
  listQueue(limit: number): Promise<StoredApplication[]>;
  /**
   * Pattern 54: a staff action, with its audit entry, on the version `previous` holds
   * (StaleWriteError if a colleague changed the case since).
   */
  recordStaffAction(
    next: StoredApplication,
    previous: StoredApplication,
    audit: AuditEntry,
    release?: import('./release-store').Release,
  ): Promise<void>;
  /**
   * Pattern 55: the applicant's correction, once per client key, its fingerprint kept with the key:
   * 'existing' for a repeat of the same correction, 'reused' for the key already used for another
   * (another text or application); on the version `previous` holds (StaleWriteError otherwise).
   */
  recordCorrection(
    next: StoredApplication,
    previous: StoredApplication,
    clientKey: string,
    fingerprint: string,
  ): Promise<'recorded' | 'existing' | 'reused'>;
  /**
   * Pattern 56: remove the applicant's name, contact, masked number and the text of their
   * corrections from every copy (retention), on the version read (read again on a conflict);
   * false if nothing was left to erase.
   */
  eraseContact(id: string, at: string): Promise<boolean>;
}
