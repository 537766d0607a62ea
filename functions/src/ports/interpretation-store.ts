import type { DisclosureCategory, Interpretation, InterpretationSummary, Page } from '@sunshine/shared';

export interface ListPublishedOptions {
  category?: DisclosureCategory;
  cursor?: string;
  limit: number;
}

/** A published interpretation as stored: withdrawn ones keep their content and say why. */
export type PublishedInterpretation = Interpretation & { withdrawal?: { reason: string; at: string } };

/** Where interpretations live. Each method is one access pattern of docs/data-model.md. */
export interface InterpretationStore {
  /** Patterns 1 and 2: newest published first, optionally of one category. One Query. */
  listPublished(options: ListPublishedOptions): Promise<Page<InterpretationSummary>>;
  /** Pattern 3: the published version, or undefined. One GetItem. */
  getPublished(id: string): Promise<PublishedInterpretation | undefined>;
  /** Pattern 4: write a published version; with onlyIfNew an existing item is left alone. */
  putPublished(item: Interpretation, options?: { onlyIfNew?: boolean }): Promise<'written' | 'exists'>;
}

/** Thrown by a store when a cursor does not decode to a position. */
export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor');
    this.name = 'InvalidCursorError';
  }
}
