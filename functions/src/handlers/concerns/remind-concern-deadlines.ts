import { logger } from '../../commons/logger';
import { reminderDeps } from '../../wiring/concerns';
import { remindConcernDeadlines } from '../../domain/concerns/reminders';

/** Every 5 minutes (EventBridge; under `npm start`, the local stack runs the schedule): deadline reminders. */
export const handler = async () => {
  const result = await remindConcernDeadlines(reminderDeps());
  if (result.made) logger.info('concern reminders made', result);
  return result;
};
