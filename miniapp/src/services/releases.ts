import { call } from './request';

/** Staff: the releases going out to subscribers, and a retry of the failed sends of one. */
export const listReleases = () => call('listReleases');
export const retryRelease = (id: string) => call('retryRelease', { params: { id } });
