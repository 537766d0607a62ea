import { logger } from '../../commons/logger';
import { workflowDeps } from '../../wiring/content';
import { publishDue } from '../../domain/workflow/review';

/** Every minute (EventBridge; under `npm start`, the local stack invokes it): publish what is due. */
export const handler = async () => {
  const published = await publishDue(workflowDeps());
  if (published.length)
    logger.info('published scheduled items', { count: published.length, ids: published });
  return { published };
};
