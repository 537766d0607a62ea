import { DynamoSearchCorpus } from '../adapters/dynamo/search-corpus';
import { DynamoSearchSnapshotPointer } from '../adapters/dynamo/search-snapshot-pointer';
import { SignedS3Objects } from '../adapters/s3/signed-s3-objects';
import { PostingListEngine } from '../adapters/search/posting-list-engine';
import { StoredSearchSnapshots } from '../adapters/search/stored-search-snapshots';
import { searchSnapshotStorage } from '../config';
import { LiveIndex } from '../domain/search/live-index';
import type { SnapshotDeps } from '../domain/search/write-snapshot';
import type { SearchSnapshots } from '../ports/search';
import { documentClient, table } from './base';

/**
 * The embedded search index of this Lambda container, brought up to the published-version
 * watermark before each search, and at a cold start loaded from the latest snapshot rather than
 * rebuilt (issue 19). Kept apart from the other wiring files: its converter tables (opencc) load
 * at import, and every other function would otherwise carry them (+190 KiB).
 */
let index: LiveIndex | undefined;

function snapshots(): SearchSnapshots | undefined {
  const storage = searchSnapshotStorage();
  return storage
    ? new StoredSearchSnapshots(
        new DynamoSearchSnapshotPointer(documentClient(), table()),
        new SignedS3Objects(storage),
      )
    : undefined;
}

const corpus = () => new DynamoSearchCorpus(documentClient(), table());

export function searchIndex(): LiveIndex {
  index ??= new LiveIndex(corpus(), new PostingListEngine(), snapshots());
  return index;
}

/** What the snapshot writer needs; a fresh engine each run, so a warm writer holds no index between runs. */
export function snapshotDeps(): SnapshotDeps | undefined {
  const stored = snapshots();
  return stored && { corpus: corpus(), snapshots: stored, engine: new PostingListEngine() };
}
