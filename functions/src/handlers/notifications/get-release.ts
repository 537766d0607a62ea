import { pathParam } from '../../commons/http';
import { releaseDeps } from '../../wiring/notifications';
import { getRelease } from '../../domain/notifications/staff-releases';
import { route } from '../route';

export const handler = route('getRelease', ({ event }) =>
  getRelease(releaseDeps(), pathParam(event, 'id')),
);
