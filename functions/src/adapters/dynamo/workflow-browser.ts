import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page } from '@sunshine/shared';
import { InvalidCursorError } from '../../ports/content-store';
import type { BrowseFilter, WorkflowBrowser } from '../../ports/workflow-browser';
import type { WorkflowItem } from '../../ports/workflow-store';
import {
  browseStartKey,
  encodeBrowseCursor,
  WORK_SK_ATTRIBUTE,
  workBrowsePartition,
  workSkBound,
} from './keys';
import { toItem as toWorkflowItem } from './workflow-store';

/**
 * The text fields a search looks in (data-model #167), as document paths. Each kind has some of
 * them; `contains()` on a path an item lacks is false. The workflow indexes project ALL, so the
 * text is there to filter on: no second copy of 50,000 characters to keep in step.
 */
export const SEARCHED_PATHS = [
  ['draft', 'title'],
  ['draft', 'number'],
  ['indexNumber'],
  ['draft', 'code'],
  ['draft', 'summary'],
  ['draft', 'body'],
  ['draft', 'answer'],
  ['draft', 'short'],
  ['draft', 'sections', 'background'],
  ['draft', 'sections', 'keyPoints'],
  ['draft', 'sections', 'highlights'],
  ['draft', 'sections', 'measures'],
] as const;

/** The draft fields filtered on equality. */
const EQUAL_FIELDS = ['kind', 'office', 'category', 'topic'] as const;

/**
 * A browse reads at most this many Queries a request (each at most 1 MB, `Limit` items): 5 MB,
 * 640 read units eventually consistent at worst, a few hundred milliseconds. A bureau's few thousand
 * items of a few KB are read in one to three; a search through long bodies goes on with the cursor.
 */
export const BROWSE_READ_BUDGET = 5;
/** Items a filtered Query reads at most; an unfiltered one reads the page and one more. */
export const FILTERED_READ_LIMIT = 200;

export interface BrowseQueryPlan {
  IndexName: string;
  KeyConditionExpression: string;
  FilterExpression?: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
  ScanIndexForward: boolean;
  /** Where a cursor of this request points: the partition the query reads. */
  partition: { attribute: string; partition: string };
}

/**
 * The Query a browse makes (data-model #164–167): the most selective filter the keys hold (an
 * author, else a status) picks the index, a date range narrows the sort key, and the rest filter.
 */
export function browseQueryPlan(filter: BrowseFilter): BrowseQueryPlan {
  const read = workBrowsePartition(filter);
  const names: Record<string, string> = { '#pk': read.attribute };
  const values: Record<string, unknown> = { ':pk': read.partition };
  let keyCondition = '#pk = :pk';
  // DynamoDB refuses a name the expressions do not use.
  if (filter.changedFrom || filter.changedBefore) names['#sk'] = WORK_SK_ATTRIBUTE;
  if (filter.changedFrom && filter.changedBefore) {
    keyCondition += ' AND #sk BETWEEN :from AND :before';
    values[':from'] = workSkBound(filter.changedFrom);
    values[':before'] = workSkBound(filter.changedBefore);
  } else if (filter.changedFrom) {
    keyCondition += ' AND #sk >= :from';
    values[':from'] = workSkBound(filter.changedFrom);
  } else if (filter.changedBefore) {
    keyCondition += ' AND #sk < :before';
    values[':before'] = workSkBound(filter.changedBefore);
  }

  const conditions: string[] = [];
  // The author's index holds every status: the status is a filter there.
  if (filter.author && filter.status) {
    names['#status'] = 'status';
    values[':status'] = filter.status;
    conditions.push('#status = :status');
  }
  const hasDraftFilter = EQUAL_FIELDS.some((field) => filter[field]) || filter.text;
  if (hasDraftFilter) names['#draft'] = 'draft';
  for (const field of EQUAL_FIELDS) {
    const value = filter[field];
    if (!value) continue;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    conditions.push(`#draft.#${field} = :${field}`);
  }
  if (filter.text) {
    values[':text'] = filter.text;
    const paths = SEARCHED_PATHS.map((path) =>
      path
        .map((part) => {
          names[`#${part}`] = part;
          return `#${part}`;
        })
        .join('.'),
    );
    conditions.push(`(${paths.map((path) => `contains(${path}, :text)`).join(' OR ')})`);
  }
  // BETWEEN is inclusive: an item changed exactly at the next day's start has `<instant>#<id>`,
  // which sorts after the bare instant, so it stays out.
  return {
    IndexName: read.index,
    KeyConditionExpression: keyCondition,
    ...(conditions.length > 0 && { FilterExpression: conditions.join(' AND ') }),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ScanIndexForward: filter.order === 'oldest',
    partition: { attribute: read.attribute, partition: read.partition },
  };
}

export class DynamoWorkflowBrowser implements WorkflowBrowser {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async browse(
    filter: BrowseFilter,
    { cursor, limit }: { cursor?: string; limit: number },
  ): Promise<Page<WorkflowItem>> {
    const { partition, ...plan } = browseQueryPlan(filter);
    let startKey: Record<string, unknown> | undefined;
    if (cursor) {
      startKey = browseStartKey(cursor, partition);
      if (!startKey) throw new InvalidCursorError();
    }
    const found: Record<string, unknown>[] = [];
    // One more than the page, so a page that ends the list says so without a further request.
    for (let reads = 0; reads < BROWSE_READ_BUDGET && found.length <= limit; reads++) {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          ...plan,
          Limit: plan.FilterExpression ? FILTERED_READ_LIMIT : limit + 1 - found.length,
          ExclusiveStartKey: startKey,
        }),
      );
      found.push(...(result.Items ?? []));
      startKey = result.LastEvaluatedKey;
      if (!startKey) break;
    }
    const page = found.slice(0, limit);
    const items = page.map(toWorkflowItem);
    if (found.length > limit) {
      // The page is full and more matched: go on after its last item.
      return { items, nextCursor: encodeBrowseCursor(String(page[page.length - 1]?.workSk)) };
    }
    // The budget ran out with more to read: go on where the reading stopped.
    return startKey
      ? { items, nextCursor: encodeBrowseCursor(String(startKey[WORK_SK_ATTRIBUTE])) }
      : { items };
  }
}
