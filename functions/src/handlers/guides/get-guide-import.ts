import { pathParam } from '../../commons/http';
import { importDeps } from '../../wiring/guides';
import { getGuideImport } from '../../domain/guides/import-guides';
import { route } from '../route';

export const handler = route('getGuideImport', ({ event, actor }) =>
  getGuideImport(importDeps(), actor, pathParam(event, 'id')),
);
