import { WeChatError, type WeChatAuth } from '../../ports/wechat-auth';

export interface WeChatConfig {
  /** https://api.weixin.qq.com in AWS; the local sandbox under `npm start`. */
  baseUrl: string;
  appid: string;
  secret: string;
  fetch?: typeof fetch;
}

/** -1 means "system busy, try again": worth one more try. Other errcodes are final. */
const RETRYABLE = new Set([-1]);

/** jscode2session over HTTP. WeChat answers 200 with an errcode on failure: judge by errcode. */
export class HttpWeChatAuth implements WeChatAuth {
  constructor(private readonly config: WeChatConfig) {}

  async code2session(code: string): Promise<{ openid: string; unionid?: string }> {
    try {
      return await this.exchange(code);
    } catch (error) {
      if (error instanceof WeChatError && RETRYABLE.has(error.errcode)) return this.exchange(code);
      throw error;
    }
  }

  private async exchange(code: string) {
    const { baseUrl, appid, secret } = this.config;
    const query = new URLSearchParams({
      appid,
      secret,
      js_code: code,
      grant_type: 'authorization_code',
    });
    // Unreachable or too slow counts as WeChat's own "busy" (-1): retried once, then a 503.
    const response = await (this.config.fetch ?? fetch)(
      `${baseUrl.replace(/\/$/, '')}/sns/jscode2session?${query}`,
      {
        signal: AbortSignal.timeout(5000),
      },
    ).catch((error: unknown) => {
      throw new WeChatError(-1, `unreachable: ${error instanceof Error ? error.name : 'unknown'}`);
    });
    const body = (await response
      .json()
      .catch(() => ({ errcode: -1, errmsg: 'unreadable answer' }))) as {
      openid?: string;
      unionid?: string;
      errcode?: number;
      errmsg?: string;
    };
    if (body.errcode || !body.openid)
      throw new WeChatError(body.errcode ?? -1, body.errmsg ?? 'no openid');
    // session_key is deliberately dropped here: nothing in the product needs it.
    return { openid: body.openid, unionid: body.unionid };
  }
}
