import type { LatePublicationSource, ReportApplicationSource } from '../ports/report-sources';

// Replaced at merge by the application and content wiring
// (`reportApplicationSource` from ./applications, `latePublicationSource` from ./content).

/** Until the application wiring lands: no applications, so section 3 counts none. */
export const reportApplicationSource = (): ReportApplicationSource => ({
  listForReportYear: () => Promise.resolve([]),
});

/** Until the content wiring lands: no late publications. */
export const latePublicationSource = (): LatePublicationSource => ({
  listLatePublications: () => Promise.resolve([]),
});
