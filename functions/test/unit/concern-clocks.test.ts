import { CONCERN_CLOCK_RULES } from '@sunshine/shared';
import type { Concern } from '../../src/ports/concern-store';
import {
  clockViews,
  dueMilestone,
  nearestDeadline,
  outcomesAtClose,
  timeLeftLabel,
} from '../../src/domain/concerns/clocks';
import { publicConcernView, staffConcernView } from '../../src/domain/concerns/views';
import { reminderReleaseId } from '../../src/domain/concerns/reminders';
import { testId } from '../support/interpretations';

/** A moment in China time (UTC+8), as staff read the clocks. */
const china = (local: string) => new Date(`${local}+08:00`);

function aConcern(overrides: Partial<Concern> = {}): Concern {
  return {
    id: testId(1),
    title: '某路段交通事故',
    level: 'major',
    office: 'traffic',
    officeName: '交警大队',
    arisenAt: china('2026-12-04T22:00:00').toISOString(), // a Friday
    openedAt: china('2026-12-04T22:10:00').toISOString(),
    openedBy: { userId: 'u-responder', name: '王答复' },
    assignees: [{ userId: 'u-responder', name: '王答复' }],
    status: 'open',
    entries: [],
    rev: 1,
    ...overrides,
  };
}

const byClock = (concern: Concern, now: Date) =>
  Object.fromEntries(clockViews(concern, now).map((clock) => [clock.clock, clock]));

describe('concern clocks count clock hours from when the concern arose', () => {
  test('a major concern arising Friday 22:00 China time is due Saturday 03:00 and its press conference Saturday 22:00, not after the weekend', () => {
    const clocks = byClock(aConcern(), china('2026-12-04T22:30:00'));

    expect(clocks.first_release?.dueAt).toBe(china('2026-12-05T03:00:00').toISOString());
    expect(clocks.press_conference?.dueAt).toBe(china('2026-12-05T22:00:00').toISOString());
  });

  test('a general concern arising Friday 22:00 is answered by Sunday 22:00 (48 hours through the weekend)', () => {
    const clocks = clockViews(aConcern({ level: 'general' }), china('2026-12-04T22:30:00'));

    expect(clocks).toEqual([
      {
        clock: 'answer',
        label: '回应',
        dueAt: china('2026-12-06T22:00:00').toISOString(),
        state: 'running',
      },
    ]);
  });

  test('across midnight: arising 23:30, the first release runs until 02:00, is due soon after, overdue after 04:30', () => {
    const concern = aConcern({ arisenAt: china('2026-12-07T23:30:00').toISOString() });
    const state = (local: string) => byClock(concern, china(local)).first_release?.state;

    expect(byClock(concern, china('2026-12-08T00:10:00')).first_release?.dueAt).toBe(
      china('2026-12-08T04:30:00').toISOString(),
    );
    expect(state('2026-12-08T01:59:00')).toBe('running');
    expect(state('2026-12-08T02:01:00')).toBe('due_soon');
    expect(state('2026-12-08T04:29:00')).toBe('due_soon');
    expect(state('2026-12-08T04:31:00')).toBe('overdue');
  });

  test('a clock is met by the first release on or before its deadline, late after it', () => {
    const onTime = aConcern({ firstReleaseAt: china('2026-12-05T02:59:00').toISOString() });
    const late = aConcern({ firstReleaseAt: china('2026-12-05T03:01:00').toISOString() });
    const now = china('2026-12-05T04:00:00');

    expect(byClock(onTime, now).first_release).toMatchObject({
      state: 'met',
      metAt: china('2026-12-05T02:59:00').toISOString(),
    });
    expect(byClock(late, now).first_release?.state).toBe('late');
  });

  test('a press conference is met when held in time, not_held when recorded as not held', () => {
    const held = aConcern({
      pressConference: {
        held: true,
        at: china('2026-12-05T10:00:00').toISOString(),
        recordedAt: china('2026-12-05T11:00:00').toISOString(),
      },
    });
    const notHeld = aConcern({
      pressConference: { held: false, note: '已发布通报，无需召开', recordedAt: '' },
    });
    const now = china('2026-12-05T12:00:00');

    expect(byClock(held, now).press_conference?.state).toBe('met');
    expect(byClock(notHeld, now).press_conference?.state).toBe('not_held');
  });

  test('closing fixes each clock: met, not held, or late when nothing met it by the close', () => {
    const concern = aConcern({
      firstReleaseAt: china('2026-12-05T01:00:00').toISOString(),
      status: 'closed',
      closedAt: china('2026-12-05T08:00:00').toISOString(),
    });

    expect(outcomesAtClose(concern)).toEqual({
      first_release: { state: 'met', metAt: china('2026-12-05T01:00:00').toISOString() },
      press_conference: { state: 'late' },
    });
    expect(
      outcomesAtClose({
        ...concern,
        pressConference: { held: false, note: '无需召开', recordedAt: '' },
      }),
    ).toMatchObject({ press_conference: { state: 'not_held' } });
  });

  test('a closed concern shows its fixed outcomes whatever the time now', () => {
    const closed = aConcern({
      status: 'closed',
      firstReleaseAt: china('2026-12-05T01:00:00').toISOString(),
      outcomes: {
        first_release: { state: 'met', metAt: '2026-12-04T17:00:00.000Z' },
        press_conference: { state: 'late' },
      },
    });

    const states = clockViews(closed, china('2027-01-01T00:00:00')).map((clock) => clock.state);

    expect(states).toEqual(['met', 'late']);
  });

  test('open concerns sort by their nearest running deadline; one with every clock met sorts last', () => {
    const now = china('2026-12-05T00:00:00');
    const early = aConcern({ arisenAt: china('2026-12-04T21:00:00').toISOString() });
    const later = aConcern({ arisenAt: china('2026-12-04T23:00:00').toISOString() });
    const answered = aConcern({
      level: 'general',
      firstReleaseAt: china('2026-12-04T23:30:00').toISOString(),
    });

    const sorted = [answered, later, early].sort(
      (a, b) => nearestDeadline(a, now) - nearestDeadline(b, now),
    );

    expect(sorted).toEqual([early, later, answered]);
  });
});

