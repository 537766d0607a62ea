import { contentDocumentSource } from '../domain/report/document-source';
import type { ReportDeps, ReportSources } from '../domain/report/deps';
import { bureauStore } from './bureau';
import { contentStore, latePublicationSource, workflowDeps, workflowStore } from './content';
import { reportApplicationSource } from './applications';
import { concernStore } from './concern-store';

/** What the annual report is computed from: applications, the library's documents, late items. */
export const reportSources = (): ReportSources => ({
  applications: reportApplicationSource(),
  documents: contentDocumentSource(contentStore()),
  latePublications: latePublicationSource(),
});

export const reportDeps = (): ReportDeps => ({
  ...reportSources(),
  workflow: workflowStore(),
  bureau: bureauStore(),
  concerns: concernStore(),
});

/** The workflow, able to take an annual report's figures when it is submitted for review. */
export const workflowWithReportDeps = () => ({ ...workflowDeps(), reportSources: reportSources() });
