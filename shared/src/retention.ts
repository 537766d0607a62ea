/**
 * How long what residents leave is kept, and why: PIPL's minimum necessary (art. 6, 19) keeps
 * personal information no longer than its purpose needs. Each rule says from when its years
 * count, what goes and what stays. The daily erasure job applies them
 * (functions/src/domain/retention/); one place for a bureau to adjust the periods.
 *
 * Two years throughout: beyond the remedies' limits (行政复议 60 days, 行政诉讼 six months, a
 * year for a failure to act), the yearly report (31 January) and a follow-up question, none of
 * which needs the person after that.
 */
export const RETENTION = {
  /**
   * Questions to staff, two years after the answer (never answered: after the deadline passed).
   * Erased: the contact, the question's text and the asker's reason for their rating: they served
   * the answer, and free text carries names, addresses and numbers however the form is labelled.
   * Kept: kind, dates, status, the answer (the bureau's own words), the rating's score and problems
   * (counted). A promoted question lives on as its public Q&A, anonymized and reviewed when it was
   * promoted: that is the bureau's record, not the resident's original.
   */
  questions: { years: 2 },
  /**
   * Comments on a consultation, two years after it closed. Erased: the name and contact, and the
   * text of a comment never shown (pending, held or refused: it was never part of the public
   * record). Kept: the text of a shown comment (already public, and with its decision the
   * consultation's record of how opinions were collected and adopted, 二(一)), the decisions.
   */
  comments: { years: 2 },
  /**
   * Disclosure applications, two years after the reply or close. Erased: the applicant's name,
   * legal representative, contact person, contact, masked identity number, and the text of their
   * corrections (补正: often who they are and how to reach them). Kept: the description of the
   * information asked for (what the reply answers; counted in the yearly report), the steps, the
   * reply.
   */
  applications: { years: 2 },
  /**
   * Applications never replied to or closed: two years after the statutory deadline passed, or,
   * with the clock stopped (waiting for a correction or a third party), after it stopped; the same
   * erasure as a replied one. A case untouched that long is abandoned (an applicant who does not
   * correct in time is treated as withdrawing, 条例 art. 30) and past every remedy's limit; an
   * open case must not keep a person's details forever only because nobody closed it.
   */
  unrepliedApplications: { years: 2 },
  /**
   * Send claims (who was sent which release, with their openid): 30 days after the claim, then
   * DynamoDB's TTL deletes them. They keep a release from reaching a person twice while its queue
   * messages may still come (SQS keeps a message 14 days at most) and let staff retry the failed
   * sends of a recent release; the openid goes as soon as a send ends other than failed.
   */
  sendClaims: { days: 30 },
} as const;

/** What an erased text reads as, wherever it was shown (the resident's list, the staff pages). */
export const ERASED_TEXT = '（已超过保存期限，内容已删除）';

/** The date `years` after a YYYY-MM-DD date (29 February falls to 28 February). */
export function yearsAfter(date: string, years: number): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year + years, month - 1, day));
  if (target.getUTCMonth() !== month - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
