import type { StaffRole } from '@sunshine/shared';

/** The project's own signed session tokens: an opaque user id and roles, nothing personal. */
export interface SessionTokens {
  issue(userId: string, roles: StaffRole[]): Promise<{ token: string; expiresAt: number }>;
  /** The user id of a valid token, or undefined for a missing, expired, forged or tampered one. */
  verify(token: string): Promise<string | undefined>;
}
