import { logger } from '../../commons/logger';
import { loadSecrets } from '../../commons/secrets';
import { dispatchDeps, queuesConfigured } from '../../wiring/notifications';
import { dispatchReleases } from '../../domain/notifications/dispatch';

/** Every minute (EventBridge), and locally right after a publish: fan pending releases out. */
export const handler = async () => {
  // With SQS (AWS) the fan-out only queues; the worker in this process (locally) calls WeChat.
  if (!queuesConfigured()) await loadSecrets();
  const result = await dispatchReleases(dispatchDeps());
  if (result.queued) logger.info('releases fanned out', result);
  return result;
};
