import { fold, normalize, terms } from '../../commons/search-text';
import type { EngineQuery, SearchDocument, SearchEngine } from '../../ports/search';
import { decodeEngine, encodeEngine, type Posting, type PostingLists } from './posting-list-format';

/** Where a term counts most: a title match outweighs a summary match, which outweighs the body. */
const FIELD_WEIGHT = { title: 4, lead: 2, body: 1 } as const;
/** Results that contain the whole query as typed rank above those that only share its pairs. */
const PHRASE_IN_TITLE = 3;
const PHRASE_IN_TEXT = 1.5;
/** The phrase bonus reorders the best BM25 matches only. */
const RERANKED = 100;
// BM25's usual constants.
const K1 = 1.2;
const B = 0.75;

interface Stored {
  document: SearchDocument;
  length: number;
  /** Folded title and text, for the phrase bonus: made when first needed (a top result), not at a build or load. */
  title?: string;
  text?: string;
}

const foldedTitle = (stored: Stored) => (stored.title ??= fold(stored.document.title));
const foldedText = (stored: Stored) =>
  (stored.text ??= fold(`${stored.document.lead}\n${stored.document.body}`));

/** First index in a sorted array at which `value` is, or would be. */
function lowerBound(array: Int32Array, value: number, from: number): number {
  let low = from;
  let high = array.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (array[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The best `size` (index, score) pairs seen: no map or full sort over thousands of matches. */
class TopScores {
  readonly indexes: number[] = [];
  readonly scores: number[] = [];
  private lowest = 0;

  constructor(private readonly size: number) {}

  offer(index: number, score: number) {
    if (this.indexes.length < this.size) {
      this.indexes.push(index);
      this.scores.push(score);
      if (this.indexes.length === this.size) this.findLowest();
    } else if (score > this.scores[this.lowest]!) {
      this.indexes[this.lowest] = index;
      this.scores[this.lowest] = score;
      this.findLowest();
    }
  }

  private findLowest() {
    let lowest = 0;
    for (let i = 1; i < this.scores.length; i++)
      if (this.scores[i]! < this.scores[lowest]!) lowest = i;
    this.lowest = lowest;
  }

  entries(): Array<[number, number]> {
    return this.indexes.map((index, i) => [index, this.scores[i]!]);
  }
}

/**
 * The embedded engine: an inverted index of weighted term frequencies, BM25-scored. A query
 * walks the shortest posting list and looks each document up in the others (sorted, so by
 * binary search), scoring only documents that have every term; common pairs (政务, 公开) cost
 * lookups, not a pass over their tens of thousands of postings. Only when no document has them
 * all does it fall back to any term.
 */
export class PostingListEngine implements SearchEngine {
  private postings: PostingLists = new Map<string, Posting>();
  private stored: Stored[] = [];
  /** Documents by what typed whole finds them first (an item's 索引号). */
  private exact = new Map<string, number[]>();
  /** Per document, BM25's length normalisation: K1 · (1 − B + B · length / average length). */
  private norms: Float32Array = new Float32Array(0);

  async replace(documents: SearchDocument[]): Promise<void> {
    const building = new Map<string, { docs: number[]; weights: number[] }>();
    const stored: Stored[] = [];
    const exact = new Map<string, number[]>();
    let totalLength = 0;
    documents.forEach((document, index) => {
      for (const key of document.exact ?? []) exact.set(key, [...(exact.get(key) ?? []), index]);
      const weights = new Map<string, number>();
      let length = 0;
      for (const field of ['title', 'lead', 'body'] as const) {
        for (const term of terms(fold(document[field]))) {
          weights.set(term, (weights.get(term) ?? 0) + FIELD_WEIGHT[field]);
          length += FIELD_WEIGHT[field];
        }
      }
      for (const [term, weight] of weights) {
        let posting = building.get(term);
        if (!posting) building.set(term, (posting = { docs: [], weights: [] }));
        posting.docs.push(index);
        posting.weights.push(weight);
      }
      totalLength += length;
      stored.push({ document, length });
    });
    const count = stored.length;
    const postings = new Map<string, Posting>();
    for (const [term, { docs, weights }] of building) {
      const idf = Math.log(1 + (count - docs.length + 0.5) / (docs.length + 0.5));
      postings.set(term, { docs: Int32Array.from(docs), weights: Float32Array.from(weights), idf });
    }
    const averageLength = count ? totalLength / count : 1;
    // Swap in whole, so a search never sees half an index.
    this.postings = postings;
    this.stored = stored;
    this.exact = exact;
    this.norms = Float32Array.from(
      stored,
      ({ length }) => K1 * (1 - B + (B * length) / averageLength),
    );
  }

  /** Its state as bytes (posting-list-format.ts), for a snapshot. */
  async save(): Promise<Uint8Array> {
    const terms = [...this.postings.keys()];
    const lists = [...this.postings.values()];
    const offsets = new Int32Array(terms.length + 1);
    lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.docs.length));
    const docs = new Int32Array(offsets[terms.length]!);
    const weights = new Float32Array(docs.length);
    lists.forEach((list, i) => {
      docs.set(list.docs, offsets[i]!);
      weights.set(list.weights, offsets[i]!);
    });
    return encodeEngine({
      terms,
      offsets,
      docs,
      weights,
      idf: Float64Array.from(lists, (list) => list.idf),
      norms: this.norms,
      lengths: Int32Array.from(this.stored, (stored) => stored.length),
      documents: this.stored.map((stored) => stored.document),
      exact: [...this.exact],
    });
  }

  /** Back to the state `save` gave (posting lists and text read from `bytes` as needed); throws on another format. */
  async load(bytes: Uint8Array): Promise<void> {
    const state = decodeEngine(bytes);
    this.postings = state.postings;
    this.stored = state.documents.map((document, i) => ({
      document,
      length: state.lengths[i]!,
    }));
    this.exact = new Map(state.exact);
    this.norms = state.norms;
  }

  /**
   * Rebuilt from the documents it holds, exactly (the BM25 figures depend on every document): a
   * change costs the build of the index in memory, no read (bench:search gives its time).
   */
  async update(ids: string[], documents: SearchDocument[]): Promise<void> {
    const leaving = new Set(ids);
    await this.replace([
      ...this.stored
        .map(({ document }) => document)
        .filter((document) => !leaving.has(document.id)),
      ...documents,
    ]);
  }

  private score(list: Posting, at: number, index: number): number {
    const weight = list.weights[at]!;
    return (list.idf * weight * (K1 + 1)) / (weight + this.norms[index]!);
  }

  private accepts(index: number, { type, category }: EngineQuery): boolean {
    if (!type && !category) return true;
    const { document } = this.stored[index]!;
    return (!type || document.type === type) && (!category || document.category === category);
  }

  private allTerms(lists: Posting[], query: EngineQuery): Array<[number, number]> {
    const [shortest, ...others] = [...lists].sort((a, b) => a.docs.length - b.docs.length);
    const top = new TopScores(RERANKED);
    const cursors = others.map(() => 0);
    for (let i = 0; i < shortest!.docs.length; i++) {
      const index = shortest!.docs[i]!;
      if (!this.accepts(index, query)) continue;
      let score = this.score(shortest!, i, index);
      let everywhere = true;
      for (let j = 0; j < others.length; j++) {
        const list = others[j]!;
        const at = lowerBound(list.docs, index, cursors[j]!);
        cursors[j] = at;
        if (list.docs[at] !== index) {
          everywhere = false;
          break;
        }
        score += this.score(list, at, index);
      }
      if (everywhere) top.offer(index, score);
    }
    return top.entries();
  }

  private anyTerm(lists: Posting[], query: EngineQuery): Array<[number, number]> {
    const scores = new Map<number, number>();
    for (const list of lists) {
      for (let i = 0; i < list.docs.length; i++) {
        const index = list.docs[i]!;
        if (!this.accepts(index, query)) continue;
        scores.set(index, (scores.get(index) ?? 0) + this.score(list, i, index));
      }
    }
    const top = new TopScores(RERANKED);
    for (const [index, score] of scores) top.offer(index, score);
    return top.entries();
  }

  async search(query: EngineQuery): Promise<SearchDocument[]> {
    const phrase = normalize(query.q).trim();
    const named = (this.exact.get(phrase) ?? []).filter((index) => this.accepts(index, query));
    const ranked = this.ranked(phrase, query).filter(
      (document) => !named.some((index) => this.stored[index]!.document === document),
    );
    return [...named.map((index) => this.stored[index]!.document), ...ranked].slice(0, query.limit);
  }

  private ranked(phrase: string, query: EngineQuery): SearchDocument[] {
    const queryTerms = [...new Set(terms(phrase))];
    const lists = queryTerms
      .map((term) => this.postings.get(term))
      .filter((list): list is Posting => Boolean(list));
    if (!lists.length) return [];
    let best = lists.length === queryTerms.length ? this.allTerms(lists, query) : [];
    if (!best.length) best = this.anyTerm(lists, query);
    return best
      .map(([index, score]) => {
        const stored = this.stored[index]!;
        const bonus = foldedTitle(stored).includes(phrase)
          ? PHRASE_IN_TITLE
          : foldedText(stored).includes(phrase)
            ? PHRASE_IN_TEXT
            : 1;
        return { document: stored.document, score: score * bonus };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, query.limit)
      .map(({ document }) => document);
  }
}
