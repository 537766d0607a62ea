import * as v from 'valibot';
import { IdSchema, QaPairSchema, text } from './interpretation';

/**
 * A service guide (办事指南): every field that published guides and the provincial standards list
 * (DB63/T 1755-2019 and DB33/T 2036.1-2017, appendix A; DB31/T 544-2024). Rules live here once: the editor, the import of a spreadsheet and the API use them.
 */
export const SERVICE_KINDS = [
  'license',
  'public_service',
  'confirmation',
  'registration',
  'other',
] as const;
export const SERVICE_KIND_LABELS: Record<(typeof SERVICE_KINDS)[number], string> = {
  license: '行政许可',
  public_service: '公共服务',
  confirmation: '行政确认',
  registration: '行政登记',
  other: '其他行政权力',
};

export const MATERIAL_FORMS = ['original', 'copy', 'both'] as const;
export const MATERIAL_FORM_LABELS: Record<(typeof MATERIAL_FORMS)[number], string> = {
  original: '原件',
  copy: '复印件',
  both: '原件和复印件',
};

const optionalText = (max: number, label: string) =>
  v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, `${label}不能超过 ${max} 字`)), '');
const count = (min: number, max: number, label: string) =>
  v.pipe(
    v.number(`${label}须为数字`),
    v.integer(`${label}须为整数`),
    v.minValue(min, `${label}不能小于 ${min}`),
    v.maxValue(max, `${label}不能超过 ${max}`),
  );

/** A phone number as printed on a guide: 0355-1234567, 12345, 110, 13800000000. */
const phone = (label: string) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.trim(),
    v.regex(
      /^(\d{3,4}-?\d{7,8}(-\d{1,6})?|1\d{10}|\d{3,6})$/,
      `${label}格式不正确，如 0355-1234567`,
    ),
  );
const time = (label: string) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}须为 HH:MM，如 08:30`),
  );

export const MaterialSchema = v.object({
  name: text(100, '材料名称'),
  form: v.picklist(MATERIAL_FORMS, '请选择原件或复印件'),
  copies: count(1, 20, '份数'),
  notes: optionalText(200, '材料说明'),
  /** Can be submitted online (an electronic licence or an upload). */
  online: v.optional(v.boolean('请选择是否可网上提交'), false),
});

export const StepSchema = v.object({
  name: text(20, '环节名称'),
  description: text(500, '环节说明'),
});

/** Opening hours a resident can check against the clock: days of the week and one or two spans. */
export const HoursSchema = v.pipe(
  v.object({
    /** 1 = Monday … 7 = Sunday. */
    days: v.pipe(
      v.array(count(1, 7, '星期')),
      v.minLength(1, '请选择办公日'),
      v.maxLength(7, '办公日不能超过 7 天'),
    ),
    spans: v.pipe(
      v.array(
        v.pipe(
          v.object({ start: time('开始时间'), end: time('结束时间') }),
          v.check((span) => span.start < span.end, '结束时间须晚于开始时间'),
        ),
      ),
      v.minLength(1, '请填写办公时间'),
      v.maxLength(3, '办公时段不能超过 3 段'),
    ),
    notes: optionalText(200, '办公时间说明'),
  }),
);

const FeeSchema = v.variant(
  'free',
  [
    v.object({ free: v.literal(true) }),
    v.object({
      free: v.literal(false),
      amount: text(100, '收费标准'),
      basis: text(500, '收费依据'),
    }),
  ],
  '请选择是否收费',
);

export const GuideFieldsSchema = {
  /** 事项编码: unique in the catalogue; the key an import matches on. */
  code: v.pipe(
    v.string('请填写事项编码'),
    v.trim(),
    v.regex(/^[0-9A-Za-z][0-9A-Za-z-]{3,39}$/, '事项编码须为 4 到 40 位字母、数字或连字符'),
  ),
  serviceKind: v.picklist(SERVICE_KINDS, '请选择事项类型'),
  basis: text(2000, '设定依据'),
  eligibility: text(2000, '申请条件'),
  refusalGrounds: optionalText(2000, '不予受理情形'),
  materials: v.pipe(v.array(MaterialSchema), v.maxLength(50, '申请材料不能超过 50 项')),
  steps: v.pipe(
    v.array(StepSchema),
    v.minLength(1, '请填写办理流程'),
    v.maxLength(20, '办理流程不能超过 20 个环节'),
  ),
  /** 0: the law sets no limit. */
  statutoryDays: count(0, 365, '法定办结时限'),
  /** Some laws count calendar days (居民身份证法: 60 日), most guides working days. */
  statutoryCalendarDays: v.optional(v.boolean('请选择法定时限是否按自然日计算'), false),
  promisedDays: count(0, 365, '承诺办结时限'),
  excludedSteps: optionalText(500, '特殊环节'),
  fee: FeeSchema,
  address: text(200, '办理地点'),
  /** For the map: WGS-84/GCJ-02 as WeChat's openLocation takes; optional (some halls are unmapped). */
  location: v.optional(
    v.object({
      latitude: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      longitude: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    }),
  ),
  hours: HoursSchema,
  enquiryPhone: phone('咨询电话'),
  complaintPhone: phone('监督投诉电话'),
  onlineUrl: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.url('网上办理地址须为完整网址'),
      v.startsWith('https://', '网上办理地址须以 https:// 开头'),
    ),
  ),
  visits: count(0, 5, '到现场次数'),
  faq: v.pipe(v.array(QaPairSchema), v.maxLength(20, '常见问题不能超过 20 条')),
  short: text(500, '简版指南'),
  documentIds: v.optional(v.pipe(v.array(IdSchema), v.maxLength(5, '关联文件不能超过 5 个')), []),
};

/** The promise cannot be longer than the law allows. */
export const promisedWithinStatutory = (guide: { statutoryDays: number; promisedDays: number }) =>
  guide.statutoryDays === 0 || guide.promisedDays <= guide.statutoryDays;

export type Material = v.InferOutput<typeof MaterialSchema>;
export type Hours = v.InferOutput<typeof HoursSchema>;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** How a guide's statutory limit reads: in the law's own unit, or that the law sets none. */
export const statutoryLimitText = (guide: {
  statutoryDays: number;
  statutoryCalendarDays: boolean;
}) =>
  guide.statutoryDays === 0
    ? '法律法规未规定'
    : `${guide.statutoryDays} ${guide.statutoryCalendarDays ? '日' : '个工作日'}`;

/** A promise of 0 days is 即办 (done on the spot). */
export const promisedLimitText = (guide: { promisedDays: number }) =>
  guide.promisedDays === 0 ? '即办' : `${guide.promisedDays} 个工作日`;
