import { GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import { optionalEnv } from './config';

/**
 * The secrets a function needs, by environment name, and their SSM Parameter Store names under
 * the stage's prefix (`SECRETS_SSM_PREFIX`, e.g. /sunshine/prod). In AWS they are never in the
 * template or the function's configuration: the first request of a container reads them
 * (SecureString, decrypted) and keeps them in its memory. Locally and in tests they are set in
 * the environment, and SSM is never asked.
 */
const SECRETS: Record<string, string> = {
  SESSION_SECRET: 'session-secret',
  WECHAT_APPID: 'wechat-appid',
  WECHAT_SECRET: 'wechat-secret',
};

let loading: Promise<void> | undefined;

export function loadSecrets(): Promise<void> {
  loading ??= load().catch((error) => {
    loading = undefined; // the next request tries again
    throw error;
  });
  return loading;
}

async function load(): Promise<void> {
  const missing = Object.keys(SECRETS).filter((name) => !optionalEnv(name));
  const prefix = optionalEnv('SECRETS_SSM_PREFIX');
  if (!missing.length || !prefix) return;
  const client = new SSMClient({ region: optionalEnv('AWS_REGION') });
  try {
    const names = missing.map((name) => `${prefix}/${SECRETS[name]}`);
    const { Parameters = [], InvalidParameters = [] } = await client.send(new GetParametersCommand({ Names: names, WithDecryption: true }));
    if (InvalidParameters.length) throw new Error(`SSM parameters missing: ${InvalidParameters.join(', ')}`);
    for (const name of missing) {
      const value = Parameters.find((parameter) => parameter.Name === `${prefix}/${SECRETS[name]}`)?.Value;
      if (value) process.env[name] = value;
    }
  } finally {
    client.destroy();
  }
}
