import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '@sunshine/shared';
import type { ApiError } from '../services/api-error';
import { asApiError } from './use-remote';

export interface PagedList<T> {
  items: T[];
  /** First page loading (nothing to show yet). */
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  error?: ApiError;
  /** Error of a load-more, shown under the list while the loaded items stay. */
  moreError?: ApiError;
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
}

/**
 * A cursor-paged list: first page on mount and on refresh, the next page on demand. A refresh
 * supersedes any page still loading, so a late answer never overwrites newer items.
 */
export function usePagedList<T>(
  fetchPage: (cursor?: string) => Promise<Page<T>>,
  deps: unknown[],
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [moreError, setMoreError] = useState<ApiError>();
  const generation = useRef(0);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fetcher = useCallback(fetchPage, deps);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    setError(undefined);
    setMoreError(undefined);
    try {
      const page = await fetcher();
      if (mine !== generation.current) return;
      setItems(page.items);
      setCursor(page.nextCursor);
      setHasMore(Boolean(page.nextCursor));
    } catch (caught) {
      if (mine === generation.current) setError(asApiError(caught));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [fetcher]);

  const loadMore = useCallback(async () => {
    if (!cursor || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await fetcher(cursor);
      if (mine !== generation.current) return;
      setItems((previous) => [...previous, ...page.items]);
      setCursor(page.nextCursor);
      setHasMore(Boolean(page.nextCursor));
    } catch (caught) {
      if (mine === generation.current) setMoreError(asApiError(caught));
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, loadingMore, fetcher]);

  useEffect(() => {
    setLoading(true);
    setItems([]);
    void refresh();
  }, [refresh]);

  return { items, loading, loadingMore, hasMore, error, moreError, refresh, loadMore };
}
