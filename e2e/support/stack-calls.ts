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

/** Staff sign in as the mini-program does: a code from (the sandbox's) wx.login, exchanged by the API. */
export async function staffToken(identity: string): Promise<string> {
  const { code } = await sandbox<{ code: string }>('/sandbox/login-code', { identity });
  const response = await fetch(`${api()}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  return ((await response.json()) as { data: { token: string } }).data.token;
}
