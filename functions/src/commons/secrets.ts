import { hkdfSync } from 'node:crypto';
import { optionalEnv } from './config';
import { lambdaCredentials, signV4 } from './sigv4';

/**
 * The secrets a function needs, by environment name, and their SSM Parameter Store names under
 * the stage's prefix (`SECRETS_SSM_PREFIX`, e.g. /sunshine/prod). In AWS they are never in the
 * template or the function's configuration: the first request of a container reads them
 * (SecureString, decrypted) and keeps them in its memory. Locally and in tests they are set in
 * the environment, and SSM is never asked.
 *
 * One signed HTTPS call (sigv4.ts), not the SSM client: that client would add ~250 KiB and ~40 ms
 * of cold start to every function for a call each container makes once.
 */
const SECRETS: Record<string, string> = {
  SESSION_SECRET: 'session-secret',
  /** Keys the hashes of residents' addresses in the limits' counters: a parameter apart from the session secret, so rotating one never touches the other. */
  ADDRESS_SECRET: 'address-secret',
  WECHAT_APPID: 'wechat-appid',
  WECHAT_SECRET: 'wechat-secret',
};

/**
 * The HMAC key of address hashes, derived from the address secret (HKDF-SHA256) rather than the
 * secret itself: the local stack, which has one generated secret, may pass the same value as both
 * secrets, and the address key is still not the session-signing key.
 */
export function addressKey(addressSecret: string): Uint8Array {
  return derivedKey(addressSecret, 'address-counters');
}

/**
 * The HMAC key of client-key fingerprints (what a submission sent, an identity number included),
 * from the same secret under its own name: unkeyed, a fingerprint lets someone who knows the rest
 * of a form confirm a guessed number offline.
 */
export function fingerprintKey(addressSecret: string): Uint8Array {
  return derivedKey(addressSecret, 'client-key-fingerprints');
}

function derivedKey(secret: string, use: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, 'sunshine', use, 32));
}

let loading: Promise<void> | undefined;

export function loadSecrets(): Promise<void> {
  loading ??= load().catch((error) => {
    loading = undefined; // the next request tries again
    throw error;
  });
  return loading;
}

/** SSM's endpoint in the region; the China regions' names end in .com.cn. `AWS_ENDPOINT_URL_SSM` overrides it (tests). */
function endpoint(region: string): URL {
  return new URL(
    optionalEnv('AWS_ENDPOINT_URL_SSM') ??
      `https://ssm.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}/`,
  );
}

async function load(): Promise<void> {
  const missing = Object.keys(SECRETS).filter((name) => !optionalEnv(name));
  const prefix = optionalEnv('SECRETS_SSM_PREFIX');
  if (!missing.length || !prefix) return;
  const region = optionalEnv('AWS_REGION') ?? 'us-east-1';
  const url = endpoint(region);
  const names = missing.map((name) => `${prefix}/${SECRETS[name]}`);
  const body = JSON.stringify({ Names: names, WithDecryption: true });
  const headers = signV4({
    url,
    region,
    service: 'ssm',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AmazonSSM.GetParameters',
    },
    body,
    credentials: lambdaCredentials(),
    now: new Date(),
  });
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(5000),
  });
  const answer = (await response.json()) as {
    Parameters?: Array<{ Name: string; Value: string }>;
    InvalidParameters?: string[];
    __type?: string;
  };
  if (!response.ok) throw new Error(`SSM refused the secrets: ${answer.__type ?? response.status}`);
  if (answer.InvalidParameters?.length)
    throw new Error(`SSM parameters missing: ${answer.InvalidParameters.join(', ')}`);
  for (const name of missing) {
    const value = answer.Parameters?.find(
      (parameter) => parameter.Name === `${prefix}/${SECRETS[name]}`,
    )?.Value;
    if (value) process.env[name] = value;
  }
}
