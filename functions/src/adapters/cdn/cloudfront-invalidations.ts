import { randomUUID } from 'node:crypto';
import { ROUTES } from '@sunshine/shared';
import { logger } from '../../commons/logger';
import { lambdaCredentials, signV4 } from '../../commons/sigv4';
import type { PublicCache } from '../../ports/public-cache';

const API_VERSION = '2020-05-31';

/**
 * CloudFront's CreateInvalidation, one signed request (no CloudFront client in the bundle).
 * A content change invalidates the whole API's cached reads with one wildcard: CloudFront counts
 * a wildcard as one path, and allows only 15 wildcard paths in progress per distribution, so one
 * per change rather than one per list (lists' query strings are in the cache key anyway).
 * CloudFront is a global service: outside China its API is in us-east-1; in AWS China it is
 * cloudfront.cn-northwest-1.amazonaws.com.cn for both regions. Never throws: the change is
 * already committed, and a failed invalidation only means the cached copy lives out its minute.
 */
export class CloudFrontInvalidations implements PublicCache {
  constructor(
    private readonly options: {
      distributionId: string;
      region: string;
      endpoint?: string;
      timeoutMs?: number;
    },
  ) {}

  contentChanged(): Promise<void> {
    return this.invalidate(['/v1/*']);
  }

  itemChanged(id: string): Promise<void> {
    return this.invalidate([`${ROUTES.getContent.path.replace('{id}', encodeURIComponent(id))}*`]);
  }

  private async invalidate(paths: string[]): Promise<void> {
    const china = this.options.region.startsWith('cn-');
    const base =
      this.options.endpoint ??
      (china
        ? 'https://cloudfront.cn-northwest-1.amazonaws.com.cn'
        : 'https://cloudfront.amazonaws.com');
    const url = new URL(
      `/${API_VERSION}/distribution/${encodeURIComponent(this.options.distributionId)}/invalidation`,
      base,
    );
    const body = invalidationBatch(paths, randomUUID());
    try {
      const headers = signV4({
        url,
        region: china ? 'cn-northwest-1' : 'us-east-1',
        service: 'cloudfront',
        headers: { 'content-type': 'application/xml' },
        body,
        credentials: lambdaCredentials(),
        now: new Date(),
      });
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 3000),
      });
      if (!response.ok)
        logger.warn('CDN invalidation refused; cached copies expire within a minute', {
          status: response.status,
          code: errorCode(await response.text()),
        });
    } catch (error) {
      logger.warn('CDN invalidation failed; cached copies expire within a minute', {
        name: (error as Error).name,
      });
    }
  }
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function invalidationBatch(paths: string[], callerReference: string): string {
  const items = paths.map((path) => `<Path>${escapeXml(path)}</Path>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><InvalidationBatch xmlns="http://cloudfront.amazonaws.com/doc/${API_VERSION}/"><Paths><Quantity>${paths.length}</Quantity><Items>${items}</Items></Paths><CallerReference>${callerReference}</CallerReference></InvalidationBatch>`;
}

const errorCode = (xml: string) => /<Code>([^<]+)<\/Code>/.exec(xml)?.[1];
