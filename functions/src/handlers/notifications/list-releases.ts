import { releaseDeps } from '../../wiring/notifications';
import { listReleases } from '../../domain/notifications/staff-releases';
import { route } from '../route';

export const handler = route('listReleases', () => listReleases(releaseDeps()));
