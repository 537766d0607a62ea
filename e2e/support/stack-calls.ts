/**
 * Calls an end-to-end test makes to the running stack directly, beside the browser: the WeChat
 * sandbox's control paths (through the web server's origin) and a staff sign-in by API.
 */
const web = () => process.env.E2E_WEB_URL!;
const api = () => process.env.E2E_API_ORIGIN!;

/** A sandbox control path: a GET without a body, a JSON POST with one. */
export async function sandbox<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    new URL(path, web()),
    body
      ? {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }
      : undefined,
  );
  return (await response.json()) as T;
}

/**
 * Staff sign in as the mini-program does: a code from (the sandbox's) wx.login, exchanged by the API.
 * Every test signs in from 127.0.0.1, and the API throttles sign-ins per address and minute: a 429
 * is waited out as its Retry-After says, as the mini-program would, then tried with a new code.
 */
export async function staffToken(identity: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const { code } = await sandbox<{ code: string }>('/sandbox/login-code', { identity });
    const response = await fetch(`${api()}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    if (response.status === 429 && attempt < 3) {
      const seconds = Number(response.headers.get('retry-after') ?? 5);
      await new Promise((resolve) => setTimeout(resolve, Math.min(seconds, 45) * 1000));
      continue;
    }
    const body = (await response.json()) as { data?: { token: string } };
    if (!response.ok || !body.data)
      throw new Error(
        `sign-in of ${identity} answered ${response.status}: ${JSON.stringify(body)}`,
      );
    return body.data.token;
  }
}
