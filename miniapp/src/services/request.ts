import Taro from '@tarojs/taro';
import {
  ERROR_CODES,
  routePath,
  type Envelope,
  type ErrorCode,
  type Output,
  type RouteName,
  ROUTES,
} from '@sunshine/shared';
import { ApiError } from './api-error';
import { clearSession, isFresh, readSession } from './session';

/** The API origin: the WeChat build calls the configured domain, the H5 build its own origin. */
export function apiBase(): string {
  const base =
    process.env.TARO_ENV === 'h5'
      ? process.env.TARO_APP_H5_API_BASE
      : process.env.TARO_APP_API_BASE;
  return (base ?? '').replace(/\/$/, '');
}

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

/** A route's path parameters, read off its path: `{ id: string }` for `/v1/content/{id}`. */
type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? { [K in Name]: string } & PathParams<Rest>
  : unknown;

/** A route's options: its path parameters are required when its path has any. */
type RouteOptions<N extends RouteName> = Omit<CallOptions, 'params'> &
  ((typeof ROUTES)[N]['path'] extends `${string}{${string}`
    ? { params: PathParams<(typeof ROUTES)[N]['path']> }
    : { params?: never });

type Method = keyof Taro.request.Method;

function queryString(query: CallOptions['query'] = {}): string {
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/**
 * The envelope check is where an answer from the network is trusted to be what the contract says
 * the route answers: the one place, so no service asserts an answer's type.
 */
function isEnvelope<T>(body: unknown): body is Envelope<T> {
  return (
    typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean'
  );
}

/**
 * The one place that calls `Taro.request`. It maps a failure to reach the server to NETWORK and
 * hands back whatever answered.
 */
export async function send(
  url: string,
  method: Method,
  {
    body,
    header = {},
    text = false,
  }: { body?: unknown; header?: Record<string, string>; text?: boolean } = {},
) {
  try {
    return await Taro.request<unknown>({
      url,
      method,
      data: body,
      header: {
        accept: text ? 'text/csv' : 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...header,
      },
      dataType: text ? '其他' : 'json',
      responseType: 'text',
      timeout: 15_000,
    });
  } catch {
    throw new ApiError('NETWORK');
  }
}

/** Called to renew a session that is missing or about to expire; set by the auth service. */
let renewSession: (() => Promise<string>) | undefined;
export function onSessionNeeded(renew: () => Promise<string>) {
  renewSession = renew;
}

async function bearer(force = false): Promise<string> {
  const session = readSession();
  if (!force && isFresh(session)) return session.token;
  if (!renewSession) throw new ApiError('UNAUTHENTICATED');
  return renewSession();
}

function unwrap<T>(statusCode: number, body: unknown): T {
  const parsed = typeof body === 'string' ? safeJson(body) : body;
  if (!isEnvelope<T>(parsed))
    throw new ApiError('INTERNAL', ERROR_CODES.INTERNAL.message, statusCode);
  if (parsed.ok) return parsed.data;
  const code: ErrorCode = parsed.error.code in ERROR_CODES ? parsed.error.code : 'INTERNAL';
  throw new ApiError(code, parsed.error.message, statusCode, parsed.error.fields);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The options argument may be left out exactly when none of its fields is required (no path parameters). */
type OptionsArgument<N extends RouteName> =
  Partial<RouteOptions<N>> extends RouteOptions<N> ? [RouteOptions<N>?] : [RouteOptions<N>];

/**
 * Call a route of the contract: build the URL, add the session token where the route needs
 * one (renewing it silently, and once more if the server refuses it), unwrap the envelope and
 * turn every failure into an ApiError. It answers what the contract says the route answers.
 */
export async function call<N extends RouteName>(
  route: N,
  ...[options]: OptionsArgument<N>
): Promise<Output<N>> {
  type T = Output<N>;
  const { params, query, body }: CallOptions = options ?? {};
  const { method, access } = ROUTES[route];
  const url = `${apiBase()}${routePath(route, params)}${queryString(query)}`;
  if (access === 'public') {
    const response = await send(url, method, { body });
    return unwrap<T>(response.statusCode, response.data);
  }
  let response = await send(url, method, {
    body,
    header: { authorization: `Bearer ${await bearer()}` },
  });
  if (response.statusCode === 401) {
    clearSession();
    response = await send(url, method, {
      body,
      header: { authorization: `Bearer ${await bearer(true)}` },
    });
  }
  return unwrap<T>(response.statusCode, response.data);
}
