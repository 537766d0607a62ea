import { DynamoTokenCache } from '../adapters/dynamo/token-cache';
import { WeChatAccessTokens } from '../adapters/wechat/access-tokens';
import { HttpContentCheck } from '../adapters/wechat/http-content-check';
import { HttpMessageSender } from '../adapters/wechat/http-message-sender';
import { HttpWeChatAuth } from '../adapters/wechat/http-wechat-auth';
import { miniprogramState, wechatConfig, wechatTimeoutMs } from '../config';
import { documentClient, table } from './base';
import { once } from './once';

/** One access_token for every WeChat call of every function: shared through the table (issue 7). */
export const accessTokens = /* @__PURE__ */ once(
  () =>
    new WeChatAccessTokens({
      ...wechatConfig(),
      cache: new DynamoTokenCache(documentClient(), table()),
      timeoutMs: wechatTimeoutMs(),
    }),
);
export const contentCheck = /* @__PURE__ */ once(
  () => new HttpContentCheck({ baseUrl: wechatConfig().baseUrl, tokens: accessTokens() }),
);
export const messageSender = /* @__PURE__ */ once(
  () =>
    new HttpMessageSender({
      baseUrl: wechatConfig().baseUrl,
      tokens: accessTokens(),
      miniprogramState: miniprogramState(),
      timeoutMs: wechatTimeoutMs(),
    }),
);
export const wechatAuth = /* @__PURE__ */ once(() => new HttpWeChatAuth(wechatConfig()));
