import { logger } from '../../commons/logger';
import { snapshotDeps } from '../../wiring/search';
import { writeSearchSnapshot } from '../../domain/search/write-snapshot';

/** Every minute (EventBridge; serverless-offline locally): the search snapshot, if it is behind. */
export const handler = async () => {
  const deps = snapshotDeps();
  if (!deps) return { written: false, version: 0 }; // no bucket: cold starts rebuild
  const outcome = await writeSearchSnapshot(deps);
  if (outcome.written) logger.info('search snapshot written', { ...outcome });
  return outcome;
};
