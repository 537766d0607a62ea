import { logger } from '../../commons/logger';
import { loadSecrets } from '../../commons/secrets';
import { dispatchDeps } from '../../container';
import { dispatchReleases } from '../../domain/notifications/dispatch';

/** Every minute (EventBridge), and locally right after a publish: fan pending releases out. */
export const handler = async () => {
  await loadSecrets(); // WeChat's appid and secret, for the sender
  const result = await dispatchReleases(dispatchDeps());
  if (result.queued) logger.info('releases fanned out', result);
  return result;
};
