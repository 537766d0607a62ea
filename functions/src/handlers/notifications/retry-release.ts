import { pathParam } from '../../commons/http';
import { releaseDeps } from '../../wiring/notifications';
import { retryRelease } from '../../domain/notifications/staff-releases';
import { route } from '../route';

export const handler = route('retryRelease', ({ event }) =>
  retryRelease(releaseDeps(), pathParam(event, 'id')),
);
