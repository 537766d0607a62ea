import type { PublishedContent } from '@sunshine/shared';
import type { PublicChange, PublishedWatermark, SearchCorpus } from '../../src/ports/search';

/** The public side in memory, moving its watermark with each change as the publish and withdraw transactions do. */
export class InMemorySearchCorpus implements SearchCorpus {
  /** Reads of the whole corpus (a build), and of single items (bringing an index up to date). */
  reads = 0;
  itemReads = 0;
  /** While set, reads wait for it: a slow store, for tests of what happens meanwhile. */
  gate?: Promise<void>;
  private changes: PublicChange[] = [];

  constructor(public items: PublishedContent[]) {}

  async published() {
    this.reads++;
    await this.gate;
    return this.items;
  }

  async watermark(): Promise<PublishedWatermark> {
    return { version: this.changes.length, recent: this.changes.slice(-50) };
  }

  async current(id: string) {
    this.itemReads++;
    return this.items.find((item) => item.id === id);
  }

  /** A new version goes public (or a first one). */
  publish(item: PublishedContent) {
    this.items = [...this.items.filter((other) => other.id !== item.id), item];
    this.changes.push({ id: item.id, updatedAt: item.updatedAt });
  }

  /** The item leaves the public side. */
  withdraw(id: string) {
    this.items = this.items.filter((item) => item.id !== id);
    this.changes.push({ id });
  }
}
