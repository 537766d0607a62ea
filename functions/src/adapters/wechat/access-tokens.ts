import { randomUUID } from 'node:crypto';
import type { AccessTokens } from '../../ports/notification-ports';
import type { CachedToken, SharedTokenCache } from '../../ports/token-cache';
import { WeChatError } from '../../ports/wechat-auth';
import { errcodeOf, postToWeChat } from './wechat-request';

export interface AccessTokensConfig {
  /** https://api.weixin.qq.com in AWS; the local sandbox under `npm start` and in tests. */
  baseUrl: string;
  appid: string;
  secret: string;
  cache: SharedTokenCache;
  fetch?: typeof fetch;
  /** Epoch ms; tests move it to reach expiry. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** How long one stable_token call may take. */
  timeoutMs?: number;
  /** How long a token is kept in memory before the table is asked again. */
  memoryMs?: number;
  /** A token this close to its expiry is renewed. */
  marginMs?: number;
  /** How long a refresher may hold the lease before others may take it over. */
  leaseMs?: number;
  /** How often a waiting function reads the table again, and for how long at most. */
  pollMs?: number;
  maxWaitMs?: number;
}

const DEFAULTS = {
  timeoutMs: 5_000,
  memoryMs: 60_000,
  // Under 5 minutes: in its last 5 minutes stable_token hands out a new token, so a renewal in
  // this window really renews (earlier it would get the same token back and try again at once).
  marginMs: 180_000,
  leaseMs: 10_000,
  pollMs: 100,
  maxWaitMs: 3_000,
};

/** An older token still this far from expiry is used while another function renews it. */
const STILL_USABLE_MS = 30_000;

/**
 * The access_token, in three layers: this container's memory (briefly, so a token another
 * function renewed is picked up within a minute), the table's shared item, and stable_token,
 * which one function at a time calls under a lease. Never `force_refresh`: it revokes the token
 * every other function is using, and WeChat allows it 20 times a day.
 */
export class WeChatAccessTokens implements AccessTokens {
  private readonly settings: typeof DEFAULTS;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Names this container as the lease holder. */
  private readonly holder = randomUUID();
  private memory?: { token: string; until: number };
  /** The load under way in this container; `replaces` when it follows a refusal of that token. */
  private loading?: { replaces?: string; promise: Promise<string> };

  constructor(private readonly config: AccessTokensConfig) {
    this.settings = { ...DEFAULTS, ...definedOnly(config) };
    this.now = config.now ?? Date.now;
    this.sleep = config.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async token(): Promise<string> {
    if (this.memory && this.now() < this.memory.until) return this.memory.token;
    return this.load();
  }

  async refresh(rejected: string): Promise<string> {
    // Another caller in this container may have renewed it already.
    if (this.memory && this.memory.token !== rejected && this.now() < this.memory.until)
      return this.memory.token;
    if (this.memory?.token === rejected) this.memory = undefined;
    return this.load(rejected);
  }

  /** One load at a time per container; a refusal does not join a load that may bring the refused token back. */
  private load(replaces?: string): Promise<string> {
    if (this.loading && (replaces === undefined || this.loading.replaces === replaces))
      return this.loading.promise;
    const promise = this.loadShared(replaces).finally(() => {
      if (this.loading?.promise === promise) this.loading = undefined;
    });
    this.loading = { replaces, promise };
    return promise;
  }

  private async loadShared(replaces?: string): Promise<string> {
    const { cache } = this.config;
    if (replaces) await cache.drop(replaces);
    const deadline = this.now() + this.settings.maxWaitMs;
    for (;;) {
      const now = this.now();
      const { cached, leased } = await cache.read(now);
      if (cached && this.isFresh(cached, now)) return this.remember(cached);
      if (!leased && (await cache.takeLease(this.holder, now, this.settings.leaseMs)))
        return this.renewUnderLease();
      // Someone else is renewing: a token that still works for a while beats waiting.
      if (cached && cached.token !== replaces && cached.expiresAt - STILL_USABLE_MS > now)
        return cached.token;
      if (this.now() >= deadline) break;
      await this.sleep(this.settings.pollMs);
    }
    // The holder is slow or gone and its lease has not run out yet: asking WeChat ourselves in
    // normal mode is harmless (it hands out the current token and revokes nothing).
    const fresh = await this.fetchStableToken();
    await cache.store(this.holder, fresh);
    return this.remember(fresh);
  }

  private async renewUnderLease(): Promise<string> {
    try {
      const fresh = await this.fetchStableToken();
      await this.config.cache.store(this.holder, fresh);
      return this.remember(fresh);
    } catch (error) {
      // Let the next function try at once rather than after the lease runs out.
      await this.config.cache.releaseLease(this.holder).catch(() => undefined);
      throw error;
    }
  }

  private async fetchStableToken(): Promise<CachedToken> {
    const { baseUrl, appid, secret, fetch } = this.config;
    const reply = await postToWeChat(
      { baseUrl, fetch, timeoutMs: this.settings.timeoutMs },
      '/cgi-bin/stable_token',
      {
        grant_type: 'client_credential',
        appid,
        secret,
      },
    );
    if (reply.kind !== 'answer')
      throw new WeChatError(-1, `stable_token unreachable: ${reply.reason}`);
    const { access_token: token, expires_in: expiresIn, errmsg } = reply.body;
    if (typeof token !== 'string' || typeof expiresIn !== 'number') {
      throw new WeChatError(
        errcodeOf(reply.body) || -1,
        typeof errmsg === 'string' ? errmsg : 'no access_token',
      );
    }
    return { token, expiresAt: this.now() + expiresIn * 1000 };
  }

  private isFresh(cached: CachedToken, now: number) {
    return cached.expiresAt - this.settings.marginMs > now;
  }

  private remember(cached: CachedToken): string {
    const until = Math.min(
      this.now() + this.settings.memoryMs,
      cached.expiresAt - this.settings.marginMs,
    );
    this.memory = { token: cached.token, until };
    return cached.token;
  }
}

/** Options left undefined fall back to the defaults instead of overriding them. */
function definedOnly(config: AccessTokensConfig): Partial<typeof DEFAULTS> {
  return Object.fromEntries(
    Object.entries(config).filter(([key, value]) => key in DEFAULTS && value !== undefined),
  );
}
