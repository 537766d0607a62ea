import { LoginInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { signInDeps } from '../../container';
import { signIn } from '../../domain/identity/sign-in';
import { route } from '../route';

export const handler = route('login', ({ event }) => signIn(signInDeps(), parseBody(LoginInputSchema, event).code));
