import type { ContentCard, ContentKind, ContentView, DisclosureCategory, Office, Page, Topic } from '@sunshine/shared';
import { call } from './request';

export interface ListQuery {
  kind?: ContentKind;
  /** At most one of the three facets. */
  category?: DisclosureCategory;
  office?: Office;
  topic?: Topic;
  cursor?: string;
  limit?: number;
}

export function listContent(query: ListQuery = {}): Promise<Page<ContentCard>> {
  return call('listContent', { query: { ...query } });
}

export function getContent(id: string): Promise<ContentView> {
  return call('getContent', { params: { id } });
}
