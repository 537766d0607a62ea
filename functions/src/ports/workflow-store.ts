import type { ActorRef, Interpretation, InterpretationDraft, WorkflowStatus } from '@sunshine/shared';
import type { AuditEntry } from './audit-log';

export interface WorkflowItem {
  id: string;
  status: WorkflowStatus;
  draft: InterpretationDraft;
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
  withdrawal?: { reason: string; at: string };
  /** Incremented by every write; a write that expected another value fails with a conflict. */
  rev: number;
}

export interface Revision {
  version: number;
  publishedAt: string;
  publishedBy: ActorRef;
  content: Interpretation;
}

/** The staff side of content: drafts, review states, versions. */
export interface WorkflowStore {
  get(id: string): Promise<WorkflowItem | undefined>;
  /** Create (rev 1) or replace an item whose stored rev is `item.rev - 1`; else StaleWriteError. */
  save(item: WorkflowItem, audit: AuditEntry): Promise<void>;
  /** Save the item as published, keep the revision, and make `content` what residents read. */
  publish(item: WorkflowItem, revision: Revision, audit: AuditEntry): Promise<void>;
  /** Save the item as withdrawn and take the published version out of public lists. */
  withdraw(item: WorkflowItem, audit: AuditEntry): Promise<void>;
  listByOwner(userId: string, limit: number): Promise<WorkflowItem[]>;
  listByStatus(status: WorkflowStatus, limit: number): Promise<WorkflowItem[]>;
  listRecent(limit: number): Promise<WorkflowItem[]>;
  listRevisions(id: string): Promise<Revision[]>;
}
