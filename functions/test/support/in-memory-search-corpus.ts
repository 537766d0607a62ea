import type { PublishedContent } from '@sunshine/shared';
import type { SearchCorpus } from '../../src/ports/search';

export class InMemorySearchCorpus implements SearchCorpus {
  reads = 0;
  /** While set, reads wait for it: a slow store, for tests of what happens meanwhile. */
  gate?: Promise<void>;

  constructor(public items: PublishedContent[]) {}

  async published() {
    this.reads++;
    await this.gate;
    return this.items;
  }

  /** A new version goes public (or a first one). */
  publish(item: PublishedContent) {
    this.items = [...this.items.filter((other) => other.id !== item.id), item];
  }

  /** The item leaves the public side. */
  withdraw(id: string) {
    this.items = this.items.filter((item) => item.id !== id);
  }
}
