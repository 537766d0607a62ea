/**
 * The CDN in front of public reads, told what a change made stale. Best effort: when it cannot be
 * told, readers see the change once the cached copy expires (a minute: s-maxage=60).
 */
export interface PublicCache {
  /** Published content changed (a publication, a withdrawal, a new topic): every public read may show it. */
  contentChanged(): Promise<void>;
  /** One published item changed inside (its adoption report). */
  itemChanged(id: string): Promise<void>;
}
