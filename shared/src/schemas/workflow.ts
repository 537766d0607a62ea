import * as v from 'valibot';
import type { StaffRole } from '../roles';
import type { ContentDraft } from './content';
import type { ContentKind } from './content-kinds';
import type { DisclosureCategory } from '../categories';

/**
 * Review before publishing (先审后发), shared by every content type:
 * draft → in_review → published (or scheduled → published); in_review → returned → draft;
 * published → withdrawn. An edit of a published or withdrawn item starts a new draft while the
 * published version stays live.
 */
export const WORKFLOW_STATUSES = [
  'draft',
  'in_review',
  'returned',
  'scheduled',
  'published',
  'withdrawn',
] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

export const STATUS_LABELS: Record<WorkflowStatus, string> = {
  draft: '草稿',
  in_review: '待审核',
  returned: '已退回',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
};

export const ReturnInputSchema = v.object({
  comment: v.pipe(
    v.string('请填写退回意见'),
    v.trim(),
    v.minLength(1, '请填写退回意见'),
    v.maxLength(1000, '退回意见不能超过 1000 字'),
  ),
});

export const WithdrawInputSchema = v.object({
  reason: v.pipe(
    v.string('请填写撤回原因'),
    v.trim(),
    v.minLength(1, '请填写撤回原因'),
    v.maxLength(200, '撤回原因不能超过 200 字'),
  ),
});

export const PublishInputSchema = v.object({
  /** Absent: publish now. Present: an ISO time in the future, when the item goes live. */
  publishAt: v.optional(v.pipe(v.string(), v.isoTimestamp('定时发布时间格式不正确'))),
});

export const StaffListQuerySchema = v.object({
  view: v.picklist(['mine', 'review', 'all'] as const, '视图须为 mine、review 或 all'),
});

export type ReturnInput = v.InferOutput<typeof ReturnInputSchema>;
export type WithdrawInput = v.InferOutput<typeof WithdrawInputSchema>;
export type PublishInput = v.InferOutput<typeof PublishInputSchema>;

export interface ActorRef {
  userId: string;
  displayName: string;
}

/** A staff member's view of one item in the workflow. */
export interface WorkflowItemView {
  id: string;
  status: WorkflowStatus;
  kind: ContentKind;
  draft: ContentDraft;
  /** Everyone who edited the pending version: none of them may approve it. */
  editors: ActorRef[];
  updatedAt: string;
  submittedAt?: string;
  review?: { by: ActorRef; at: string; comment: string };
  publishAt?: string;
  /** 0 until first published. */
  publishedVersion: number;
  publishedAt?: string;
  /** 索引号, from the first publication on. */
  indexNumber?: string;
  withdrawal?: { reason: string; at: string };
  /**
   * A new version awaiting review or scheduled: what it changes from the published one (long text
   * sentence by sentence), for the reviewer. Absent otherwise.
   */
  pendingChanges?: FieldChange[];
}

export interface WorkflowSummaryView {
  id: string;
  kind: ContentKind;
  title: string;
  category: DisclosureCategory;
  /** Urgent notices go to the top of the review queue. */
  urgent?: boolean;
  status: WorkflowStatus;
  updatedAt: string;
  editors: ActorRef[];
  publishedVersion: number;
}

/**
 * A run of a long field compared sentence by sentence: sentences kept, added or removed, or a run
 * of unchanged sentences left out (shown as 「…未改动 N 句…」) so that one changed sentence of a
 * long document reads on a phone.
 */
export type DiffSegment =
  { op: 'same' | 'added' | 'removed'; text: string } | { op: 'skipped'; sentences: number };

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** For long text changed in place: what changed, sentence by sentence, in reading order. */
  segments?: DiffSegment[];
}

export interface RevisionView {
  version: number;
  publishedAt: string;
  publishedBy: ActorRef;
  title: string;
  /** What changed from the previous version (everything, for version 1). */
  changes: FieldChange[];
}

export type ActorRoles = StaffRole[];
