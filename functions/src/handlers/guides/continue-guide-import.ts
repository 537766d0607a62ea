import { pathParam } from '../../commons/http';
import { importDeps } from '../../wiring/guides';
import { continueGuideImport } from '../../domain/guides/import-guides';
import { route } from '../route';

export const handler = route('continueGuideImport', ({ event, actor }) =>
  continueGuideImport(importDeps(), actor, pathParam(event, 'id')),
);
