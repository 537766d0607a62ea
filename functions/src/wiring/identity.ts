import { DynamoSignInThrottle } from '../adapters/dynamo/sign-in-throttle';
import { DynamoStaffStore } from '../adapters/dynamo/staff-store';
import { DynamoUserStore } from '../adapters/dynamo/user-store';
import { JwtSessionTokens } from '../adapters/tokens/jwt-session-tokens';
import { sessionSecret, signInsPerMinute } from '../config';
import type { AuthorizeDeps } from '../domain/identity/authorize';
import type { SignInDeps } from '../domain/identity/sign-in';
import type { StaffDeps } from '../domain/staff/deps';
import { auditLog } from './audit';
import { auditDeps, tableStore } from './base';
import { guardedStore } from './submissions';
import { wechatAuth } from './wechat';
import { once } from './once';

export const userStore = /* @__PURE__ */ tableStore(DynamoUserStore);
export const staffStore = /* @__PURE__ */ tableStore(DynamoStaffStore);
export const sessionTokens = /* @__PURE__ */ once(() => new JwtSessionTokens(sessionSecret()));
export const signInThrottle = /* @__PURE__ */ guardedStore(DynamoSignInThrottle);

export const signInDeps = (): SignInDeps => ({
  ...auditDeps(),
  wechat: wechatAuth(),
  users: userStore(),
  staff: staffStore(),
  tokens: sessionTokens(),
  audit: auditLog(),
  throttle: signInThrottle(),
  signInsPerMinute: signInsPerMinute(),
});
export const authorizeDeps = (): AuthorizeDeps => ({
  tokens: sessionTokens(),
  staff: staffStore(),
});
export const staffDeps = (): StaffDeps => ({ ...auditDeps(), staff: staffStore() });
