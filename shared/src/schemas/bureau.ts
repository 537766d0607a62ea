import * as v from 'valibot';
import { OFFICE_LABELS, OFFICES } from '../catalogue';

/**
 * The bureau as data (政府信息公开条例 art. 12): who it is, its 统一社会信用代码 (the first part of
 * every 索引号), its offices, the disclosure office residents apply to, and whom a reply's remedies
 * name. An admin edits it; the disclosure guide, the catalogue, guide imports, replies and the annual
 * report read it, so a bureau other than the demo one needs no change of code.
 */

/** One office (科室/大队): the id is what items and subscriptions store, the rest what residents see. */
export interface OfficeProfile {
  /** Lower-case letters, digits and hyphens; never changes once items use it. */
  id: string;
  name: string;
  address: string;
  hours: string;
  phone: string;
}

/** The office that handles disclosure (政府信息公开工作机构), as the guide states it. */
export interface DisclosureOfficeProfile {
  name: string;
  address: string;
  postcode: string;
  hours: string;
  phone: string;
  fax: string;
  /** Online contact: an e-mail address or a web form's address. */
  online: string;
}

export interface BureauProfile {
  /** The bureau's full name, e.g. 某市公安局某某分局. */
  name: string;
  /** 统一社会信用代码: 18 characters. */
  creditCode: string;
  /**
   * How an index number is written: `{creditCode}`, `{year}`, `{month}` (two digits) and `{seq}`
   * (the year's sequence, zero-padded to 5 digits) are replaced. Default DEFAULT_INDEX_FORMAT.
   */
  indexFormat: string;
  offices: OfficeProfile[];
  disclosureOffice: DisclosureOfficeProfile;
  /** Whom a refusal's remedies name (art. 51): the 行政复议机关 and the 人民法院. */
  remedies: { reviewOrgan: string; court: string };
  /** When an admin last saved it (ISO); absent before the first save. */
  updatedAt?: string;
  /** The demo bureau's profile, seeded by `npm start`: an admin's first save replaces it. */
  demo?: boolean;
}

export const DEFAULT_INDEX_FORMAT = '{creditCode}/{year}-{seq}';

/** An office's id: what items and subscriptions store, so it never changes once saved. */
export const OFFICE_ID_PATTERN = /^[a-z][a-z0-9-]{1,31}$/;
export const BUREAU_OFFICES_MAX = 50;

/**
 * The characters of a 统一社会信用代码 (GB 32100-2015: the digits and the capitals but I, O, Z, S
 * and V) with the weights of its first 17; the 18th is the check character.
 */
const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Whether an 18-character code's last character is the check character GB 32100-2015 computes. */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(code[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  return code[17] === CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31];
}

const LIMITS = { name: 60, officeName: 30, address: 100, hours: 100, phone: 40, online: 200 };

const text = (label: string, max: number) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.trim(),
    v.minLength(1, `${label}不能为空`),
    v.maxLength(max, `${label}不能超过 ${max} 字`),
  );

const OFFICE_FIELDS = [
  { key: 'id', label: '编号' },
  { key: 'name', label: '名称', max: LIMITS.officeName },
  { key: 'address', label: '地址', max: LIMITS.address },
  { key: 'hours', label: '办公时间', max: LIMITS.hours },
  { key: 'phone', label: '电话', max: LIMITS.phone },
] as const;

/**
 * Every problem of an office list, each naming its office by position (「第 3 个科室的电话不能为空」)
 * at the field path a form marks (`offices.2.phone`): valibot's own messages cannot know the index.
 */
export function officeProblems(
  offices: readonly OfficeProfile[],
): Array<{ index: number; key: keyof OfficeProfile; message: string }> {
  const problems: Array<{ index: number; key: keyof OfficeProfile; message: string }> = [];
  const seen = new Set<string>();
  // Names too: a spreadsheet's 实施机关 names an office, so two of one name could not be told apart.
  const names = new Set<string>();
  offices.forEach((office, index) => {
    const which = `第 ${index + 1} 个科室的`;
    for (const field of OFFICE_FIELDS) {
      const value = office[field.key];
      if (value === '')
        problems.push({ index, key: field.key, message: `${which}${field.label}不能为空` });
      else if ('max' in field && value.length > field.max)
        problems.push({
          index,
          key: field.key,
          message: `${which}${field.label}不能超过 ${field.max} 字`,
        });
    }
    if (office.id !== '' && !OFFICE_ID_PATTERN.test(office.id))
      problems.push({
        index,
        key: 'id',
        message: `${which}编号须为 2–32 位小写字母、数字或连字符，以字母开头`,
      });
    else if (seen.has(office.id))
      problems.push({ index, key: 'id', message: `${which}编号「${office.id}」与前面的科室重复` });
    seen.add(office.id);
    if (office.name !== '' && names.has(office.name))
      problems.push({
        index,
        key: 'name',
        message: `${which}名称「${office.name}」与前面的科室重复`,
      });
    names.add(office.name);
  });
  return problems;
}

