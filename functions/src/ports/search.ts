import type { DisclosureCategory, PublishedContent, SearchType } from '@sunshine/shared';

/** One searchable thing: an item of the library, or one Q&A pair of an interpretation. */
export interface SearchDocument {
  key: string;
  type: SearchType;
  id: string;
  qaIndex?: number;
  category: DisclosureCategory;
  title: string;
  /** Summary and document title: weighed between the title and the body. */
  lead: string;
  body: string;
  /** What, typed whole (folded to lower case), finds this document first: its 索引号 and their tail. */
  exact?: string[];
}

export interface EngineQuery {
  q: string;
  type?: SearchType;
  category?: DisclosureCategory;
  limit: number;
}

/**
 * A full-text index. The default is embedded (PostingListEngine, in the function's memory); at scale
 * Amazon OpenSearch takes over behind this same interface.
 */
export interface SearchEngine {
  /** Asynchronous, as a remote engine's calls are; the embedded one answers at once. */
  replace(documents: SearchDocument[]): Promise<void>;
  /** Every document of the items `ids` gives way to `documents` (none: the items left). */
  update(ids: string[], documents: SearchDocument[]): Promise<void>;
  search(query: EngineQuery): Promise<SearchDocument[]>;
  /** Its whole state as bytes, for a snapshot. */
  save(): Promise<Uint8Array>;
  /** Back to a state `save` gave; throws on bytes it cannot read (another format, cut short). */
  load(bytes: Uint8Array): Promise<void>;
}

/** One change to what the public sees: the version now public, or (no `updatedAt`) that the item left. */
export interface PublicChange {
  id: string;
  updatedAt?: string;
}

/**
 * How far the public side has moved: a counter that every publish, republish and withdrawal raises
 * in its own transaction, and the latest changes, oldest first (the last one is `version`'s).
 */
export interface PublishedWatermark {
  version: number;
  recent: PublicChange[];
}

/** Everything published and searchable, read to (re)build the index, and what tells it is current. */
export interface SearchCorpus {
  /** Every public item; may lag the latest changes by moments (an index's eventual consistency). */
  published(): Promise<PublishedContent[]>;
  /** The watermark as it is now (a strongly consistent read). */
  watermark(): Promise<PublishedWatermark>;
  /** One item as the public sees it now (a strongly consistent read), or undefined if it is not public. */
  current(id: string): Promise<PublishedContent | undefined>;
}

/**
 * A built index as stored for cold starts (issue 19): the engine's state, the watermark version it
 * was built at, and the version of each item it holds, so a cold index loads it and catches up
 * from there exactly as a warm one does.
 */
export interface SearchSnapshot {
  watermarkVersion: number;
  held: Array<[id: string, updatedAt: string]>;
  engine: Uint8Array;
}

/** Where snapshots are kept (private storage). */
export interface SearchSnapshots {
  /** The newest snapshot; undefined when there is none or it cannot be read (another format, cut short). */
  latest(): Promise<SearchSnapshot | undefined>;
  /** The version of the newest snapshot, without reading it; 0 when there is none. */
  latestVersion(): Promise<number>;
  /** Stored as the newest, unless one of the same or a later version already is (then false). */
  save(snapshot: SearchSnapshot): Promise<boolean>;
}
