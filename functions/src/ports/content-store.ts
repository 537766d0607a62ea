import type { ConsultationReport, RatingSummary } from '@sunshine/shared';
import type { CommentTally } from './comment-store';
import type {
  ContentCard,
  ContentKind,
  FeedChoiceFacet,
  Page,
  PublishedContent,
  WithdrawnReference,
} from '@sunshine/shared';

export interface ListPublishedOptions {
  /** One kind, or (absent) every kind together: the releases feed. */
  kind?: ContentKind;
  /** Browse by one facet (category, office or topic), or the whole kind. */
  facet?: FeedChoiceFacet;
  cursor?: string;
  limit: number;
}

/** A published item as stored: a withdrawn one keeps its content and says why. */
export type StoredPublication = PublishedContent & { withdrawal?: { reason: string; at: string } };

/** What an item refers to: the current card, or (withdrawn since) its kind alone, to tell documents from guides. */
export type StoredReference = ContentCard | (WithdrawnReference & { kind: ContentKind });

/** Everything a resident's page of one item shows, read together. */
export interface PublicEntry {
  item: StoredPublication;
  documents: StoredReference[];
  related: ContentCard[];
  helpful: { yes: number; no: number };
  rating: RatingSummary;
  /** A consultation's comment counts and its adoption report, once published. */
  tally?: CommentTally;
  report?: ConsultationReport;
}

/** The public side of the library. Each method is one access pattern of docs/data-model.md. */
export interface ContentStore {
  /** Patterns 1, 2 and 24: newest published first, of one kind (by one facet) or all. One Query. */
  listPublished(options: ListPublishedOptions): Promise<Page<ContentCard>>;
  /** Pattern 3: an item with the documents it refers to and what refers to it. One Query. */
  getPublished(id: string): Promise<PublicEntry | undefined>;
  /**
   * Pattern 3a: the item's public copy alone, strongly consistent, so a withdrawal is seen the
   * moment it committed (pattern 3 is an eventually consistent Query). One GetItem.
   */
  publishedItem(id: string): Promise<StoredPublication | undefined>;
}

/** Thrown by a store when a cursor does not decode to a position. */
export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor');
    this.name = 'InvalidCursorError';
  }
}
