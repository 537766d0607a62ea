import MiniSearch from 'minisearch';
import { fold, normalize, terms } from '../../domain/search/text';
import type { EngineQuery, SearchDocument, SearchEngine } from '../../ports/search';

/** Where a term counts most: a title match outweighs a summary match, which outweighs the body. */
const BOOST = { title: 4, lead: 2, body: 1 };
/** Results that contain the whole query as typed rank above those that only share its words. */
const PHRASE_IN_TITLE = 3;
const PHRASE_IN_TEXT = 1.5;
/** The phrase bonus reorders the best BM25 matches only: a long tail of one shared pair is noise. */
const RERANKED = 100;

interface Stored {
  document: SearchDocument;
  title: string;
  text: string;
}

/** The embedded engine: MiniSearch (BM25) with a Chinese tokenizer, in the function's memory. */
export class MiniSearchEngine implements SearchEngine {
  private index = this.emptyIndex();
  private documents = new Map<string, Stored>();

  private emptyIndex() {
    return new MiniSearch<SearchDocument>({
      idField: 'key',
      fields: ['title', 'lead', 'body'],
      storeFields: [],
      tokenize: (text) => terms(fold(text)),
      processTerm: (term) => term,
      searchOptions: { tokenize: (query) => terms(normalize(query)) },
    });
  }

  replace(documents: SearchDocument[]): void {
    // Build the new index aside and swap it in, so a search never sees half an index.
    const index = this.emptyIndex();
    index.addAll(documents);
    this.index = index;
    // Folded once here, not per search.
    this.documents = new Map(documents.map((document) => [document.key, { document, title: fold(document.title), text: fold(`${document.lead}\n${document.body}`) }]));
  }

  search({ q, type, category, limit }: EngineQuery): SearchDocument[] {
    const phrase = normalize(q).trim();
    const options = {
      boost: BOOST,
      filter: (result: { id: unknown }) => {
        const stored = this.documents.get(result.id as string);
        return Boolean(stored && (!type || stored.document.type === type) && (!category || stored.document.category === category));
      },
    };
    // Every pair of the query (AND) is what a phrase or all its words have; only when nothing has
    // them all, fall back to any pair (OR), which is slower and looser.
    const all = this.index.search(q, { ...options, combineWith: 'AND' });
    const found = all.length ? all : this.index.search(q, { ...options, combineWith: 'OR' });
    return found
      .slice(0, RERANKED)
      .map((result) => {
        const { document, title, text } = this.documents.get(result.id as string)!;
        const bonus = title.includes(phrase) ? PHRASE_IN_TITLE : text.includes(phrase) ? PHRASE_IN_TEXT : 1;
        return { document, score: result.score * bonus };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ document }) => document);
  }
}
