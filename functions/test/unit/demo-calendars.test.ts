import { calendarProblems } from '@sunshine/shared';
import { DEMO_CALENDARS } from '../../src/seed/demo-calendars';

test('the demo calendars break none of the rules an admin is held to, and are marked demo', () => {
  for (const calendar of DEMO_CALENDARS) {
    expect(calendarProblems(calendar)).toEqual([]);
    expect(calendar.demo).toBe(true);
  }
});
