import { createHash } from 'node:crypto';
import { CONCERN_CLOCK_RULES, staffTopic, type ConcernClock } from '@sunshine/shared';
import type { Clock } from '../../ports/clock';
import type { Concern, ConcernStore } from '../../ports/concern-store';
import type { TemplateIds } from '../../ports/notification-ports';
import type { Release, ReleaseStore } from '../../ports/release-store';
import { thingValue, timeValue } from '../notifications/template-values';
import {
  clockView,
  dueMilestone,
  isRunning,
  milestoneAt,
  timeLeftLabel,
  type ReminderMilestone,
} from './clocks';

export interface ReminderDeps {
  concerns: Pick<ConcernStore, 'listOpen'>;
  releases: Pick<ReleaseStore, 'putOnce'>;
  templates: TemplateIds;
  clock: Clock;
  /** Start the fan-out now rather than at its next run. */
  kickReleases?: () => Promise<void>;
}

/** The staff page a reminder opens: the concern itself. */
export const concernStaffPage = (id: string) =>
  `packages/staff/pages/concern/index?id=${encodeURIComponent(id)}`;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The id of the reminder of one (concern, clock, milestone): a ULID whose time is the milestone's
 * and whose rest is a hash of the three, so every run that reaches the milestone names the same
 * release, and the store makes it once (the staff's release list still sorts it by time).
 */
export function reminderReleaseId(
  concernId: string,
  clock: ConcernClock,
  milestone: ReminderMilestone,
  at: Date,
): string {
  let time = at.getTime();
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD[time % 32] + head;
    time = Math.floor(time / 32);
  }
  const digest = createHash('sha256').update(`${concernId}|${clock}|${milestone}`).digest();
  const tail = Array.from(digest.subarray(0, 16), (byte) => CROCKFORD[byte % 32]).join('');
  return head + tail;
}

function reminderRelease(
  deps: ReminderDeps,
  concern: Concern,
  clock: ReturnType<typeof clockView>,
  milestone: ReminderMilestone,
  at: Date,
  now: Date,
): Release {
  const due = new Date(clock.dueAt);
  return {
    id: reminderReleaseId(concern.id, clock.clock, milestone, at),
    kind: 'reminder',
    title: concern.title,
    itemId: concern.id,
    topics: concern.assignees.map(({ userId }) => staffTopic(userId)),
    urgent: concern.level === 'major',
    createdAt: now.toISOString(),
    message: {
      templateId: deps.templates.reminder.templateId,
      page: concernStaffPage(concern.id),
      data: {
        thing1: { value: thingValue(concern.title) },
        time2: { value: timeValue(due) },
        thing3: {
          value: thingValue(`${clock.label}还剩${timeLeftLabel(due.getTime() - now.getTime())}`),
        },
      },
    },
    fanOut: { topic: 0, done: false },
    counts: { queued: 0, targeted: 0, sent: 0, refused: 0, failed: 0, unknown: 0 },
  };
}

/**
 * Every few minutes: for each running clock of each open concern, the latest milestone reached
 * (half its time, an hour before its deadline) becomes one reminder release to the concern's
 * assignees (`staff:<userId>`), made once however many runs reach it, overlapping ones included.
 * A milestone passed over (the concern was opened late) is not sent after a later one.
 */
export async function remindConcernDeadlines(deps: ReminderDeps): Promise<{ made: number }> {
  const now = deps.clock.now();
  let made = 0;
  for (const concern of await deps.concerns.listOpen()) {
    if (!concern.assignees.length) continue;
    for (const rule of CONCERN_CLOCK_RULES[concern.level]) {
      const clock = clockView(concern, rule, now);
      if (!isRunning(clock)) continue;
      const milestone = dueMilestone(concern, rule, now);
      if (!milestone) continue;
      const at = milestoneAt(concern, rule, milestone);
      if (await deps.releases.putOnce(reminderRelease(deps, concern, clock, milestone, at, now)))
        made++;
    }
  }
  if (made) await deps.kickReleases?.();
  return { made };
}
