import { jwtVerify, SignJWT } from 'jose';
import type { StaffRole } from '@sunshine/shared';
import type { SessionTokens } from '../../ports/session-tokens';

const ISSUER = 'sunshine';
const AUDIENCE = 'sunshine-miniapp';
/** Short enough that a stolen token does not live long; the mini-program renews silently. */
export const SESSION_TTL_SECONDS = 2 * 3600;

/** HS256 JWTs signed with a secret that only the functions know (SSM in AWS). */
export class JwtSessionTokens implements SessionTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (secret.length < 32) throw new Error('SESSION_SECRET must be at least 32 characters');
    this.key = new TextEncoder().encode(secret);
  }

  async issue(userId: string, roles: StaffRole[]) {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const expiresAt = issuedAt + SESSION_TTL_SECONDS;
    const token = await new SignJWT({ roles })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt: expiresAt * 1000 };
  }

  async verify(token: string): Promise<string | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: this.now(),
      });
      return typeof payload.sub === 'string' && payload.sub ? payload.sub : undefined;
    } catch {
      return undefined;
    }
  }
}
