/**
 * How long the personal data residents leave for staff is kept: the name, phone number or email
 * of a comment, a question or a disclosure application. After the period the data is erased by
 * the daily erasure job; what the person wrote, its status and its decision stay (they are the
 * record of the bureau's work), without who they were. One place for a bureau to adjust.
 */
export const RETENTION = {
  /** Comments: years after the consultation closed. */
  commentContactYears: 2,
  /** Questions: years after the answer (or, if never answered, after the deadline). */
  questionContactYears: 2,
  /** Disclosure applications: years after the reply (the applicant's name, contact and masked number). */
  applicationContactYears: 2,
  /**
   * Send claims (who was sent which release, with their openid): days after the claim. They keep a
   * release from reaching a person twice while its queue messages may still come (SQS keeps a
   * message 14 days at most) and let staff retry the failed sends of a recent release; the openid
   * is dropped as soon as a send ends other than failed. Then the TTL deletes them.
   */
  sendClaimDays: 30,
} as const;

/** The date `years` after a YYYY-MM-DD date (29 February falls to 28 February). */
export function yearsAfter(date: string, years: number): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year + years, month - 1, day));
  if (target.getUTCMonth() !== month - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
