import { clock } from '../../wiring/base';
import { healthProbe } from '../../wiring/operations';
import { health } from '../../domain/operations/health';
import { publicRoute } from '../public-route';

// Never cached: a health check must reach the function.
export const handler = publicRoute('health', () => health({ probe: healthProbe(), clock }), {
  cacheable: false,
});
