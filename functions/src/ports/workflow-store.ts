import type { ConcernEntry } from './concern-store';
import type { Release } from './release-store';
import type {
  ActorRef,
  ContentDraft,
  ContentKind,
  LatePublication,
  PublishedContent,
  WithholdingGround,
  WorkflowStatus,
} from '@sunshine/shared';
import type { AuditEntry } from './audit-log';

export interface WorkflowItem {
  id: string;
  status: WorkflowStatus;
  draft: ContentDraft;
  editors: ActorRef[];
  owner: ActorRef;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
  review?: { by: ActorRef; at: string; comment: string };
  publishAt?: string;
  /** The reviewer who scheduled publication, credited when it happens. */
  scheduledBy?: ActorRef;
  publishedVersion: number;
  publishedAt?: string;
  /** 索引号, taken at the first publication and kept by every later one. */
  indexNumber?: string;
  withdrawal?: { reason: string; at: string };
  /**
   * The negative-list ground this document's published version counts under (a published
   * document withheld from residents); absent when it counts under none.
   */
  countedGround?: WithholdingGround;
  /** Incremented by every write; a write that expected another value fails with a conflict. */
  rev: number;
}

export interface Revision {
  version: number;
  publishedAt: string;
  publishedBy: ActorRef;
  content: PublishedContent;
}

/**
 * How a first publication is numbered (索引号): the store takes the year's next sequence in the
 * publication's own transaction, conditional on the counter it read, and reads again on a clash, so
 * the year's numbers run 1, 2, 3… with no gap (a failed publish takes none) and none twice.
 */
export interface IndexNumbering {
  /** Year of first publication, China time: whose counter the sequence comes from. */
  year: number;
  /** The number a sequence gives, in the bureau's form. */
  format(seq: number): string;
}

/** A change of the ground an item counts under in the negative list (pattern 145). */
export interface WithholdingMove {
  from?: WithholdingGround;
  to?: WithholdingGround;
}

/** What a publication records beside the item, in the same transaction. */
export interface PublicationRecords {
  /** A first publication after its deadline (pattern 142). */
  late?: LatePublication;
  /** The negative-list count it moves (pattern 145). */
  withholding?: WithholdingMove;
  /** A first publication attached to an open concern: its thread entry (pattern 157). */
  concern?: { concernId: string; entry: ConcernEntry };
}

/** The staff side of content: drafts, review states, versions. */
export interface WorkflowStore {
  get(id: string): Promise<WorkflowItem | undefined>;
  /**
   * Create (rev 1) or replace an item whose stored rev is `item.rev - 1`; else StaleWriteError.
   * A guide claims its 事项编码 in the same transaction (DuplicateCodeError if another holds it)
   * and gives up a code it no longer uses.
   */
  save(item: WorkflowItem, audit: AuditEntry): Promise<void>;
  /**
   * Save the item as published and keep the revision; if the content is publicly disclosed, make
   * it what residents read, linked both ways to the documents it refers to (UnavailableReferenceError
   * if one of them is not publicly published); if not, take any public copy away. With
   * `numbering`, the item and the version take the year's next 索引号 (pattern 131); with
   * `records`, a late first publication and a negative-list count move are written with it.
   * Answers the item's number after the publication.
   */
  publish(
    item: WorkflowItem,
    revision: Revision,
    audit: AuditEntry,
    release?: Release,
    numbering?: IndexNumbering,
    records?: PublicationRecords,
  ): Promise<string | undefined>;
  /**
   * Save the item as withdrawn and take the published version out of public lists; a withheld
   * document leaves its negative-list count (`withholding`) in the same transaction.
   */
  withdraw(item: WorkflowItem, audit: AuditEntry, withholding?: WithholdingMove): Promise<void>;
  listByOwner(userId: string, limit: number): Promise<WorkflowItem[]>;
  listByStatus(status: WorkflowStatus, limit: number): Promise<WorkflowItem[]>;
  listRecent(limit: number): Promise<WorkflowItem[]>;
  listRevisions(id: string): Promise<Revision[]>;
  /** Pattern 30: every item of one kind, page by page (staff exports). */
  listByKind(kind: ContentKind): AsyncIterable<WorkflowItem>;
  /** Pattern 133: every item, page by page (the 索引号 backfill). */
  listAll(): AsyncIterable<WorkflowItem>;
  /**
   * Pattern 134: give an item published before numbering the year's next 索引号, only over the
   * revision read (else StaleWriteError), with the counter (pattern 132) and its public copies in
   * the same transaction; every warm search index rebuilds. Answers the number given.
   */
  number(item: WorkflowItem, numbering: IndexNumbering): Promise<string>;
  /** Pattern 29: the guide that holds a 事项编码, if any. */
  findGuideByCode(code: string): Promise<string | undefined>;
}

/** Another guide already holds this 事项编码. */
export class DuplicateCodeError extends Error {
  constructor(readonly code: string) {
    super(`guide code ${code} is taken`);
    this.name = 'DuplicateCodeError';
  }
}

/** A published item may only refer to documents residents can read. */
export class UnavailableReferenceError extends Error {
  constructor(readonly documentId: string) {
    super(`document ${documentId} is not publicly published`);
    this.name = 'UnavailableReferenceError';
  }
}
