import type {
  ContentDraft,
  FieldChange,
  PublishedContent,
  RevisionView,
  WorkflowItemView,
  WorkflowSummaryView,
} from '@sunshine/shared';
import type { Revision, WorkflowItem } from '../../ports/workflow-store';
import { diffDrafts } from './diff';

export function workflowItemView(item: WorkflowItem): WorkflowItemView {
  const {
    id,
    status,
    draft,
    editors,
    updatedAt,
    submittedAt,
    review,
    publishAt,
    publishedVersion,
    publishedAt,
    indexNumber,
    withdrawal,
  } = item;
  return {
    id,
    kind: draft.kind,
    status,
    draft,
    editors,
    updatedAt,
    submittedAt,
    review,
    publishAt,
    publishedVersion,
    publishedAt,
    ...(indexNumber && { indexNumber }),
    withdrawal,
  };
}

export function workflowSummaryView(item: WorkflowItem): WorkflowSummaryView {
  return {
    id: item.id,
    kind: item.draft.kind,
    title: item.draft.title,
    ...(item.draft.kind === 'notice' && item.draft.urgent ? { urgent: true } : {}),
    category: item.draft.category,
    status: item.status,
    updatedAt: item.updatedAt,
    editors: item.editors,
    publishedVersion: item.publishedVersion,
  };
}

/** A published version as the draft it was published from. */
function contentDraft(content: PublishedContent): ContentDraft {
  const { id, publishedAt, updatedAt, demo, ...draft } = content;
  return draft as ContentDraft;
}

/** Versions oldest first in, newest first out, each with what it changed. */
export function revisionViews(revisions: Revision[]): RevisionView[] {
  const ordered = [...revisions].sort((a, b) => a.version - b.version);
  return ordered
    .map((revision, index) => ({
      version: revision.version,
      publishedAt: revision.publishedAt,
      publishedBy: revision.publishedBy,
      title: revision.content.title,
      changes: diffDrafts(
        index ? contentDraft(ordered[index - 1]!.content) : undefined,
        contentDraft(revision.content),
      ),
    }))
    .reverse();
}

/** What a pending draft changes from the latest published version (every field if none). */
export function pendingChanges(revisions: Revision[], draft: ContentDraft): FieldChange[] {
  const latest = revisions.reduce<Revision | undefined>(
    (found, revision) => (!found || revision.version > found.version ? revision : found),
    undefined,
  );
  return diffDrafts(latest && contentDraft(latest.content), draft);
}
