import * as v from 'valibot';
import type { ContentKind } from './content-kinds';
import { CursorSchema } from './paging';

/** The published datasets: the library, one dataset per kind. Later issues add service guides. */
export const DATASETS = {
  documents: {
    kind: 'document',
    title: '政策文件目录',
    description: '主动公开的政策文件：索引号、标题、文号、发文科室、成文日期、效力状态',
  },
  interpretations: {
    kind: 'interpretation',
    title: '政策解读目录',
    description: '已发布的政策解读：索引号、标题、摘要、解读形式、公开类别',
  },
  qa: {
    kind: 'qa',
    title: '政策问答目录',
    description: '已发布的政策问答：索引号、问题、回答摘要、公开类别',
  },
  notices: {
    kind: 'notice',
    title: '权威发布目录',
    description: '已发布的权威发布：索引号、标题、摘要、是否紧急',
  },
  guides: {
    kind: 'guide',
    title: '公共服务事项目录',
    description: '已发布的办事指南：索引号、事项名称、事项编码、承诺办结时限、是否收费',
  },
} as const satisfies Record<string, { kind: ContentKind; title: string; description: string }>;
export type DatasetId = keyof typeof DATASETS;
export const DATASET_IDS = Object.keys(DATASETS) as DatasetId[];

export const OPEN_DATA_PAGE_MAX = 1000;

export const OpenDataQuerySchema = v.object({
  format: v.optional(v.picklist(['json', 'csv'] as const, '格式须为 json 或 csv'), 'json'),
  cursor: CursorSchema,
  limit: v.pipe(
    v.optional(v.string(), String(OPEN_DATA_PAGE_MAX)),
    v.regex(/^\d{1,4}$/, `每页条数须为 1 到 ${OPEN_DATA_PAGE_MAX} 之间的整数`),
    v.transform(Number),
    v.minValue(1, `每页条数须为 1 到 ${OPEN_DATA_PAGE_MAX} 之间的整数`),
    v.maxValue(OPEN_DATA_PAGE_MAX, `每页条数须为 1 到 ${OPEN_DATA_PAGE_MAX} 之间的整数`),
  ),
});
export type OpenDataQuery = v.InferOutput<typeof OpenDataQuerySchema>;

export interface DatasetView {
  id: DatasetId;
  title: string;
  description: string;
  /** Each format's first page; a page answers the next one's address. */
  downloads: { json: string; csv: string };
}

/** One row of a dataset: what the card of an item says, with labels, and its public address. */
export interface OpenDataRow {
  id: string;
  /** 索引号: absent only for an item published before numbering and not yet given one. */
  indexNumber?: string;
  title: string;
  summary: string;
  category: string;
  office: string;
  topic: string;
  publishedAt: string;
  number?: string;
  validity?: string;
  format?: string;
  urgent?: boolean;
  code?: string;
  promisedDays?: number;
  free?: boolean;
  url: string;
}
