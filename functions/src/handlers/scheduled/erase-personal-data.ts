import type { Context } from 'aws-lambda';
import { positiveIntegerEnv } from '../../commons/config';
import { logger } from '../../commons/logger';
import { applicationStore } from '../../wiring/applications';
import { clock } from '../../wiring/base';
import { commentStore } from '../../wiring/consultations';
import { workflowStore } from '../../wiring/content';
import { erasureLists } from '../../wiring/operations';
import { questionStore } from '../../wiring/questions';
import { erasePersonalData } from '../../domain/retention/erase-personal-data';

/**
 * Records one run may erase. Each takes a read and a transaction (some 20–30 ms), so 4,000 fit in
 * about two minutes, well inside the function's five; a larger backlog goes on the next day.
 */
const DEFAULT_RECORDS_PER_RUN = 4000;

/**
 * Daily (EventBridge): erase the personal data whose retention period is over. Logs counts only;
 * an unfinished run (a backlog, or time running out) says so with a warning, and the next goes on.
 */
export const handler = async (
  _event: unknown,
  context?: Pick<Context, 'getRemainingTimeInMillis'>,
) => {
  const report = await erasePersonalData(
    {
      clock,
      erasure: erasureLists(),
      workflow: workflowStore(),
      comments: commentStore(),
      questions: questionStore(),
      applications: applicationStore(),
    },
    {
      records: positiveIntegerEnv('ERASURE_RECORDS_PER_RUN', DEFAULT_RECORDS_PER_RUN),
      timeLeft: () => context?.getRemainingTimeInMillis() ?? Infinity,
    },
  );
  if (report.complete) logger.info('personal data erased', { ...report });
  else logger.warn('personal data erased; more is due, the next run goes on', { ...report });
  return report;
};
