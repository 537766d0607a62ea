import { ExportGuidesQuerySchema, profileOffices } from '@sunshine/shared';
import { FileDownload, parseQuery } from '../../commons/http';
import { bureauStore } from '../../wiring/bureau';
import { workflowStore } from '../../wiring/content';
import { exportGuides } from '../../domain/guides/export-guides';
import { route } from '../route';

export const handler = route('exportGuides', async ({ event }) => {
  const { format } = parseQuery(ExportGuidesQuerySchema, event);
  const body = await exportGuides(
    workflowStore(),
    format,
    profileOffices(await bureauStore().get()),
  );
  return new FileDownload(
    body,
    format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    `guides.${format}`,
  );
});
