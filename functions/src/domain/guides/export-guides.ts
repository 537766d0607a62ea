import type { GuideDraft, OfficeOption } from '@sunshine/shared';
import { csvDocument } from '../../commons/csv';
import type { WorkflowStore } from '../../ports/workflow-store';
import { GUIDE_HEADERS, guideToRow } from './guide-columns';

/** Every guide as staff last wrote it (drafts included), in the form import reads back. */
export async function exportGuides(
  workflow: WorkflowStore,
  format: 'csv' | 'json',
  /** The bureau's offices: 实施机关 by their names, as an import reads it back. */
  offices: readonly OfficeOption[],
): Promise<string> {
  const guides: GuideDraft[] = [];
  for await (const item of workflow.listByKind('guide'))
    if (item.draft.kind === 'guide') guides.push(item.draft);
  guides.sort((a, b) => a.code.localeCompare(b.code));
  if (format === 'json') return `${JSON.stringify(guides, null, 2)}\n`;
  return csvDocument([GUIDE_HEADERS, ...guides.map((guide) => guideToRow(guide, offices))]);
}
