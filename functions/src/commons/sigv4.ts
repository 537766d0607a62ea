import { createHash, createHmac } from 'node:crypto';
import { optionalEnv } from './config';

/**
 * AWS Signature Version 4 for one request (the SSM call of secrets.ts, CloudFront's invalidations,
 * the search snapshot's GET and PUT on S3), by hand with node:crypto: the SDK's signer would add
 * ~75 KiB to every function for a call or two. A unit test checks it against the SDK's own signer.
 */
export interface SigV4Request {
  /** POST when absent. */
  method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
  url: URL;
  region: string;
  service: string;
  headers: Record<string, string>;
  body: string | Uint8Array;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  now: Date;
}

const sha256 = (data: string | Uint8Array) =>
  (typeof data === 'string'
    ? createHash('sha256').update(data, 'utf8')
    : createHash('sha256').update(data)
  ).digest('hex');
const hmac = (key: string | Buffer, data: string) =>
  createHmac('sha256', key).update(data, 'utf8').digest();

/** The request's headers, signed: `x-amz-date`, the body's hash, the session token if any, and `authorization`. */
export function signV4({
  method = 'POST',
  url,
  region,
  service,
  headers,
  body,
  credentials,
  now,
}: SigV4Request): Record<string, string> {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const all: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value.trim()]),
    ),
    host: url.host,
    'x-amz-date': amzDate,
    'x-amz-content-sha256': sha256(body),
    ...(credentials.sessionToken && { 'x-amz-security-token': credentials.sessionToken }),
  };
  const names = Object.keys(all).sort();
  const canonical = [
    method,
    url.pathname || '/',
    '',
    ...names.map((name) => `${name}:${all[name]}`),
    '',
    names.join(';'),
    sha256(body),
  ].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(
    hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), region), service),
    'aws4_request',
  );
  const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  return {
    ...all,
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
  };
}

/** The function's role credentials: Lambda hands every function its role's in these variables. */
export function lambdaCredentials(): SigV4Request['credentials'] {
  return {
    accessKeyId: optionalEnv('AWS_ACCESS_KEY_ID') ?? '',
    secretAccessKey: optionalEnv('AWS_SECRET_ACCESS_KEY') ?? '',
    sessionToken: optionalEnv('AWS_SESSION_TOKEN'),
  };
}
