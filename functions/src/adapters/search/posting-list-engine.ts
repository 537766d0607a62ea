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
/**
 * An update tombstones the documents it replaces; past this share of the stored documents, it
 * rebuilds instead (a full build: seconds at 20,000 items, so rarely), which frees their postings.
 */
const COMPACT_AT = 0.25;

interface Stored {
  document: SearchDocument;
  length: number;
  /** Tombstoned by an update: skipped by every query, left out of a save. */
  gone?: boolean;
  /** Folded title and text, for the phrase bonus: made when first needed (a top result), not at a build or load. */
  title?: string;
  text?: string;
}

const foldedTitle = (stored: Stored) => (stored.title ??= fold(stored.document.title));
const foldedText = (stored: Stored) =>
  (stored.text ??= fold(`${stored.document.lead}\n${stored.document.body}`));

/** A document's terms and their weights, and its length (the sum of its terms' weights). */
function tokenize(document: SearchDocument): { weights: Map<string, number>; length: number } {
  const weights = new Map<string, number>();
  let length = 0;
  for (const field of ['title', 'lead', 'body'] as const) {
    for (const term of terms(fold(document[field]))) {
      weights.set(term, (weights.get(term) ?? 0) + FIELD_WEIGHT[field]);
      length += FIELD_WEIGHT[field];
    }
  }
  return { weights, length };
}

