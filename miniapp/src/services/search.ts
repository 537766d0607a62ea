import type { SearchResult, SearchType } from '@sunshine/shared';
import { call } from './request';

export function searchContent(
  q: string,
  { type, limit = 20 }: { type?: SearchType; limit?: number } = {},
): Promise<SearchResult> {
  return call('search', { query: { q, type, limit } });
}
