import { facetOf, type ContentCard, type ListContentQuery, type Page } from '@sunshine/shared';
import type { ContentStore } from '../../ports/content-store';
import { readPage } from '../paging';

/** Residents browse one kind of the library, newest first, optionally by category, office or topic. */
export async function listPublishedContent(
  store: ContentStore,
  query: ListContentQuery,
): Promise<Page<ContentCard>> {
  return readPage(() =>
    store.listPublished({
      kind: query.kind,
      facet: facetOf(query),
      cursor: query.cursor,
      limit: query.limit,
    }),
  );
}
