import MiniSearch from 'minisearch';
import { normalize, terms } from '../../domain/search/text';
import type { EngineQuery, SearchDocument, SearchEngine } from '../../ports/search';

/** Where a term counts most: a title match outweighs a summary match, which outweighs the body. */
const BOOST = { title: 4, lead: 2, body: 1 };
/** Results that contain the whole query as typed rank above those that only share its words. */
const PHRASE_IN_TITLE = 3;
const PHRASE_IN_TEXT = 1.5;

/** The embedded engine: MiniSearch (BM25) with a Chinese tokenizer, in the function's memory. */
export class MiniSearchEngine implements SearchEngine {
  private index = this.emptyIndex();
  private documents = new Map<string, SearchDocument>();

  private emptyIndex() {
    return new MiniSearch<SearchDocument>({
      idField: 'key',
      fields: ['title', 'lead', 'body'],
      storeFields: [],
      tokenize: (text) => terms(normalize(text)),
      processTerm: (term) => term,
    });
  }

  replace(documents: SearchDocument[]): void {
    // Build the new index aside and swap it in, so a search never sees half an index.
    const index = this.emptyIndex();
    index.addAll(documents);
    this.index = index;
    this.documents = new Map(documents.map((document) => [document.key, document]));
  }

  search({ q, type, category, limit }: EngineQuery): SearchDocument[] {
    const phrase = normalize(q).trim();
    return this.index
      .search(q, {
        boost: BOOST,
        combineWith: 'OR',
        filter: (result) => {
          const document = this.documents.get(result.id as string);
          return Boolean(document && (!type || document.type === type) && (!category || document.category === category));
        },
      })
      .map((result) => {
        const document = this.documents.get(result.id as string)!;
        const inTitle = normalize(document.title).includes(phrase);
        const inText = !inTitle && normalize(`${document.lead}\n${document.body}`).includes(phrase);
        return { document, score: result.score * (inTitle ? PHRASE_IN_TITLE : inText ? PHRASE_IN_TEXT : 1) };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ document }) => document);
  }
}
