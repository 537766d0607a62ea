import { facetOf, type ContentCard, type ListContentQuery, type Page } from '@sunshine/shared';
import { ValidationError } from '../../commons/errors';
import { InvalidCursorError, type ContentStore } from '../../ports/content-store';

/** Residents browse one kind of the library, newest first, optionally by category, office or topic. */
export async function listPublishedContent(store: ContentStore, query: ListContentQuery): Promise<Page<ContentCard>> {
  try {
    return await store.listPublished({ kind: query.kind, facet: facetOf(query), cursor: query.cursor, limit: query.limit });
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw new ValidationError([{ field: 'cursor', message: '翻页参数无效，请从第一页重新加载' }]);
    }
    throw error;
  }
}
