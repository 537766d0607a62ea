import type { WorkingCalendarView } from '@sunshine/shared';

/**
 * Demo working-day calendars, from the State Council's holiday arrangements as announced for 2025
 * and 2026 (国务院办公厅关于部分节假日安排的通知). Marked demo: an admin checks them against the
 * notice before the deadlines of real applications rest on them, and enters each new year.
 */
export const DEMO_CALENDARS: WorkingCalendarView[] = [
  {
    year: 2025,
    holidays: [
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-03',
      '2025-02-04',
      '2025-04-04',
      '2025-05-01',
      '2025-05-02',
      '2025-05-05',
      '2025-06-02',
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    demo: true,
  },
  {
    year: 2026,
    holidays: [
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-23',
      '2026-04-06',
      '2026-05-01',
      '2026-05-04',
      '2026-05-05',
      '2026-06-19',
      '2026-09-25',
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    demo: true,
  },
];
