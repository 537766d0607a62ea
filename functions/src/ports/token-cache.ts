/**
 * The one shared copy of the WeChat access_token (issue 7), so every function uses the same
 * token and only one of them asks WeChat for a new one at a time. Times are epoch milliseconds.
 */
export interface CachedToken {
  token: string;
  expiresAt: number;
}

export interface SharedTokenCache {
  /** The cached token, if any, and whether someone holds the refresh lease now. */
  read(now: number): Promise<{ cached?: CachedToken; leased: boolean }>;
  /** Take the refresh lease unless someone else holds an unexpired one. */
  takeLease(holder: string, now: number, leaseMs: number): Promise<boolean>;
  /** Store a fresh token and give the lease back (a no-op for the lease if it passed to another). */
  store(holder: string, token: CachedToken): Promise<void>;
  /** Give the lease back without a token (the fetch failed). */
  releaseLease(holder: string): Promise<void>;
  /** Forget the token WeChat refused, only if the cache still holds that same token. */
  drop(rejected: string): Promise<void>;
}
