/** WeChat's sign-in exchange (jscode2session). session_key never leaves the server. */
export interface WeChatAuth {
  code2session(code: string): Promise<{ openid: string; unionid?: string }>;
}

/** WeChat answered with an errcode. */
export class WeChatError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`WeChat error ${errcode}: ${errmsg}`);
    this.name = 'WeChatError';
  }
}
