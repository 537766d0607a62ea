import type { ReleaseView } from '@sunshine/shared';
import { call } from './request';

/** Staff: the releases going out to subscribers, and a retry of the failed sends of one. */
export const listReleases = () => call<ReleaseView[]>('listReleases');
export const retryRelease = (id: string) => call<ReleaseView>('retryRelease', { params: { id } });
