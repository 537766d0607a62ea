import {
  chinaInstant,
  nextDay,
  type BrowseItemView,
  type BrowseQuery,
  type Page,
} from '@sunshine/shared';
import type { BrowseFilter, WorkflowBrowser } from '../../ports/workflow-browser';
import type { WorkflowItem } from '../../ports/workflow-store';
import { readPage } from '../paging';

export interface BrowseDeps {
  browser: WorkflowBrowser;
}

/** The query's China dates as the instants the store compares with `updatedAt`. */
export function browseFilter(query: BrowseQuery): BrowseFilter {
  const { q, kind, status, office, category, topic, author, from, to, order } = query;
  return {
    ...(q && { text: q }),
    ...(kind && { kind }),
    ...(status && { status }),
    ...(office && { office }),
    ...(category && { category }),
    ...(topic && { topic }),
    ...(author && { author }),
    ...(from && { changedFrom: chinaInstant(from).toISOString() }),
    // Through the whole of the last day: before the next one starts in China.
    ...(to && { changedBefore: chinaInstant(nextDay(to)).toISOString() }),
    order,
  };
}

export function browseItemView(item: WorkflowItem): BrowseItemView {
  const { draft } = item;
  return {
    id: item.id,
    kind: draft.kind,
    title: draft.title,
    status: item.status,
    category: draft.category,
    office: draft.office,
    topic: draft.topic,
    ...(draft.kind === 'notice' && draft.urgent && { urgent: true }),
    ...(draft.kind === 'document' && draft.number && { number: draft.number }),
    ...(item.indexNumber && { indexNumber: item.indexNumber }),
    owner: item.owner,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...(item.publishedAt && { publishedAt: item.publishedAt }),
    publishedVersion: item.publishedVersion,
  };
}

/** The content browser (内容管理): every item of every kind and status, a page at a time. */
export async function browseWorkflowItems(
  deps: BrowseDeps,
  query: BrowseQuery,
): Promise<Page<BrowseItemView>> {
  const page = await readPage(() =>
    deps.browser.browse(browseFilter(query), { cursor: query.cursor, limit: query.limit }),
  );
  return {
    items: page.items.map(browseItemView),
    ...(page.nextCursor && { nextCursor: page.nextCursor }),
  };
}
