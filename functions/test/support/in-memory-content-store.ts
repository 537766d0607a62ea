import { contentCard, type ContentCard, type Page, type PublishedContent } from '@sunshine/shared';
import {
  InvalidCursorError,
  type ContentStore,
  type ListPublishedOptions,
  type PublicEntry,
} from '../../src/ports/content-store';

/** A fake store for use-case tests: the same contract, kept in a Map. Cursors are indexes. */
export class InMemoryContentStore implements ContentStore {
  readonly items = new Map<string, PublicEntry['item']>();
  readonly calls: string[] = [];

  put(...items: PublishedContent[]) {
    for (const item of items) this.items.set(item.id, item);
    return this;
  }

  async listPublished({
    kind,
    facet,
    cursor,
    limit,
  }: ListPublishedOptions): Promise<Page<ContentCard>> {
    this.calls.push('listPublished');
    const start = cursor === undefined ? 0 : Number(cursor);
    if (!Number.isInteger(start) || start < 0) throw new InvalidCursorError();
    const all = [...this.items.values()]
      .filter(
        (item) =>
          (!kind || item.kind === kind) &&
          !item.withdrawal &&
          (!facet || item[facet.name] === facet.value),
      )
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
      .map(contentCard);
    const items = all.slice(start, start + limit);
    return start + limit < all.length ? { items, nextCursor: String(start + limit) } : { items };
  }

  async getPublished(id: string): Promise<PublicEntry | undefined> {
    this.calls.push('getPublished');
    const item = this.items.get(id);
    return item
      ? {
          item,
          documents: [],
          related: [],
          helpful: { yes: 0, no: 0 },
          rating: { count: 0, byScore: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
        }
      : undefined;
  }

  async publishedItem(id: string): Promise<PublicEntry['item'] | undefined> {
    this.calls.push('publishedItem');
    return this.items.get(id);
  }
}
