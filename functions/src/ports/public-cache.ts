/**
 * The CDN in front of public reads, told which paths a change made stale. Best effort: when it
 * cannot be told, readers see the change once the cached copy expires (a minute: s-maxage=60).
 */
export interface PublicCache {
  /** Paths as CloudFront takes them: `/v1/content*` covers the path's query strings and below. */
  invalidate(paths: string[]): Promise<void>;
}
