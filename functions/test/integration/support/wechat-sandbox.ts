import type { AddressInfo } from 'node:net';

// The real WeChat sandbox, over HTTP, stands in for api.weixin.qq.com.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../../sandbox/wechat-sandbox');

export const SANDBOX_APP = { appid: 'wx-sandbox-appid', secret: 'sandbox-secret' };

interface SandboxServer {
  listen: (port: number) => Promise<AddressInfo>;
  close: () => Promise<void>;
  reset: () => void;
}

/** A sandbox on a free port, with helpers for its control endpoints. */
export async function startWeChatSandbox(options: Record<string, unknown> = {}) {
  const server = createSandbox(options) as SandboxServer;
  const { port } = await server.listen(0);
  const baseUrl = `http://127.0.0.1:${port}`;

  async function control(method: string, path: string, body?: unknown) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return response.json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  }

  return {
    baseUrl,
    reset: () => server.reset(),
    close: () => server.close(),
    control,
    /** The call log, oldest first: `{ path, errcode, … }`. */
    calls: (): Promise<Array<{ path: string; errcode: number }>> =>
      control('GET', '/sandbox/calls'),
    tokenCalls: async () =>
      (await control('GET', '/sandbox/calls')).filter(
        (c: { path: string }) => c.path === '/cgi-bin/stable_token',
      ).length as number,
  };
}
