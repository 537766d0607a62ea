import { AppError } from '../../commons/errors';
import { logger } from '../../commons/logger';
import type { Clock } from '../../ports/clock';
import type { HealthProbe } from '../../ports/health-probe';

/** Up and able to read its table: 200; otherwise 503, with the cause in the log, not the answer. */
export async function health(deps: {
  probe: HealthProbe;
  clock: Clock;
}): Promise<{ status: 'ok'; checkedAt: string }> {
  try {
    await deps.probe.check();
  } catch (error) {
    logger.error('health check failed: the table did not answer', error as Error);
    throw new AppError('SERVICE_UNAVAILABLE');
  }
  return { status: 'ok', checkedAt: deps.clock.now().toISOString() };
}
