import { StartImportInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { importDeps } from '../../wiring/guides';
import { startGuideImport } from '../../domain/guides/import-guides';
import { route } from '../route';

export const handler = route('startGuideImport', ({ event, actor }) =>
  startGuideImport(importDeps(), actor, parseBody(StartImportInputSchema, event)),
);
