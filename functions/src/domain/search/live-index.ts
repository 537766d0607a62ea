import type { Clock } from '../../ports/clock';
import type { SearchCorpus, SearchEngine } from '../../ports/search';
import { searchDocuments } from './documents';

/**
 * The embedded index of a warm function: built from the corpus on first use, then rebuilt in
 * the background once it is older than `maxAgeMs`, while searches go on against the old one.
 * Publishing never waits for it; a new item is searchable within `maxAgeMs`.
 */
export class LiveIndex {
  private builtAt = -Infinity;
  private firstBuild?: Promise<void>;
  private rebuilding = false;

  constructor(
    private readonly corpus: SearchCorpus,
    private readonly engine: SearchEngine,
    private readonly clock: Clock,
    private readonly maxAgeMs = 60_000,
  ) {}

  private async build() {
    const startedAt = this.clock.now().getTime();
    const items = await this.corpus.published();
    await this.engine.replace(items.flatMap(searchDocuments));
    this.builtAt = startedAt;
  }

  async ready(): Promise<SearchEngine> {
    if (this.builtAt === -Infinity) {
      this.firstBuild ??= this.build().finally(() => (this.firstBuild = undefined));
      await this.firstBuild;
    } else if (!this.rebuilding && this.clock.now().getTime() - this.builtAt > this.maxAgeMs) {
      this.rebuilding = true;
      void this.build()
        .catch(() => undefined) // keep serving the old index; the next search tries again
        .finally(() => (this.rebuilding = false));
    }
    return this.engine;
  }
}
