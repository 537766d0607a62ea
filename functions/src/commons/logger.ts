import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One structured logger for every function. It never receives request bodies or identities:
 * residents' personal data stays out of logs.
 */
export const logger = new Logger({ serviceName: 'sunshine-api' });
