/**
 * One POST to a WeChat server API, and what became of it. The sender needs to know more than
 * "failed": a request that never left can be sent again, one that left and got no answer may
 * have been delivered, so sending it again could reach a person twice.
 *
 * The rule, as far as Node's fetch (undici) lets us see:
 * - `not_sent`: fetch failed with a socket error raised while connecting (`syscall` connect or
 *   getaddrinfo: refused, reset during connect, no such host, unreachable network) or undici's
 *   own connect timeout, or fetch refused the URL outright. No request bytes were written.
 * - `no_answer`: anything after the connection stood: our timeout (an AbortController; undici
 *   does not say whether it fired before or after the request was written, so a timeout always
 *   counts here), a reset or close while reading (`read ECONNRESET`, "other side closed"), or an
 *   answer that is not JSON.
 * - `answer`: a JSON body, whatever the HTTP status (WeChat reports failures in `errcode`).
 */
export type WeChatReply =
  | { kind: 'answer'; body: Record<string, unknown>; text: string }
  | { kind: 'not_sent'; reason: string }
  | { kind: 'no_answer'; reason: string };

export interface WeChatRequestOptions {
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

const CONNECT_SYSCALLS = new Set(['connect', 'getaddrinfo']);
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_INVALID_URL',
]);

interface SocketCause {
  code?: string;
  syscall?: string;
  message?: string;
}

/** True when the error proves no request bytes were written (see the rule above). */
function failedBeforeSending(error: unknown, timedOut: boolean): boolean {
  if (timedOut) return false;
  const cause = (error as { cause?: SocketCause } | undefined)?.cause;
  if (!cause) return error instanceof TypeError; // a URL fetch refuses (bad port, bad scheme) is never requested
  return (
    CONNECT_SYSCALLS.has(cause.syscall ?? '') ||
    CONNECT_CODES.has(cause.code ?? '') ||
    cause.message === 'bad port'
  );
}

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: SocketCause } | undefined)?.cause;
  return cause?.code ?? (error instanceof Error ? error.name : 'unknown');
}

export async function postToWeChat(
  options: WeChatRequestOptions,
  path: string,
  body: object,
): Promise<WeChatReply> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(
      `${options.baseUrl.replace(/\/$/, '')}${path}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: controller.signal,
      },
    );
    // The body is read under the same timer: an answer that stops halfway is no answer.
    const text = await response.text();
    const parsed = parseObject(text);
    return parsed
      ? { kind: 'answer', body: parsed, text }
      : { kind: 'no_answer', reason: `unreadable answer (HTTP ${response.status})` };
  } catch (error) {
    if (failedBeforeSending(error, timedOut)) return { kind: 'not_sent', reason: reasonOf(error) };
    return { kind: 'no_answer', reason: timedOut ? 'timeout' : reasonOf(error) };
  } finally {
    clearTimeout(timer);
  }
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** WeChat's errcode; a body without one (stable_token's success) counts as 0. */
export function errcodeOf(body: Record<string, unknown>): number {
  return typeof body.errcode === 'number' ? body.errcode : 0;
}
