import { lambdaCredentials, signV4 } from '../../commons/sigv4';

export interface S3ObjectsConfig {
  bucket: string;
  /** A local S3-compatible server (s3rver), addressed path-style; absent in AWS. */
  endpoint?: string;
  region?: string;
}

/**
 * GET, PUT and DELETE of whole objects as signed HTTP requests (commons/sigv4.ts), not the S3
 * client: the search function reads one object at a cold start, and @aws-sdk/client-s3 would add
 * ~170 KiB and ~30–40 ms to its cold require for that one call.
 */
export class SignedS3Objects {
  private readonly region: string;

  constructor(private readonly config: S3ObjectsConfig) {
    this.region = config.region ?? 'us-east-1';
  }

  private url(key: string): URL {
    const { bucket, endpoint } = this.config;
    if (endpoint) return new URL(`${endpoint.replace(/\/$/, '')}/${bucket}/${key}`);
    const suffix = this.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
    return new URL(`https://${bucket}.s3.${this.region}.${suffix}/${key}`);
  }

  private send(
    method: 'GET' | 'PUT' | 'DELETE',
    key: string,
    body: Uint8Array<ArrayBuffer> = new Uint8Array(),
  ) {
    const url = this.url(key);
    const headers = signV4({
      method,
      url,
      region: this.region,
      service: 's3',
      headers: method === 'PUT' ? { 'content-type': 'application/octet-stream' } : {},
      body,
      // s3rver's own well-known key pair: only ever used against a local server.
      credentials: this.config.endpoint
        ? { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
        : lambdaCredentials(),
      now: new Date(),
    });
    return fetch(url, { method, headers, ...(method === 'PUT' && { body }) });
  }

  /** The object's bytes; undefined when there is no such object. */
  async get(key: string): Promise<Uint8Array | undefined> {
    const response = await this.send('GET', key);
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`S3 GET ${key}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  async put(key: string, body: Uint8Array<ArrayBuffer>): Promise<void> {
    const response = await this.send('PUT', key, body);
    if (!response.ok) throw new Error(`S3 PUT ${key}: ${response.status}`);
  }

  async delete(key: string): Promise<void> {
    const response = await this.send('DELETE', key);
    if (!response.ok && response.status !== 404)
      throw new Error(`S3 DELETE ${key}: ${response.status}`);
  }
}
