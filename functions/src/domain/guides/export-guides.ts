import {
  chinaDate,
  type ExportFileView,
  type GuideDraft,
  type OfficeOption,
} from '@sunshine/shared';
import type { Clock } from '../../ports/clock';
import type { ExportFiles } from '../../ports/export-files';
import type { WorkflowStore } from '../../ports/workflow-store';
import { exportCsv, exportJsonArray } from '../exports/export-file';
import { GUIDE_HEADERS, guideToRow } from './guide-columns';

export interface ExportGuidesDeps {
  workflow: WorkflowStore;
  files: ExportFiles;
  clock: Clock;
}

/**
 * Every guide as staff last wrote it (drafts included), in the form import reads back, written to
 * private storage as a file and answered as a link: 10,000 guides are about 15 MB of CSV, past
 * what a Lambda may answer. Sorted by 事项编码, so two exports compare line by line; the drafts
 * are held to sort them (a few KB each), the file's text never whole.
 */
export async function exportGuides(
  deps: ExportGuidesDeps,
  format: 'csv' | 'json',
  /** The bureau's offices: 实施机关 by their names, as an import reads it back. */
  offices: readonly OfficeOption[],
): Promise<ExportFileView> {
  const guides: GuideDraft[] = [];
  for await (const item of deps.workflow.listByKind('guide'))
    if (item.draft.kind === 'guide') guides.push(item.draft);
  guides.sort((a, b) => a.code.localeCompare(b.code));
  const fileName = `办事指南-${chinaDate(deps.clock.now())}.${format}`;
  if (format === 'json') return exportJsonArray(deps.files, { fileName, items: guides });
  return exportCsv(deps.files, {
    fileName,
    header: GUIDE_HEADERS,
    rows: guides.map((guide) => guideToRow(guide, offices)),
  });
}
