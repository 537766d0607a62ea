import Taro from '@tarojs/taro';
import { ERROR_CODES, routePath, type Envelope, type ErrorCode, type RouteName, ROUTES } from '@sunshine/shared';
import { ApiError } from './api-error';

/** The API origin: the WeChat build calls the configured domain, the H5 build its own origin. */
export function apiBase(): string {
  const base = process.env.TARO_ENV === 'h5' ? process.env.TARO_APP_H5_API_BASE : process.env.TARO_APP_API_BASE;
  return (base ?? '').replace(/\/$/, '');
}

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
}

function queryString(query: CallOptions['query'] = {}): string {
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function isEnvelope(body: unknown): body is Envelope<unknown> {
  return typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';
}

/**
 * The one place that calls `Taro.request`: builds the URL from the route contract, unwraps the
 * envelope, and turns every failure (network, unexpected body, error envelope) into an ApiError.
 */
export async function call<T>(route: RouteName, { params, query }: CallOptions = {}): Promise<T> {
  let response: Taro.request.SuccessCallbackResult<Envelope<T> | string>;
  try {
    response = await Taro.request({
      url: `${apiBase()}${routePath(route, params)}${queryString(query)}`,
      method: ROUTES[route].method,
      header: { accept: 'application/json' },
      timeout: 15_000,
    });
  } catch {
    throw new ApiError('NETWORK');
  }
  const body = response.data;
  if (!isEnvelope(body)) throw new ApiError('INTERNAL', ERROR_CODES.INTERNAL.message, response.statusCode);
  if (body.ok) return body.data as T;
  const code: ErrorCode = body.error.code in ERROR_CODES ? body.error.code : 'INTERNAL';
  throw new ApiError(code, body.error.message, response.statusCode, body.error.fields);
}
