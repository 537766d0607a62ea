import { createHash, randomInt } from 'node:crypto';

// No 0/O or 1/I: codes are read aloud and typed on phones.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const INVITATION_CODE_LENGTH = 10;

/** A random invitation code: 10 characters, about 50 bits. */
export function newInvitationCode(): string {
  return Array.from(
    { length: INVITATION_CODE_LENGTH },
    () => ALPHABET[randomInt(ALPHABET.length)],
  ).join('');
}

/** Only this hash is stored, so a copy of the table does not hand out staff access. */
export function hashInvitationCode(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase()).digest('hex');
}
