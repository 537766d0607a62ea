import { timingSafeEqual } from 'node:crypto';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { ERROR_CODES, validate, type Envelope, type ErrorBody } from '@sunshine/shared';
import type * as v from 'valibot';
import { StaleWriteError } from '../ports/stale-write';
import { optionalEnv } from './config';
import { AppError, RateLimitedError, ValidationError } from './errors';
import { logger } from './logger';
import { loadSecrets } from './secrets';

export type HttpHandler = (
  event: APIGatewayProxyEventV2,
  context?: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** Larger request bodies are refused early, whatever the route. */
export const MAX_BODY_BYTES = 512 * 1024;

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
};

function respond<T>(
  status: number,
  body: Envelope<T>,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { ...JSON_HEADERS, ...headers },
    body: JSON.stringify(body),
  };
}

/** A file (CSV exports, open data, the Atom feed) instead of the JSON envelope. */
export class FileDownload {
  constructor(
    readonly body: string,
    readonly contentType: string,
    readonly filename: string,
    readonly options: {
      /** Public files may be cached by browsers and a CDN; staff exports never. */
      cacheControl?: string;
      /** 'inline' for what a reader or browser opens in place (feeds). */
      disposition?: 'attachment' | 'inline';
      headers?: Record<string, string>;
    } = {},
  ) {}
}

/**
 * DynamoDB (or the network to it) too busy or too slow, after the SDK's own retries: the request
 * did not take effect, and the same request (same client key) may be sent again.
 */
const TRANSIENT = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const isTransient = (error: unknown) =>
  error instanceof Error &&
  (TRANSIENT.has(error.name) ||
    ['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED'].includes((error as { code?: string }).code ?? ''));

/** Translate any thrown value into the envelope. Only typed errors say what went wrong. */
export function errorResponse(error: unknown): APIGatewayProxyStructuredResultV2 {
  if (isTransient(error)) {
    logger.warn('a dependency was busy or slow; answered 503', { name: (error as Error).name });
    return errorResponse(
      new AppError('SERVICE_UNAVAILABLE', '服务繁忙，请稍后重试（您的提交未生效，可直接重新提交）'),
    );
  }
  if (error instanceof StaleWriteError)
    return errorResponse(new AppError('CONFLICT', '内容已被他人修改，请刷新后重试'));
  if (error instanceof AppError) {
    const body: ErrorBody = { code: error.code, message: error.message };
    if (error.fields?.length) body.fields = error.fields;
    const retry =
      error instanceof RateLimitedError
        ? { 'retry-after': String(Math.max(1, Math.ceil(error.retryAfterSeconds))) }
        : undefined;
    return respond(error.status, { ok: false, error: body }, retry);
  }
  logger.error('unhandled error', error as Error);
  return respond(500, {
    ok: false,
    error: { code: 'INTERNAL', message: ERROR_CODES.INTERNAL.message },
  });
}

/**
 * Wrap a use-case call as an API Gateway (HTTP API) handler: the result becomes `{ ok, data }`
 * (or a file), a typed error its 4xx, anything else a 500 that says nothing internal. The
 * stage's secrets are loaded first unless `secrets` is false.
 */
export function httpHandler<T>(
  run: (event: APIGatewayProxyEventV2) => Promise<T>,
  options: { secrets: boolean } = { secrets: true },
): HttpHandler {
  return async (event, context) => {
    if (context) logger.addContext(context);
    // Every log line of this request carries API Gateway's request id (and never its body).
    logger.appendKeys({ requestId: event.requestContext?.requestId });
    try {
      // Only functions that verify tokens, key counters or call WeChat read the secrets (and
      // only their roles may): public reads never hold them.
      if (options.secrets) await loadSecrets();
      // Refused before anything parses it: the largest form (a 50,000-character document) is ~160 KB.
      if (
        event.body &&
        Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8') > MAX_BODY_BYTES
      )
        throw new AppError('PAYLOAD_TOO_LARGE');
      const result = await run(event);
      if (result instanceof FileDownload) {
        return {
          statusCode: 200,
          headers: {
            'content-type': result.contentType,
            'content-disposition': `${result.options.disposition ?? 'attachment'}; filename="${result.filename}"`,
            'cache-control': result.options.cacheControl ?? 'no-store',
            ...result.options.headers,
          },
          body: result.body,
        };
      }
      return respond(200, { ok: true, data: result });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

function checked<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = validate(schema, input);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}

/** Validate the query string with a schema from `shared/`; a bad one is a 400 naming the field. */
export function parseQuery<S extends v.GenericSchema>(
  schema: S,
  event: APIGatewayProxyEventV2,
): v.InferOutput<S> {
  return checked(schema, event.queryStringParameters ?? {});
}

/** Parse and validate a JSON body with a schema from `shared/`. */
export function parseBody<S extends v.GenericSchema>(
  schema: S,
  event: APIGatewayProxyEventV2,
): v.InferOutput<S> {
  const text =
    event.isBase64Encoded && event.body
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : (event.body ?? '');
  let input: unknown;
  try {
    input = text ? JSON.parse(text) : {};
  } catch {
    throw new ValidationError([{ field: '', message: '请求内容不是有效的 JSON' }]);
  }
  return checked(schema, input);
}

export function pathParam(event: APIGatewayProxyEventV2, name: string): string {
  return event.pathParameters?.[name] ?? '';
}

/** Validate one path parameter with a schema from `shared/`; a bad one is a 400 naming it. */
export function parsePathParam<S extends v.GenericSchema>(
  schema: S,
  event: APIGatewayProxyEventV2,
  name: string,
): v.InferOutput<S> {
  const result = validate(schema, pathParam(event, name));
  if (!result.ok)
    throw new ValidationError(result.issues.map((issue) => ({ ...issue, field: name })));
  return result.value;
}

/** The Authorization header, whatever its case (HTTP API lower-cases, tests may not). */
export function authorizationHeader(event: APIGatewayProxyEventV2): string | undefined {
  const headers = event.headers ?? {};
  return headers.authorization ?? headers.Authorization;
}

/**
 * The caller's address; passed on as plain data, never logged. A request CloudFront forwarded
 * (it carries the stage's origin mark) has CloudFront's address as its source, so the viewer's
 * comes from CloudFront-Viewer-Address ("ip:port", IPv6 too); without that header, none (the
 * address is not counted, rather than counting everyone behind one edge as one). Any other
 * request (API Gateway called directly, or locally) is what API Gateway saw: a forged viewer
 * header is not believed.
 */
export function sourceIp(event: APIGatewayProxyEventV2): string | undefined {
  const mark = optionalEnv('CDN_ORIGIN_MARK');
  if (mark && sameText(event.headers?.['x-sunshine-origin'], mark)) {
    const viewer = event.headers?.['cloudfront-viewer-address'];
    return viewer && viewer.lastIndexOf(':') > 0
      ? viewer.slice(0, viewer.lastIndexOf(':'))
      : undefined;
  }
  return event.requestContext?.http?.sourceIp || undefined;
}

function sameText(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}
