import {
  CATEGORY_LABELS,
  DATASET_IDS,
  DATASETS,
  FORMAT_LABELS,
  officeName,
  routePath,
  topicLabel,
  VALIDITY_LABELS,
  type ContentCard,
  type DatasetView,
  type OpenDataQuery,
  type OpenDataRow,
  type OfficeOption,
  type Page,
} from '@sunshine/shared';
import { csvDocument } from '../../commons/csv';
import { NotFoundError, ValidationError } from '../../commons/errors';
import { InvalidCursorError, type ContentStore } from '../../ports/content-store';
import { itemUrl } from '../content/releases-feed';
import type { OfficeList } from '../bureau/offices';

const download = (id: string, format: 'json' | 'csv') =>
  `${routePath('getOpenData', { dataset: id })}?format=${format}`;

/** The published datasets and where to download each. No read: the list is the code's. */
export function listDatasets(): DatasetView[] {
  return DATASET_IDS.map((id) => ({
    id,
    title: DATASETS[id].title,
    description: DATASETS[id].description,
    downloads: { json: download(id, 'json'), csv: download(id, 'csv') },
  }));
}

function toRow(card: ContentCard, webUrl: string, offices: OfficeOption[]): OpenDataRow {
  return {
    id: card.id,
    ...(card.indexNumber && { indexNumber: card.indexNumber }),
    title: card.title,
    summary: card.summary,
    category: CATEGORY_LABELS[card.category],
    office: officeName(card.office, offices),
    topic: topicLabel(card.topic),
    publishedAt: card.publishedAt,
    ...(card.number !== undefined && { number: card.number }),
    ...(card.validity && { validity: VALIDITY_LABELS[card.validity] }),
    ...(card.format && { format: FORMAT_LABELS[card.format] }),
    ...(card.urgent !== undefined && { urgent: card.urgent }),
    ...(card.code !== undefined && {
      code: card.code,
      promisedDays: card.promisedDays,
      free: card.free,
    }),
    url: itemUrl(webUrl, card.id),
  };
}

const CSV_COLUMNS: Array<[keyof OpenDataRow, string]> = [
  ['id', '编号'],
  ['indexNumber', '索引号'],
  ['title', '标题'],
  ['summary', '摘要'],
  ['category', '公开类别'],
  ['office', '科室'],
  ['topic', '主题'],
  ['publishedAt', '发布时间'],
  ['number', '文号'],
  ['validity', '效力状态'],
  ['format', '解读形式'],
  ['urgent', '紧急'],
  ['code', '事项编码'],
  ['promisedDays', '承诺办结时限（工作日）'],
  ['free', '免费'],
  ['url', '链接'],
];

export interface DatasetPage {
  rows: OpenDataRow[];
  /** The address of the next page in the same format, if there is one. */
  next?: string;
}

/**
 * One page of a dataset, read from the published feed of its kind page by page (each Query at
 * most 1 MB), so a download never holds more than one page of the table in memory.
 */
export async function datasetPage(
  store: ContentStore,
  dataset: string,
  query: OpenDataQuery,
  webUrl: string,
  offices: OfficeList,
): Promise<DatasetPage> {
  const id = DATASET_IDS.find((known) => known === dataset);
  if (!id) throw new NotFoundError(`没有名为「${dataset}」的数据集`);
  let page: Page<ContentCard>;
  let names: OfficeOption[];
  try {
    [page, names] = await Promise.all([
      store.listPublished({ kind: DATASETS[id].kind, cursor: query.cursor, limit: query.limit }),
      offices(),
    ]);
  } catch (error) {
    if (error instanceof InvalidCursorError)
      throw new ValidationError([{ field: 'cursor', message: '翻页参数无效，请从第一页重新下载' }]);
    throw error;
  }
  const next = page.nextCursor
    ? `${download(id, query.format)}&cursor=${page.nextCursor}&limit=${query.limit}`
    : undefined;
  return { rows: page.items.map((card) => toRow(card, webUrl, names)), next };
}

export function datasetCsv(rows: OpenDataRow[]): string {
  return csvDocument([
    CSV_COLUMNS.map(([, label]) => label),
    ...rows.map((row) =>
      CSV_COLUMNS.map(([key]) =>
        row[key] === undefined
          ? ''
          : row[key] === true
            ? '是'
            : row[key] === false
              ? '否'
              : String(row[key]),
      ),
    ),
  ]);
}