/** A posting list as a query scores it: its idf from the live documents at that moment. */
interface Scored extends Posting {
  /** Live documents in the list (tombstoned ones stay in it until a compaction). */
  live: number;
  idf: number;
}

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
 *
 * An update is incremental (issue 19): the documents it replaces are tombstoned, the new ones
 * appended, so it costs the tokenizing of those documents, not of the other 20,000. BM25's inputs
 * (document count, average length, each term's document frequency) are counted over the live
 * documents only, and live documents keep their relative order, so it answers exactly as a fresh
 * build over the same documents would.
 */
export class PostingListEngine implements SearchEngine {
  private postings: PostingLists = new Map<string, Posting>();
  private stored: Stored[] = [];
  /** Documents by what typed whole finds them first (an item's 索引号). */
  private exact = new Map<string, number[]>();
  /** Per document, BM25's length normalisation: K1 · (1 − B + B · length / average length). */
  private norms: Float32Array = new Float32Array(0);
  /** Per term, how many of its postings are tombstoned documents. */
  private dropped = new Map<string, number>();
  private tombstones = 0;
  /** The live documents' summed lengths, for the average length. */
  private totalLength = 0;
  /**
   * Postings appended to a list the engine already had, joined on when a query first reads it: a
   * loaded list is not decoded (most of an update's terms are common pairs with long lists).
   */
  private tails = new Map<string, { docs: number[]; weights: number[] }>();
  /** Each item's documents (by id), made at the first update. */
  private byId?: Map<string, number[]>;

  async replace(documents: SearchDocument[]): Promise<void> {
    const building = new Map<string, { docs: number[]; weights: number[] }>();
    const stored: Stored[] = [];
    const exact = new Map<string, number[]>();
    let totalLength = 0;
    documents.forEach((document, index) => {
      for (const key of document.exact ?? []) exact.set(key, [...(exact.get(key) ?? []), index]);
      const { weights, length } = tokenize(document);
      for (const [term, weight] of weights) {
        let posting = building.get(term);
        if (!posting) building.set(term, (posting = { docs: [], weights: [] }));
        posting.docs.push(index);
        posting.weights.push(weight);
      }
      totalLength += length;
      stored.push({ document, length });
    });
    const postings = new Map<string, Posting>();
    for (const [term, { docs, weights }] of building)
      postings.set(term, { docs: Int32Array.from(docs), weights: Float32Array.from(weights) });
    // Swap in whole, so a search never sees half an index.
    this.reset(postings, stored, exact, totalLength);
  }

  private reset(
    postings: PostingLists,
    stored: Stored[],
    exact: Map<string, number[]>,
    total: number,
  ) {
    this.postings = postings;
    this.stored = stored;
    this.exact = exact;
    this.dropped = new Map();
    this.tails = new Map();
    this.tombstones = 0;
    this.totalLength = total;
    this.byId = undefined;
    this.normalize();
  }

  /** The norms for the live documents' average length (every document's: a tombstoned one's is never read). */
  private normalize() {
    const live = this.stored.length - this.tombstones;
    const averageLength = live ? this.totalLength / live : 1;
    this.norms = Float32Array.from(
      this.stored,
      ({ length }) => K1 * (1 - B + (B * length) / averageLength),
    );
  }

  /** Its live documents' state as bytes (posting-list-format.ts), for a snapshot: as a fresh build over them would save. */
  async save(): Promise<Uint8Array> {
    // Tombstoned documents are left out, and the live ones numbered again, in their order.
    const renumbered = new Int32Array(this.stored.length);
    let next = 0;
    this.stored.forEach((stored, i) => (renumbered[i] = stored.gone ? -1 : next++));
    const live = this.stored.filter((stored) => !stored.gone);
    const terms: string[] = [];
    const lists: Posting[] = [];
    for (const term of this.postings.keys()) {
      const list = this.list(term)!;
      if (list.docs.length === (this.dropped.get(term) ?? 0)) continue;
      lists.push(this.tombstones ? this.livePart(list, renumbered) : list);
      terms.push(term);
    }
    const offsets = new Int32Array(terms.length + 1);
    lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.docs.length));
    const docs = new Int32Array(offsets[terms.length]!);
    const weights = new Float32Array(docs.length);
    lists.forEach((list, i) => {
      docs.set(list.docs, offsets[i]!);
      weights.set(list.weights, offsets[i]!);
    });
    const exact = [...this.exact]
      .map(([key, indexes]): [string, number[]] => [
        key,
        indexes.filter((i) => renumbered[i]! >= 0).map((i) => renumbered[i]!),
      ])
      .filter(([, indexes]) => indexes.length);
    return encodeEngine({
      terms,
      offsets,
      docs,
      weights,
      norms: this.tombstones ? this.norms.filter((_, i) => renumbered[i]! >= 0) : this.norms,
      lengths: Int32Array.from(live, (stored) => stored.length),
      documents: live.map((stored) => stored.document),
      exact,
    });
  }

  private livePart(list: Posting, renumbered: Int32Array): Posting {
    const keep: number[] = [];
    list.docs.forEach((index, at) => renumbered[index]! >= 0 && keep.push(at));
    return {
      docs: Int32Array.from(keep, (at) => renumbered[list.docs[at]!]!),
      weights: Float32Array.from(keep, (at) => list.weights[at]!),
    };
  }

  /** Back to the state `save` gave (posting lists and text read from `bytes` as needed); throws on another format. */
  async load(bytes: Uint8Array): Promise<void> {
    const state = decodeEngine(bytes);
    const stored = state.documents.map((document, i) => ({
      document,
      length: state.lengths[i]!,
    }));
    this.reset(
      state.postings,
      stored,
      new Map(state.exact),
      stored.reduce((sum, { length }) => sum + length, 0),
    );
  }

  /**
   * The items' documents tombstoned and the new ones appended: the cost of tokenizing those
   * documents (their postings join their lists when a query reads them), not a rebuild.
   * When tombstones pass COMPACT_AT of the stored documents, a rebuild over the live ones instead.
   */
  async update(ids: string[], documents: SearchDocument[]): Promise<void> {
    const byId = (this.byId ??= this.indexById());
    const leaving = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
    if (this.tombstones + leaving.length > COMPACT_AT * (this.stored.length + documents.length)) {
      const gone = new Set(leaving);
      await this.replace([
        ...this.stored
          .filter((stored, i) => !stored.gone && !gone.has(i))
          .map(({ document }) => document),
        ...documents,
      ]);
      return;
    }
    for (const id of ids) byId.delete(id);
    for (const index of leaving) this.tombstone(index);
    this.append(documents, byId);
    this.normalize();
  }

  private indexById(): Map<string, number[]> {
    const byId = new Map<string, number[]>();
    this.stored.forEach(({ document, gone }, index) => {
      if (gone) return;
      const indexes = byId.get(document.id);
      if (indexes) indexes.push(index);
      else byId.set(document.id, [index]);
    });
    return byId;
  }

  /** Skipped by every query from now on; its terms counted out of their document frequencies. */
  private tombstone(index: number) {
    const stored = this.stored[index]!;
    for (const term of tokenize(stored.document).weights.keys())
      this.dropped.set(term, (this.dropped.get(term) ?? 0) + 1);
    stored.gone = true;
    stored.title = stored.text = undefined;
    this.tombstones++;
    this.totalLength -= stored.length;
  }

  /** Numbered after every stored document, so each list stays ascending and live order is kept. */
  private append(documents: SearchDocument[], byId: Map<string, number[]>) {
    const adding = new Map<string, { docs: number[]; weights: number[] }>();
    for (const document of documents) {
      const index = this.stored.length;
      for (const key of document.exact ?? [])
        this.exact.set(key, [...(this.exact.get(key) ?? []), index]);
      byId.set(document.id, [...(byId.get(document.id) ?? []), index]);
      const { weights, length } = tokenize(document);
      for (const [term, weight] of weights) {
        let posting = adding.get(term);
        if (!posting) adding.set(term, (posting = { docs: [], weights: [] }));
        posting.docs.push(index);
        posting.weights.push(weight);
      }
      this.totalLength += length;
      this.stored.push({ document, length });
    }
    for (const [term, added] of adding) {
      if (!this.postings.has(term))
        this.postings.set(term, {
          docs: Int32Array.from(added.docs),
          weights: Float32Array.from(added.weights),
        });
      else {
        const tail = this.tails.get(term);
        if (!tail) this.tails.set(term, added);
        else {
          tail.docs.push(...added.docs);
          tail.weights.push(...added.weights);
        }
      }
    }
  }

  /** A term's whole list, its tail (if any) joined on now: where a query or a save first reads it. */
  private list(term: string): Posting | undefined {
    const list = this.postings.get(term);
    const tail = this.tails.get(term);
    if (!list || !tail) return list;
    const docs = new Int32Array(list.docs.length + tail.docs.length);
    const weights = new Float32Array(docs.length);
    docs.set(list.docs);
    weights.set(list.weights);
    docs.set(tail.docs, list.docs.length);
    weights.set(tail.weights, list.docs.length);
    const joined = { docs, weights };
    this.postings.set(term, joined);
    this.tails.delete(term);
    return joined;
  }

  private score(list: Scored, at: number, index: number): number {
    const weight = list.weights[at]!;
    return (list.idf * weight * (K1 + 1)) / (weight + this.norms[index]!);
  }

  private accepts(index: number, { type, category }: EngineQuery): boolean {
    if (this.tombstones && this.stored[index]!.gone) return false;
    if (!type && !category) return true;
    const { document } = this.stored[index]!;
    return (!type || document.type === type) && (!category || document.category === category);
  }

  /** A term's list as a query scores it, or undefined when no live document has it. */
  private scored(term: string): Scored | undefined {
    const list = this.list(term);
    if (!list) return undefined;
    const live = list.docs.length - (this.dropped.get(term) ?? 0);
    if (!live) return undefined;
    const count = this.stored.length - this.tombstones;
    const idf = Math.log(1 + (count - live + 0.5) / (live + 0.5));
    return { ...list, live, idf };
  }

  private allTerms(lists: Scored[], query: EngineQuery): Array<[number, number]> {
    // By live count, as a fresh build's list lengths: the same order of summing, the same scores.
    const [shortest, ...others] = [...lists].sort((a, b) => a.live - b.live);
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

  private anyTerm(lists: Scored[], query: EngineQuery): Array<[number, number]> {
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
      .map((term) => this.scored(term))
      .filter((list): list is Scored => Boolean(list));
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
