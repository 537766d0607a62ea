import { RateLimitError } from './submission-guard';

export { RateLimitError };

/** Sign-in attempts allowed in one minute: from one address, and from everyone together. */
export interface SignInLimits {
  perAddressPerMinute: number;
  overallPerMinute: number;
}

/**
 * Counts a sign-in attempt before WeChat is asked (jscode2session): each attempt, accepted or not
 * by WeChat, spends the app's quota there, so each is counted. RateLimitError when the address's
 * or everyone's count of the minute is full; a refused attempt is not counted.
 */
export interface SignInThrottle {
  /** Pattern 99. The address is plain data from the HTTP edge; absent, only the overall count applies. */
  admit(ip: string | undefined, limits: SignInLimits, at: string): Promise<void>;
}
