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
}
