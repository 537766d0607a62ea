import type { StaffComment } from '@sunshine/shared';

/** What staff work through: comments to review first, then shown ones without a decision, or all. */
export const FILTERS = ['waiting', 'undecided', 'all'] as const;
export type Filter = (typeof FILTERS)[number];

export function matches(filter: Filter, comment: StaffComment): boolean {
  if (filter === 'waiting') return comment.status === 'pending' || comment.status === 'held';
  if (filter === 'undecided') return comment.status === 'approved' && !comment.decision;
  return true;
}
