import { ExportGuidesQuerySchema, profileOffices } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { clock } from '../../wiring/base';
import { bureauStore } from '../../wiring/bureau';
import { workflowStore } from '../../wiring/content';
import { exportFiles } from '../../wiring/exports';
import { exportGuides } from '../../domain/guides/export-guides';
import { route } from '../route';

export const handler = route('exportGuides', async ({ event }) => {
  const { format } = parseQuery(ExportGuidesQuerySchema, event);
  return exportGuides(
    { workflow: workflowStore(), files: exportFiles(), clock },
    format,
    profileOffices(await bureauStore().get()),
  );
});