const trimmed = (label: string) => v.pipe(v.string(`请填写${label}`), v.trim());

const OfficeInputSchema = v.object({
  id: trimmed('科室编号'),
  name: trimmed('科室名称'),
  address: trimmed('科室地址'),
  hours: trimmed('科室办公时间'),
  phone: trimmed('科室电话'),
});

/** What an admin saves: the whole profile, over the version read (`previousUpdatedAt`). */
export const BureauProfileInputSchema = v.object({
  name: text('机关名称', LIMITS.name),
  creditCode: v.pipe(
    v.string('请填写统一社会信用代码'),
    v.trim(),
    v.toUpperCase(),
    v.minLength(1, '统一社会信用代码不能为空'),
    v.check(
      isValidCreditCode,
      '统一社会信用代码不正确：须为 18 位，末位校验码须符合 GB 32100-2015，请核对',
    ),
  ),
  indexFormat: v.pipe(
    v.string('请填写索引号格式'),
    v.trim(),
    v.maxLength(80, '索引号格式不能超过 80 字'),
    v.check(
      (format) => format.includes('{seq}'),
      '索引号格式须包含 {seq}（年度流水号），例如 {creditCode}/{year}-{seq}',
    ),
  ),
  offices: v.pipe(
    v.array(OfficeInputSchema, '请填写科室列表'),
    v.minLength(1, '请至少填写一个科室'),
    v.maxLength(BUREAU_OFFICES_MAX, `科室不能超过 ${BUREAU_OFFICES_MAX} 个`),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      for (const problem of officeProblems(dataset.value))
        addIssue({
          message: problem.message,
          path: [
            {
              type: 'array',
              origin: 'value',
              input: dataset.value,
              key: problem.index,
              value: dataset.value[problem.index],
            },
            {
              type: 'object',
              origin: 'value',
              input: dataset.value[problem.index]!,
              key: problem.key,
              value: dataset.value[problem.index]![problem.key],
            },
          ],
        });
    }),
  ),
  disclosureOffice: v.object({
    name: text('政府信息公开工作机构名称', LIMITS.name),
    address: text('政府信息公开工作机构地址', LIMITS.address),
    postcode: v.pipe(
      v.string('请填写邮政编码'),
      v.trim(),
      v.regex(/^\d{6}$/, '邮政编码须为 6 位数字'),
    ),
    hours: text('政府信息公开工作机构办公时间', LIMITS.hours),
    phone: text('政府信息公开工作机构电话', LIMITS.phone),
    /** Many offices have no fax any more: empty is allowed, and the guide then leaves it out. */
    fax: v.pipe(
      v.string('请填写传真'),
      v.trim(),
      v.maxLength(LIMITS.phone, `传真不能超过 ${LIMITS.phone} 字`),
    ),
    /** The guide must give an online contact (art. 12), so it is required. */
    online: text('网上联系方式', LIMITS.online),
  }),
  remedies: v.object({
    reviewOrgan: text('行政复议机关', LIMITS.name),
    court: text('管辖法院', LIMITS.name),
  }),
  /** The `updatedAt` of the profile the admin edited; absent for the first save. */
  previousUpdatedAt: v.optional(v.pipe(v.string(), v.isoTimestamp('版本时间格式不正确'))),
});
export type BureauProfileInput = v.InferOutput<typeof BureauProfileInputSchema>;

/** An office as a picklist or a label needs it. */
export interface OfficeOption {
  id: string;
  name: string;
}

/**
 * The offices items may name: the profile's; before an admin (or the demo seed) saved one, the
 * built-in list of catalogue.ts, so a fresh deployment works before its profile is entered.
 */
export function profileOffices(
  profile: Pick<BureauProfile, 'offices'> | undefined,
): OfficeOption[] {
  if (profile?.offices.length) return profile.offices.map(({ id, name }) => ({ id, name }));
  return OFFICES.map((id) => ({ id, name: OFFICE_LABELS[id] }));
}

/**
 * An office's name: from the profile's list when given; else the built-in label; else the id
 * itself (an office of a profile not loaded yet shows its id rather than nothing).
 */
export function officeName(id: string, offices?: readonly OfficeOption[]): string {
  return (
    offices?.find((office) => office.id === id)?.name ??
    (OFFICE_LABELS as Record<string, string>)[id] ??
    id
  );
}
