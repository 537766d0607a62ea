/**
 * Identity document numbers an applicant gives (政府信息公开条例 art. 29: 身份证明). The checks
 * here catch a mistyped number at the form; the counter still checks the original document when
 * the information is handed over.
 */
export const ID_DOCUMENT_TYPES = [
  'resident_id',
  'hmt_permit',
  'hmt_residence_permit',
  'passport',
  'foreign_permanent_residence',
  'credit_code',
] as const;
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];

export const ID_DOCUMENT_LABELS: Record<IdDocumentType, string> = {
  resident_id: '居民身份证',
  hmt_permit: '港澳台居民来往内地（大陆）通行证',
  hmt_residence_permit: '港澳台居民居住证',
  passport: '护照',
  foreign_permanent_residence: '外国人永久居留身份证',
  credit_code: '统一社会信用代码',
};

/** Documents a person may identify with; an organization identifies with its credit code only. */
export const PERSON_ID_DOCUMENTS: readonly IdDocumentType[] = [
  'resident_id',
  'hmt_permit',
  'hmt_residence_permit',
  'passport',
  'foreign_permanent_residence',
];
export const ORGANIZATION_ID_DOCUMENTS: readonly IdDocumentType[] = ['credit_code'];

/** Spaces people type inside a number are dropped; a final x is an X. */
export const normalizeIdNumber = (number: string) => number.replace(/\s+/g, '').toUpperCase();

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK = '10X98765432';

/** GB 11643-1999: 17 digits, the last character a MOD 11-2 check; the birth date must exist. */
export function isResidentIdNumber(number: string): boolean {
  if (!/^\d{17}[\dX]$/.test(number)) return false;
  const birth = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== birth ||
    Number(number.slice(6, 10)) < 1900
  )
    return false;
  const sum = RESIDENT_ID_WEIGHTS.reduce(
    (total, weight, index) => total + weight * Number(number[index]),
    0,
  );
  return RESIDENT_ID_CHECK[sum % 11] === number[17];
}

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015: 18 characters (no I, O, Z, S, V), the last a MOD 31 check. */
export function isCreditCode(code: string): boolean {
  if (code.length !== 18 || [...code].some((char) => !CREDIT_CODE_CHARS.includes(char)))
    return false;
  const sum = CREDIT_CODE_WEIGHTS.reduce(
    (total, weight, index) => total + weight * CREDIT_CODE_CHARS.indexOf(code[index]!),
    0,
  );
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31] === code[17];
}

/** Formats of the other documents: loose on purpose (foreign passports vary), strict on the charset. */
const PATTERNS: Record<Exclude<IdDocumentType, 'resident_id' | 'credit_code'>, RegExp> = {
  hmt_permit: /^[A-Z0-9]{8,11}$/,
  hmt_residence_permit: /^8[123]\d{15}[\dX]$/,
  passport: /^[A-Z0-9]{5,20}$/,
  foreign_permanent_residence: /^[A-Z0-9]{15,18}$/,
};

/** A message for a number that does not fit its document, or undefined when it does. */
export function idNumberProblem(type: IdDocumentType, number: string): string | undefined {
  const value = normalizeIdNumber(number);
  switch (type) {
    case 'resident_id':
      return isResidentIdNumber(value)
        ? undefined
        : '身份证号码有误，请核对 18 位号码（最后一位可能是 X）';
    case 'credit_code':
      return isCreditCode(value) ? undefined : '统一社会信用代码有误，请核对营业执照上的 18 位代码';
    case 'hmt_residence_permit':
      return PATTERNS[type].test(value) && isResidentIdNumber(value)
        ? undefined
        : '居住证号码有误，请核对 18 位号码';
    default:
      return PATTERNS[type].test(value)
        ? undefined
        : `${ID_DOCUMENT_LABELS[type]}号码格式有误，请只填写字母和数字`;
  }
}
