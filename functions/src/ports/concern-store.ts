import type {
  ConcernClock,
  ConcernClockState,
  ConcernEntryKind,
  ConcernLevel,
  ConcernStatus,
  ContentKind,
} from '@sunshine/shared';
import type { AuditEntry } from './audit-log';

export interface StaffRef {
  userId: string;
  name: string;
}

/** One entry of a concern's thread: a release attached to it, at its first publication. */
export interface ConcernEntry {
  itemId: string;
  kind: ContentKind;
  entry: ConcernEntryKind;
  title: string;
  publishedAt: string;
}

/** How a clock ended, fixed when the concern closed. */
export interface ClockOutcome {
  state: Extract<ConcernClockState, 'met' | 'late' | 'not_held'>;
  metAt?: string;
}

/** A public concern (关切) as stored: one item, its thread included. */
export interface Concern {
  id: string;
  title: string;
  summary?: string;
  level: ConcernLevel;
  office: string;
  /** The office's name when the concern was opened: the public page reads no profile. */
  officeName: string;
  arisenAt: string;
  openedAt: string;
  openedBy: StaffRef;
  assignees: StaffRef[];
  status: ConcernStatus;
  pressConference?: {
    held: boolean;
    at?: string;
    link?: string;
    note?: string;
    recordedAt: string;
  };
  entries: ConcernEntry[];
  /** The publishedAt of the first entry. */
  firstReleaseAt?: string;
  closedAt?: string;
  statement?: string;
  outcomes?: Partial<Record<ConcernClock, ClockOutcome>>;
  /** A counter every write checks (an attached entry raises it too). */
  rev: number;
}

/** What the figures read of a concern (no names). */
export type ConcernOfYear = Pick<Concern, 'id' | 'level' | 'status' | 'outcomes'>;

export interface ConcernStore {
  /** Pattern 151: a new concern (rev 1), open, with its audit entry. */
  open(concern: Concern, audit: AuditEntry): Promise<void>;
  /** Pattern 152: one concern, whole. */
  get(id: string): Promise<Concern | undefined>;
  /**
   * Pattern 156: replace an open concern whose stored rev is `concern.rev - 1` (else
   * StaleWriteError, also when it was closed meanwhile); a closed one leaves the open list.
   */
  save(concern: Concern, audit: AuditEntry): Promise<void>;
  /** Pattern 153: every open concern. */
  listOpen(): Promise<Concern[]>;
  /** Pattern 154: the open major concerns, only what the banner shows. */
  openMajor(): Promise<Array<Pick<Concern, 'id' | 'title' | 'arisenAt'>>>;
  /** Pattern 155: closed concerns, newest first. */
  listClosed(limit: number, cursor?: string): Promise<{ items: Concern[]; nextCursor?: string }>;
  /** Pattern 159: the concerns that arose in a year (China time). */
  listYear(year: number): Promise<ConcernOfYear[]>;
}

/** A release's thread entry met a concern closed since it was read (its publication is cancelled). */
export class ConcernClosedError extends Error {
  constructor() {
    super('the concern was closed');
    this.name = 'ConcernClosedError';
  }
}
