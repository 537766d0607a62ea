import { LoginInputSchema } from '@sunshine/shared';
import { parseBody, sourceIp } from '../../commons/http';
import { signInDeps } from '../../wiring/identity';
import { signIn } from '../../domain/identity/sign-in';
import { publicRoute } from '../public-route';

export const handler = publicRoute(
  'login',
  ({ event }) =>
    signIn(signInDeps(), parseBody(LoginInputSchema, event).code, { ip: sourceIp(event) }),
  { secrets: true },
);
