import { ROUTES } from '@sunshine/shared';

/**
 * What a change makes stale in the CDN's cache, as paths of the route contract. A publication
 * or withdrawal changes lists, the item, what links to it, search, the feed and open data: a few
 * wildcards rather than each list's query strings (CloudFront counts a wildcard as one path).
 */
export function pathsChangedByPublication(): string[] {
  return [`${ROUTES.listContent.path}*`, `${ROUTES.search.path}*`, ROUTES.releasesFeed.path, `${ROUTES.listOpenData.path}*`];
}

/** A change inside one published item (its comments shown, decided, or its report): the item and below. */
export function pathsOfItem(id: string): string[] {
  return [`${ROUTES.getContent.path.replace('{id}', id)}*`];
}
