import { ApiError } from './api-error';
import { sandboxBase } from './auth';
import { send } from './request';
import { devSignInEnabled, readDevIdentity } from './session';

/**
 * H5 development only (TARO_APP_DEV_SIGN_IN, never the WeChat build): the sandbox stands in for
 * WeChat's prompt. Accepting grants the credit on the sandbox's side, as accepting on a phone
 * grants it on WeChat's, so the sender later finds it there.
 *
 * The openid comes from the sandbox itself, for the test identity this browser signed in as
 * (its login-code answer names it); no API of ours ever hands an openid to a client.
 */
export const promptStandsIn = () => devSignInEnabled();

export async function grantInSandbox(templateIds: string[]): Promise<void> {
  const identity = readDevIdentity();
  if (!identity) throw new ApiError('UNAUTHENTICATED');
  const issued = await send(`${sandboxBase()}/sandbox/login-code`, 'POST', { body: { identity } });
  const openid = (issued.data as { openid?: string } | undefined)?.openid;
  if (!openid) throw new ApiError('UPSTREAM_BUSY');
  for (const templateId of templateIds) {
    const granted = await send(`${sandboxBase()}/sandbox/subscribe`, 'POST', {
      body: { openid, template_id: templateId },
    });
    if (granted.statusCode !== 200) throw new ApiError('UPSTREAM_BUSY');
  }
}
