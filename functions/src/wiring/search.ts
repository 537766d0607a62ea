import { DynamoSearchCorpus } from '../adapters/dynamo/search-corpus';
import { PostingListEngine } from '../adapters/search/posting-list-engine';
import { LiveIndex } from '../domain/search/live-index';
import { documentClient, table } from './base';

/**
 * The embedded search index of this Lambda container, brought up to the published-version
 * watermark before each search. Kept apart from the other wiring files: its
 * converter tables (opencc) load at import, and every other function would otherwise carry them
 * (+190 KiB).
 */
let index: LiveIndex | undefined;

export function searchIndex(): LiveIndex {
  index ??= new LiveIndex(
    new DynamoSearchCorpus(documentClient(), table()),
    new PostingListEngine(),
  );
  return index;
}
