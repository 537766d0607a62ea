import { chinaInstant, type StaffApplicationView } from '@sunshine/shared';
import { URGENCY_LABELS, type Urgency } from '../questions/deadline';

export { URGENCY_LABELS };

/** Within this many days of its due date a case is flagged: a reply takes a few days to prepare. */
const SOON_DAYS = 3;

/** Overdue once its due date (China) has passed; due soon within three days; stopped clocks are neither. */
export function caseUrgency(
  application: Pick<StaffApplicationView, 'dueOn' | 'status'>,
  now: number,
): Urgency {
  if (application.status !== 'received' || !application.dueOn) return 'normal';
  const endOfDue = chinaInstant(application.dueOn, '23:59:59').getTime();
  if (Number.isNaN(endOfDue)) return 'normal';
  if (endOfDue < now) return 'overdue';
  return endOfDue - now <= SOON_DAYS * 86_400_000 ? 'soon' : 'normal';
}
