import {
  CONCERN_ENTRY_LABELS,
  CONCERN_LEVEL_LABELS,
  type ConcernEntryView,
  type OpenConcernBanner,
  type PublicConcernView,
  type StaffConcernView,
} from '@sunshine/shared';
import type { Concern } from '../../ports/concern-store';
import { clockViews } from './clocks';

const entryViews = (concern: Concern): ConcernEntryView[] =>
  [...concern.entries]
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
    .map((entry) => ({ ...entry, entryLabel: CONCERN_ENTRY_LABELS[entry.entry] }));

export function staffConcernView(concern: Concern, now: Date): StaffConcernView {
  return {
    id: concern.id,
    title: concern.title,
    ...(concern.summary && { summary: concern.summary }),
    level: concern.level,
    levelLabel: CONCERN_LEVEL_LABELS[concern.level],
    office: concern.office,
    officeName: concern.officeName,
    arisenAt: concern.arisenAt,
    openedAt: concern.openedAt,
    openedBy: concern.openedBy,
    assignees: concern.assignees,
    status: concern.status,
    clocks: clockViews(concern, now),
    ...(concern.pressConference && { pressConference: concern.pressConference }),
    entries: entryViews(concern),
    ...(concern.closedAt && { closedAt: concern.closedAt }),
    ...(concern.statement && { statement: concern.statement }),
  };
}

/**
 * What residents read: what happened and the thread in time order; once closed, the statement and
 * whether each clock was kept. Built field by field, so no staff name or id can slip in.
 */
export function publicConcernView(concern: Concern, now: Date): PublicConcernView {
  return {
    id: concern.id,
    title: concern.title,
    ...(concern.summary && { summary: concern.summary }),
    level: concern.level,
    levelLabel: CONCERN_LEVEL_LABELS[concern.level],
    officeName: concern.officeName,
    arisenAt: concern.arisenAt,
    status: concern.status,
    ...(concern.closedAt && { closedAt: concern.closedAt }),
    ...(concern.statement && { statement: concern.statement }),
    entries: entryViews(concern),
    ...(concern.status === 'closed' && {
      clocks: clockViews(concern, now).map(({ label, state }) => ({ label, state })),
    }),
  };
}

export const bannerView = ({ id, title, arisenAt }: OpenConcernBanner): OpenConcernBanner => ({
  id,
  title,
  arisenAt,
});
