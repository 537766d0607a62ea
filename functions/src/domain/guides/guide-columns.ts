import {
  CATEGORY_LABELS,
  MATERIAL_FORM_LABELS,
  SERVICE_KIND_LABELS,
  TOPIC_LABELS,
  TOPICS,
  customTopicKey,
  isCustomTopic,
  topicLabel,
  officeName,
  type GuideDraft,
  type OfficeOption,
} from '@sunshine/shared';
import { undefuseCell } from '../../commons/csv';

/**
 * The spreadsheet form of a guide: one row per guide, one column per field, Chinese headers.
 * Lists (materials, steps, FAQ) hold one entry per line inside their cell, parts separated by
 * "|" (a full-width "｜" is read the same). Export writes exactly what import reads, so a
 * catalogue can go to a spreadsheet, be edited and come back.
 */
const SEPARATOR = /[|｜]/;
const lines = (cell: string) =>
  cell
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
const parts = (line: string) => line.split(SEPARATOR).map((part) => part.trim());

/** A label (行政许可) or a key (license) to its key; unknown text is kept, so the schema names it. */
function byLabel<K extends string>(
  labels: Record<K, string>,
  text: string,
): K | string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const entry = (Object.entries(labels) as Array<[K, string]>).find(
    ([key, label]) => label === trimmed || key === trimmed,
  );
  return entry ? entry[0] : trimmed;
}

/** A number as typed; blank is missing (the schema asks for it), other text NaN (the schema says so). */
const numberOf = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));
const yes = (text: string) =>
  ['是', 'y', 'yes', 'true', '1', '可以'].includes(text.trim().toLowerCase());

function topicKeyOf(text: string): string | undefined {
  const known = byLabel(TOPIC_LABELS, text);
  if (known === undefined || (TOPICS as readonly string[]).includes(known) || isCustomTopic(known))
    return known;
  return customTopicKey(known);
}

/** An office by the name the bureau's profile gives it, or by its id; other text is kept, to be named. */
function officeIdOf(text: string, offices: readonly OfficeOption[]): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return offices.find((office) => office.name === trimmed || office.id === trimmed)?.id ?? trimmed;
}

interface Column {
  header: string;
  /** The schema's first path segment this column fills, to name it in errors. */
  field: string;
  /** The bureau's offices: 实施机关 is written and read by their names. */
  write: (guide: GuideDraft, offices: readonly OfficeOption[]) => string;
  read: (cell: string, into: Record<string, unknown>, offices: readonly OfficeOption[]) => void;
}

const text = (header: string, field: keyof GuideDraft): Column => ({
  header,
  field,
  write: (guide) => String(guide[field] ?? ''),
  read: (cell, into) => void (into[field] = cell.trim()),
});