describe('deadline reminders', () => {
  const [firstRelease] = CONCERN_CLOCK_RULES.major;
  const concern = aConcern();

  test('are due at half time (2 h 30 min of 5 h) and an hour before the deadline, never after it', () => {
    const at = (local: string) => dueMilestone(concern, firstRelease!, china(local));

    expect(at('2026-12-05T00:29:00')).toBeUndefined();
    expect(at('2026-12-05T00:30:00')).toBe('half');
    expect(at('2026-12-05T01:59:00')).toBe('half');
    expect(at('2026-12-05T02:00:00')).toBe('hour');
    expect(at('2026-12-05T03:00:00')).toBeUndefined();
  });

  test('a concern opened after half time owes only the latest milestone', () => {
    expect(dueMilestone(concern, firstRelease!, china('2026-12-05T02:30:00'))).toBe('hour');
  });

  test('each (concern, clock, milestone) has one release id, a ULID that sorts at its time', () => {
    const at = china('2026-12-05T00:30:00');
    const id = reminderReleaseId(concern.id, 'first_release', 'half', at);

    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(reminderReleaseId(concern.id, 'first_release', 'half', at)).toBe(id);
    expect(reminderReleaseId(concern.id, 'first_release', 'hour', at)).not.toBe(id);
    expect(reminderReleaseId(testId(2), 'first_release', 'half', at)).not.toBe(id);
    expect(id.slice(0, 10) > '01KBN00000').toBe(true);
  });

  test('say the time left in hours and minutes', () => {
    expect(timeLeftLabel(2.5 * 3_600_000)).toBe('2小时30分');
    expect(timeLeftLabel(45 * 60_000)).toBe('45分');
  });
});

describe('concern views', () => {
  const concern = aConcern({
    entries: [
      {
        itemId: testId(12),
        kind: 'notice',
        entry: 'update',
        title: '进展通报',
        publishedAt: china('2026-12-05T06:00:00').toISOString(),
      },
      {
        itemId: testId(11),
        kind: 'notice',
        entry: 'first_release',
        title: '情况通报',
        publishedAt: china('2026-12-05T01:00:00').toISOString(),
      },
    ],
    firstReleaseAt: china('2026-12-05T01:00:00').toISOString(),
  });

  test('the public view lists the thread in time order and carries no staff name or user id', () => {
    const view = publicConcernView(concern, china('2026-12-05T07:00:00'));

    expect(view.entries.map((entry) => [entry.entry, entry.entryLabel])).toEqual([
      ['first_release', '首次权威发布'],
      ['update', '进展通报'],
    ]);
    expect(JSON.stringify(view)).not.toMatch(/u-responder|王答复|openedBy|assignees/);
    expect(view.clocks).toBeUndefined();
  });

  test('a closed concern shows residents on time or late per clock, by label', () => {
    const closed = {
      ...concern,
      status: 'closed' as const,
      closedAt: china('2026-12-05T08:00:00').toISOString(),
    };

    expect(
      publicConcernView({ ...closed, outcomes: outcomesAtClose(closed) }, new Date()).clocks,
    ).toEqual([
      { label: '首次权威发布', state: 'met' },
      { label: '新闻发布会', state: 'late' },
    ]);
  });

  test('the staff view names the level and the people', () => {
    const view = staffConcernView(concern, china('2026-12-05T07:00:00'));

    expect(view).toMatchObject({
      levelLabel: '重大突发事件',
      officeName: '交警大队',
      openedBy: { userId: 'u-responder', name: '王答复' },
      clocks: [
        { clock: 'first_release', state: 'met' },
        { clock: 'press_conference', state: 'running' },
      ],
    });
  });
});
