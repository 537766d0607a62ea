import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { signV4 } from '../../src/commons/sigv4';

/** The hand-made SigV4 signs exactly as the AWS SDK's own signer does (the SDK is a test dependency here only). */
class Sha256 {
  private hash;
  constructor(secret?: string | Uint8Array) {
    this.hash =
      secret === undefined
        ? createHash('sha256')
        : createHmac('sha256', Buffer.from(secret as never));
  }
  update(data: string | Uint8Array) {
    this.hash.update(typeof data === 'string' ? Buffer.from(data) : Buffer.from(data));
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
}

test.each([
  ['cn-northwest-1', 'https://ssm.cn-northwest-1.amazonaws.com.cn/', 'FQoGZXIvYXdzEXAMPLETOKEN'],
  ['ap-southeast-1', 'https://ssm.ap-southeast-1.amazonaws.com/', undefined],
])('%s: the same Authorization header as the SDK', async (region, endpoint, sessionToken) => {
  const url = new URL(endpoint);
  const credentials = {
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    sessionToken,
  };
  const body = JSON.stringify({ Names: ['/sunshine/prod/session-secret'], WithDecryption: true });
  const headers = {
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': 'AmazonSSM.GetParameters',
  };
  const now = new Date('2026-11-27T12:34:56.000Z');

  const ours = signV4({ url, region, service: 'ssm', headers, body, credentials, now });
  const sdk = await new SignatureV4({
    service: 'ssm',
    region,
    sha256: Sha256 as never,
    credentials,
  }).sign(
    {
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      path: url.pathname,
      query: {},
      headers: { ...headers, host: url.host },
      body,
    },
    { signingDate: now },
  );

  expect(ours.authorization).toBe(sdk.headers.authorization);
  expect(ours['x-amz-date']).toBe(sdk.headers['x-amz-date']);
});

test('a GET of an S3 object: the same Authorization header as the SDK', async () => {
  const url = new URL(
    'https://sunshine-prod-media.s3.cn-northwest-1.amazonaws.com.cn/search-index/42.idx',
  );
  const credentials = {
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  };
  const now = new Date('2026-12-08T01:02:03.000Z');

  const ours = signV4({
    method: 'GET',
    url,
    region: 'cn-northwest-1',
    service: 's3',
    headers: {},
    body: new Uint8Array(),
    credentials,
    now,
  });
  const sdk = await new SignatureV4({
    service: 's3',
    region: 'cn-northwest-1',
    sha256: Sha256 as never,
    credentials,
    uriEscapePath: false,
    applyChecksum: true,
  }).sign(
    {
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      path: url.pathname,
      query: {},
      headers: {
        host: url.host,
        'x-amz-content-sha256': createHash('sha256').update('').digest('hex'),
      },
    },
    { signingDate: now },
  );

  expect(ours.authorization).toBe(sdk.headers.authorization);
});