export const GUIDE_COLUMNS: Column[] = [
  text('事项名称', 'title'),
  text('事项编码', 'code'),
  {
    header: '事项类型',
    field: 'serviceKind',
    write: (g) => SERVICE_KIND_LABELS[g.serviceKind],
    read: (c, o) => void (o.serviceKind = byLabel(SERVICE_KIND_LABELS, c)),
  },
  {
    header: '实施机关',
    field: 'office',
    write: (g, offices) => officeName(g.office, offices),
    read: (c, o, offices) => void (o.office = officeIdOf(c, offices)),
  },
  // A built-in category by its label or key; any other name is read as a staff-added one (checked to exist).
  {
    header: '类别',
    field: 'topic',
    write: (g) => topicLabel(g.topic),
    read: (c, o) => void (o.topic = topicKeyOf(c)),
  },
  // Guides belong to 服务公开; the column may be left out or blank.
  {
    header: '公开类别',
    field: 'category',
    write: (g) => CATEGORY_LABELS[g.category],
    read: (c, o) => void (o.category = byLabel(CATEGORY_LABELS, c) ?? 'service'),
  },
  text('简版指南', 'short'),
  text('设定依据', 'basis'),
  text('申请条件', 'eligibility'),
  text('不予受理情形', 'refusalGrounds'),
  {
    header: '申请材料',
    field: 'materials',
    write: (g) =>
      g.materials
        .map((m) =>
          [m.name, MATERIAL_FORM_LABELS[m.form], m.copies, m.notes, m.online ? '是' : '否'].join(
            '|',
          ),
        )
        .join('\n'),
    read: (c, o) =>
      void (o.materials = lines(c).map((line) => {
        const [name = '', form = '', copies = '1', notes = '', online = ''] = parts(line);
        return {
          name,
          form: byLabel(MATERIAL_FORM_LABELS, form),
          copies: numberOf(copies),
          notes,
          online: yes(online),
        };
      })),
  },
  {
    header: '办理流程',
    field: 'steps',
    write: (g) => g.steps.map((step) => `${step.name}|${step.description}`).join('\n'),
    read: (c, o) =>
      void (o.steps = lines(c).map((line) => ({
        name: parts(line)[0] ?? '',
        description: parts(line).slice(1).join('|'),
      }))),
  },
  {
    header: '法定办结时限',
    field: 'statutoryDays',
    write: (g) => String(g.statutoryDays),
    read: (c, o) => void (o.statutoryDays = numberOf(c)),
  },
  {
    header: '法定时限单位',
    field: 'statutoryCalendarDays',
    write: (g) => (g.statutoryCalendarDays ? '自然日' : '工作日'),
    read: (c, o) => void (o.statutoryCalendarDays = c.trim() === '自然日' || c.trim() === '日'),
  },
  {
    header: '承诺办结时限',
    field: 'promisedDays',
    write: (g) => String(g.promisedDays),
    read: (c, o) => void (o.promisedDays = numberOf(c)),
  },
  text('特殊环节', 'excludedSteps'),
  {
    header: '收费标准',
    field: 'fee',
    write: (g) => (g.fee.free ? '免费' : g.fee.amount),
    read: (c, o) =>
      void (o.fee =
        !c.trim() || c.trim() === '免费' || c.trim() === '不收费'
          ? { free: true }
          : { free: false, amount: c.trim() }),
  },
  {
    header: '收费依据',
    field: 'fee',
    write: (g) => (g.fee.free ? '' : g.fee.basis),
    read: (c, o) => {
      const fee = o.fee as { free: boolean; basis?: string } | undefined;
      if (fee && !fee.free) fee.basis = c.trim();
    },
  },
  text('办理地点', 'address'),
  {
    header: '纬度',
    field: 'location',
    write: (g) => (g.location ? String(g.location.latitude) : ''),
    read: (c, o) =>
      void (c.trim() && (o.location = { ...(o.location as object), latitude: numberOf(c) })),
  },
  {
    header: '经度',
    field: 'location',
    write: (g) => (g.location ? String(g.location.longitude) : ''),
    read: (c, o) =>
      void (c.trim() && (o.location = { ...(o.location as object), longitude: numberOf(c) })),
  },
  {
    header: '办公日',
    field: 'hours',
    write: (g) => g.hours.days.join(','),
    read: (c, o) =>
      void (o.hours = {
        ...(o.hours as object),
        days: c
          .split(/[,，、\s]+/)
          .filter(Boolean)
          .map(Number),
      }),
  },
  {
    header: '办公时间',
    field: 'hours',
    write: (g) => g.hours.spans.map((span) => `${span.start}-${span.end}`).join(','),
    read: (c, o) =>
      void (o.hours = {
        ...(o.hours as object),
        spans: c
          .split(/[,，、\s]+/)
          .filter(Boolean)
          .map((span) => {
            const [start = '', end = ''] = span.split(/[-–~至]/);
            return { start: start.trim(), end: end.trim() };
          }),
      }),
  },
  {
    header: '办公时间说明',
    field: 'hours',
    write: (g) => g.hours.notes,
    read: (c, o) => void (o.hours = { ...(o.hours as object), notes: c.trim() }),
  },
  text('咨询电话', 'enquiryPhone'),
  text('监督投诉电话', 'complaintPhone'),
  {
    header: '网上办理地址',
    field: 'onlineUrl',
    write: (g) => g.onlineUrl ?? '',
    read: (c, o) => void (c.trim() && (o.onlineUrl = c.trim())),
  },
  {
    header: '到现场次数',
    field: 'visits',
    write: (g) => String(g.visits),
    read: (c, o) => void (o.visits = numberOf(c)),
  },
  {
    header: '常见问题',
    field: 'faq',
    write: (g) => g.faq.map((pair) => `${pair.question}|${pair.answer}`).join('\n'),
    read: (c, o) =>
      void (o.faq = lines(c).map((line) => ({
        question: parts(line)[0] ?? '',
        answer: parts(line).slice(1).join('|'),
      }))),
  },
  {
    header: '关联文件编号',
    field: 'documentIds',
    write: (g) => g.documentIds.join(','),
    read: (c, o) => void (o.documentIds = c.split(/[,，、\s]+/).filter(Boolean)),
  },
];

export const GUIDE_HEADERS = GUIDE_COLUMNS.map((column) => column.header);

/** The header a schema problem belongs under (`materials.2.name` → 申请材料). */
export function headerOf(field: string): string | undefined {
  const first = field.split('.')[0];
  return GUIDE_COLUMNS.find((column) => column.field === first)?.header;
}

/**
 * A row's cells, by the file's own header order, as the input the schema validates; each cell
 * first loses the apostrophe our export puts before = + - @ (commons/csv.ts), so a longitude of
 * -122.4 or a title starting with = comes back as it went out.
 */
export function rowToInput(
  headers: string[],
  cells: string[],
  offices: readonly OfficeOption[],
): Record<string, unknown> {
  const input: Record<string, unknown> = { kind: 'guide', category: 'service' };
  headers.forEach((header, index) =>
    GUIDE_COLUMNS.filter((column) => column.header === header).forEach((column) =>
      column.read(undefuseCell(cells[index] ?? ''), input, offices),
    ),
  );
  return input;
}

export const guideToRow = (guide: GuideDraft, offices: readonly OfficeOption[]): string[] =>
  GUIDE_COLUMNS.map((column) => column.write(guide, offices));
