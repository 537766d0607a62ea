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
  search(query: EngineQuery): Promise<SearchDocument[]>;
}

/** Everything published and searchable, read to (re)build the index. */
export interface SearchCorpus {
  published(): Promise<PublishedContent[]>;
}
