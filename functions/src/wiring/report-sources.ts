import type { ReportApplicationSource } from '../ports/report-sources';

// Replaced at merge by the application and content wiring
// (`reportApplicationSource` from ./applications).

/** Until the application wiring lands: no applications, so section 3 counts none. */
export const reportApplicationSource = (): ReportApplicationSource => ({
  listForReportYear: () => Promise.resolve([]),
});
