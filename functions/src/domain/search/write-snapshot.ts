import type { SearchCorpus, SearchEngine, SearchSnapshots } from '../../ports/search';
import { LiveIndex } from './live-index';

export interface SnapshotDeps {
  corpus: SearchCorpus;
  snapshots: SearchSnapshots;
  /** An empty engine of its own: the index is built apart from any serving one. */
  engine: SearchEngine;
}

export interface SnapshotOutcome {
  /** The watermark version the stored snapshot is at now. */
  version: number;
  written: boolean;
}

/**
 * The search index as published now, stored for cold starts, when the stored one is behind the
 * watermark (nothing is read or written while it is current). Built the way a cold search function
 * builds it: from the latest snapshot caught up with the watermark's recent changes (one read per
 * item published anew), or from the corpus when that one is further behind. A writer that finds a
 * newer snapshot stored meanwhile leaves it: an older one never replaces it.
 */
export async function writeSearchSnapshot(deps: SnapshotDeps): Promise<SnapshotOutcome> {
  const [watermark, stored] = await Promise.all([
    deps.corpus.watermark(),
    deps.snapshots.latestVersion(),
  ]);
  if (stored >= watermark.version) return { version: stored, written: false };
  const index = new LiveIndex(deps.corpus, deps.engine, deps.snapshots);
  await index.ready();
  const snapshot = await index.snapshot();
  const written = await deps.snapshots.save(snapshot);
  return {
    version: written ? snapshot.watermarkVersion : await deps.snapshots.latestVersion(),
    written,
  };
}
