import { logger } from '../../commons/logger';
import { applicationStore, clock, commentStore, questionStore, workflowStore } from '../../container';
import { erasePersonalData } from '../../domain/retention/erase-personal-data';

/** Daily (EventBridge): erase the personal data whose retention period is over. Logs counts only. */
export const handler = async () => {
  const erased = await erasePersonalData({ clock, workflow: workflowStore(), comments: commentStore(), questions: questionStore(), applications: applicationStore() });
  logger.info('personal data erased', erased);
  return erased;
};
