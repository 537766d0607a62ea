import type { Interpretation, InterpretationSummary, Page } from '@sunshine/shared';
import { InvalidCursorError, type InterpretationStore, type ListPublishedOptions } from '../../src/ports/interpretation-store';

/** A fake store for use-case tests: the same contract, kept in a Map. Cursors are indexes. */
export class InMemoryInterpretationStore implements InterpretationStore {
  readonly items = new Map<string, Interpretation>();
  readonly calls: string[] = [];

  async listPublished({ category, cursor, limit }: ListPublishedOptions): Promise<Page<InterpretationSummary>> {
    this.calls.push('listPublished');
    const start = cursor === undefined ? 0 : Number(cursor);
    if (!Number.isInteger(start) || start < 0) throw new InvalidCursorError();
    const all = [...this.items.values()]
      .filter((item) => !category || item.category === category)
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
    const items = all.slice(start, start + limit);
    return start + limit < all.length ? { items, nextCursor: String(start + limit) } : { items };
  }

  async getPublished(id: string): Promise<Interpretation | undefined> {
    this.calls.push('getPublished');
    return this.items.get(id);
  }

  async putPublished(item: Interpretation, { onlyIfNew = false } = {}): Promise<'written' | 'exists'> {
    if (onlyIfNew && this.items.has(item.id)) return 'exists';
    this.items.set(item.id, item);
    return 'written';
  }
}
