/**
 * WeChat's content security check (msg_sec_check v2) of text a resident submits.
 * - pass: may go on (to staff review, as everything residents write does);
 * - risky: refused, with a message;
 * - review: held for staff;
 * - unavailable: WeChat could not say; the caller holds the text for staff rather than lose it
 *   or let it through unchecked.
 */
export type ContentVerdict = 'pass' | 'risky' | 'review' | 'unavailable';

export interface ContentCheck {
  check(input: { text: string; openid: string }): Promise<ContentVerdict>;
}
