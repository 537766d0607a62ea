/**
 * Takes out of a resident's question (and the answer to it) what could identify them before it
 * becomes a public Q&A: their name if they left one, phone numbers, identity card numbers and
 * email addresses, each replaced with "***". Deliberately broad (any run of seven or more
 * digits goes): a number wrongly hidden costs an editor a correction in the draft, a number
 * wrongly left costs a resident their privacy. The draft is reviewed before anyone reads it.
 */
export const MASK = '***';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PATTERNS: RegExp[] = [
  // Identity card numbers: 18 characters, the last a digit or X (the old 15-digit ones fall to the digit run below).
  /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g,
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
  // Mobile numbers, also written 138-1234-5678 or +86 138 1234 5678.
  /(?:\+?86[-\s]?)?(?<!\d)1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g,
  // Landlines with their area code: 010-12345678, 0731 8888888, (010)12345678.
  /[(（]?(?<!\d)0\d{2,3}[)）]?[-\s]?\d{7,8}(?!\d)/g,
  // Any other run of seven or more digits: a landline without area code, a bank card, a licence.
  /(?<!\d)\d{7,}(?!\d)/g,
  // A person addressed by surname: 李女士, 王先生, 张小姐.
  /[\u4e00-\u9fff](?:先生|女士|小姐)/g,
  // A name given in the text itself: 我叫张三.
  /(?<=我叫)[\u4e00-\u9fff]{2,3}/g,
];

export function anonymize(text: string, resident: { name?: string; phone?: string } = {}): string {
  let result = text;
  for (const known of [resident.name, resident.phone]) {
    const value = known?.trim();
    // A one-character "name" would mask that character everywhere; the patterns above cover 李女士.
    if (value && value.length >= 2) result = result.replace(new RegExp(escape(value), 'g'), MASK);
  }
  for (const pattern of PATTERNS) result = result.replace(pattern, MASK);
  return result;
}
