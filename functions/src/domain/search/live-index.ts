import type { PublishedContent } from '@sunshine/shared';
import type {
  PublicChange,
  PublishedWatermark,
  SearchCorpus,
  SearchEngine,
  SearchSnapshot,
  SearchSnapshots,
} from '../../ports/search';
import { searchDocuments } from './documents';

/**
 * The embedded index of a warm function, kept exactly as current as what the public sees: before
 * each search it reads the published-version watermark (one small item, strongly consistent), and
 * if a publish, republish or withdrawal moved it since, it brings the index up to it first, from
 * the changes the watermark names (a read of each item published anew; none for one that left),
 * or, further behind than those, by a rebuild. Its age does not matter: a container frozen for
 * hours answers its first search with what is published now.
 *
 * A snapshot loaded at a cold start (issue 19) fits the same way: it carries the version it was
 * built at and the version of each item it holds, so the first catch-up of a cold index starts
 * from it rather than from nothing: the watermark's recent changes applied over it, or, when it is
 * further behind than they reach (or there is none, or it cannot be read), the rebuild.
 */
export class LiveIndex {
  /** The watermark version the engine holds; none before the first build. */
  private version?: number;
  /** The version (`updatedAt`) of each item the engine holds. */
  private held = new Map<string, string>();
  private catchingUp?: Promise<void>;

  constructor(
    private readonly corpus: SearchCorpus,
    private readonly engine: SearchEngine,
    private readonly snapshots?: Pick<SearchSnapshots, 'latest'>,
  ) {}

  /** The engine, holding at least what was public when this was called. */
  async ready(): Promise<SearchEngine> {
    const watermark = await this.corpus.watermark();
    // One catch-up at a time; one started for an older watermark is awaited, then this one's runs.
    while (this.version === undefined || this.version < watermark.version) {
      this.catchingUp ??= this.catchUp(watermark).finally(() => (this.catchingUp = undefined));
      await this.catchingUp;
    }
    return this.engine;
  }

  /** What the engine holds now, at the version it is current to (after `ready`). */
  async snapshot(): Promise<SearchSnapshot> {
    if (this.version === undefined) throw new Error('the index has not been built');
    return {
      watermarkVersion: this.version,
      held: [...this.held],
      engine: await this.engine.save(),
    };
  }

  private async catchUp(watermark: PublishedWatermark) {
    if (this.version === undefined && this.snapshots) await this.loadSnapshot();
    const behind = this.version === undefined ? Infinity : watermark.version - this.version;
    if (behind > watermark.recent.length) await this.rebuild(watermark);
    else
      await this.apply(
        await this.settle(watermark.recent.slice(watermark.recent.length - behind), this.held),
      );
    this.version = Math.max(this.version ?? 0, watermark.version);
  }

  /** The latest snapshot into the engine, if there is one it can read; otherwise nothing changes. */
  private async loadSnapshot() {
    const snapshot = await this.snapshots!.latest().catch(() => undefined);
    if (!snapshot) return;
    try {
      await this.engine.load(snapshot.engine);
    } catch {
      return; // another format or cut short: the rebuild it falls back to is always right
    }
    this.held = new Map(snapshot.held);
    this.version = snapshot.watermarkVersion;
  }

  /**
   * Everything from the corpus, then the watermark's latest changes over it: the corpus comes from
   * an eventually consistent index, which may not show a change made a moment ago.
   */
  private async rebuild(watermark: PublishedWatermark) {
    const items = new Map((await this.corpus.published()).map((item) => [item.id, item]));
    const settled = await this.settle(
      watermark.recent,
      new Map([...items.values()].map((item) => [item.id, item.updatedAt])),
    );
    for (const [id, item] of settled) {
      if (item) items.set(id, item);
      else items.delete(id);
    }
    await this.engine.replace([...items.values()].flatMap(searchDocuments));
    this.held = new Map([...items.values()].map((item) => [item.id, item.updatedAt]));
  }

  private async apply(settled: Map<string, PublishedContent | undefined>) {
    if (!settled.size) return;
    await this.engine.update(
      [...settled.keys()],
      [...settled.values()].flatMap((item) => (item ? searchDocuments(item) : [])),
    );
    for (const [id, item] of settled) {
      if (item) this.held.set(id, item.updatedAt);
      else this.held.delete(id);
    }
  }

  /**
   * What each changed item is now, where `held` does not already have it: gone (no read: the
   * change says it left), or its public copy read strongly (it may have changed again since).
   */
  private async settle(
    changes: PublicChange[],
    held: Map<string, string>,
  ): Promise<Map<string, PublishedContent | undefined>> {
    const latest = new Map(changes.map((change) => [change.id, change]));
    const settled = new Map<string, PublishedContent | undefined>();
    await Promise.all(
      [...latest.values()].map(async ({ id, updatedAt }) => {
        if (!updatedAt) settled.set(id, undefined);
        else if (held.get(id) !== updatedAt) settled.set(id, await this.corpus.current(id));
      }),
    );
    return settled;
  }
}
