import type { SearchDocument } from '../../ports/search';

/**
 * PostingListEngine's state as bytes, for the snapshot a cold search function loads instead of
 * rebuilding (issue 19). Built to load fast, not to be read: tokenising 20,000 items again is what
 * takes seconds, so the posting lists are stored as they sit in memory, and nothing large goes
 * through JSON.parse:
 * - the postings' document numbers as gaps (each list ascends), in varints: most gaps take a byte
 *   where an Int32 took four (bench:search-cold gives the sizes); their weights (small whole
 *   numbers: 4 a title term, 2 a lead one, 1 a body one) in a byte each when they all fit. A
 *   term's list is decoded when a query first asks for it: a cold start's first query decodes a
 *   few lists, not 13 million postings;
 * - the documents' text as one UTF-16 region (two bytes a Han character, where UTF-8 takes three),
 *   read per document when a result needs it (the top results of a query), not 80,000
 *   documents' strings at the load;
 * - the rest (terms joined by `\n`, a term being Han pairs or a run of letters and digits; each
 *   document's key, type, id, Q&A index, category and exact keys; the exact keys' documents) in a
 *   JSON header, small beside the text.
 *
 * Layout, every section aligned to 8 bytes: `SPL` + format byte | u32 header length | header JSON |
 * Int32 term offsets (in postings) | Int32 term offsets (in gap bytes) | Float32 norms | Int32
 * lengths | Int32 text offsets (in UTF-16 units) | varint doc gaps | weights (Uint8
 * or Float32) | UTF-16LE text.
 */
export const ENGINE_FORMAT = 4;
const MAGIC = [0x53, 0x50, 0x4c]; // "SPL"

/**
 * A term's documents, ascending, and its weight in each. No idf: it depends on how many documents
 * are live, which an incremental update changes, so the engine works it out at a query.
 */
export interface Posting {
  docs: Int32Array;
  weights: Float32Array;
}

/** What the engine reads and extends of its posting lists: a Map when built, the lazy lists when loaded. */
export type PostingLists = Pick<Map<string, Posting>, 'get' | 'has' | 'keys' | 'values'> & {
  set(term: string, posting: Posting): unknown;
};

export interface EngineState {
  terms: string[];
  /** Term i's postings are docs/weights[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
  norms: Float32Array;
  lengths: Int32Array;
  documents: SearchDocument[];
  exact: Array<[string, number[]]>;
}

export interface LoadedState {
  postings: PostingLists;
  norms: Float32Array;
  lengths: Int32Array;
  documents: SearchDocument[];
  exact: Array<[string, number[]]>;
}

type DocumentRow = [
  key: string,
  type: SearchDocument['type'],
  id: string,
  qaIndex: number | null,
  category: SearchDocument['category'],
  exact: string[] | null,
];

interface Header {
  terms: string;
  postings: number;
  gapBytes: number;
  weightBytes: 1 | 4;
  textBytes: number;
  documents: DocumentRow[];
  exact: Array<[string, number[]]>;
}

export class EngineFormatError extends Error {}

/** The documents' three texts, decoded when read: a loaded engine reads a few per query. */
class Texts {
  constructor(
    private readonly utf16: Buffer,
    private readonly offsets: Int32Array,
  ) {}

  at(i: number): string {
    return this.utf16.toString('utf16le', 2 * this.offsets[i]!, 2 * this.offsets[i + 1]!);
  }
}

/** A loaded document: its text read from the snapshot's bytes when asked for. */
class LoadedDocument implements SearchDocument {
  qaIndex?: number;
  exact?: string[];
  // Private fields, not properties: a document copied or logged does not carry the whole snapshot.
  readonly #texts: Texts;
  readonly #at: number;

  constructor(
    texts: Texts,
    index: number,
    readonly key: string,
    readonly type: SearchDocument['type'],
    readonly id: string,
    readonly category: SearchDocument['category'],
  ) {
    this.#texts = texts;
    this.#at = 3 * index;
  }

  get title() {
    return this.#texts.at(this.#at);
  }
  get lead() {
    return this.#texts.at(this.#at + 1);
  }
  get body() {
    return this.#texts.at(this.#at + 2);
  }

  toJSON(): SearchDocument {
    const { key, type, id, qaIndex, category, title, lead, body, exact } = this;
    return {
      key,
      type,
      id,
      ...(qaIndex !== undefined && { qaIndex }),
      category,
      title,
      lead,
      body,
      ...(exact && { exact }),
    };
  }
}

const align = (n: number) => Math.ceil(n / 8) * 8;

/**
 * Each list's document numbers as gaps from the one before (the first from 0), in LEB128 varints,
 * and where each term's list starts among those bytes.
 */
function encodeGaps(docs: Int32Array, offsets: Int32Array): [Uint8Array, Int32Array] {
  const out = new Uint8Array(docs.length * 5);
  const starts = new Int32Array(offsets.length);
  let at = 0;
  for (let term = 0; term + 1 < offsets.length; term++) {
    starts[term] = at;
    let previous = 0;
    for (let i = offsets[term]!; i < offsets[term + 1]!; i++) {
      let gap = docs[i]! - previous;
      previous = docs[i]!;
      while (gap >= 0x80) {
        out[at++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      out[at++] = gap;
    }
  }
  starts[offsets.length - 1] = at;
  return [out.subarray(0, at), starts];
}

/** `count` document numbers from their varint gaps. */
function decodeGaps(bytes: Uint8Array, count: number): Int32Array {
  const docs = new Int32Array(count);
  let at = 0;
  let previous = 0;
  for (let i = 0; i < count; i++) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      if (at >= bytes.length) throw new EngineFormatError('index cut short');
      byte = bytes[at++]!;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    previous += gap;
    docs[i] = previous;
  }
  return docs;
}

/** Loaded posting lists, each decoded from the snapshot's bytes the first time a query asks for it. */
class LazyPostings implements PostingLists {
  private readonly index = new Map<string, number>();
  private readonly decoded = new Map<string, Posting>();

  constructor(
    private readonly terms: string[],
    private readonly offsets: Int32Array,
    private readonly gapStarts: Int32Array,
    private readonly gaps: Uint8Array,
    private readonly weights: Uint8Array | Float32Array,
  ) {
    terms.forEach((term, i) => this.index.set(term, i));
  }

  get(term: string): Posting | undefined {
    const cached = this.decoded.get(term);
    if (cached) return cached;
    const i = this.index.get(term);
    if (i === undefined) return undefined;
    const from = this.offsets[i]!;
    const to = this.offsets[i + 1]!;
    const weights = this.weights.subarray(from, to);
    const posting = {
      docs: decodeGaps(this.gaps.subarray(this.gapStarts[i], this.gapStarts[i + 1]), to - from),
      weights: weights instanceof Float32Array ? weights : new Float32Array(weights),
    };
    this.decoded.set(term, posting);
    return posting;
  }

  /** Whether it holds the term, without decoding its list. */
  has(term: string): boolean {
    return this.index.has(term);
  }

  /** A list extended by an update (decoded first, through `get`), or a term new since the load. */
  set(term: string, posting: Posting) {
    if (!this.index.has(term)) {
      this.index.set(term, -1);
      this.terms.push(term);
    }
    this.decoded.set(term, posting);
  }

  keys() {
    return this.terms.values();
  }

  values() {
    return this.terms.map((term) => this.get(term)!).values();
  }
}

export function encodeEngine(state: EngineState): Uint8Array {
  const [gaps, gapStarts] = encodeGaps(state.docs, state.offsets);
  const smallWeights = state.weights.every((weight) => Number.isInteger(weight) && weight < 256);
  const weights = smallWeights ? Uint8Array.from(state.weights) : state.weights;
  const texts = state.documents.flatMap((d) => [d.title, d.lead, d.body]);
  const utf16 = Buffer.from(texts.join(''), 'utf16le');
  const textOffsets = new Int32Array(texts.length + 1);
  texts.forEach((text, i) => (textOffsets[i + 1] = textOffsets[i]! + text.length));
  const header: Header = {
    terms: state.terms.join('\n'),
    postings: state.docs.length,
    gapBytes: gaps.length,
    weightBytes: smallWeights ? 1 : 4,
    textBytes: utf16.length,
    documents: state.documents.map((d) => [
      d.key,
      d.type,
      d.id,
      d.qaIndex ?? null,
      d.category,
      d.exact ?? null,
    ]),
    exact: state.exact,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const sections: ArrayBufferView[] = [
    state.offsets,
    gapStarts,
    state.norms,
    state.lengths,
    textOffsets,
    gaps,
    weights,
    utf16,
  ];
  const start = align(8 + json.length);
  const total = sections.reduce((at, section) => align(at + section.byteLength), start);
  const bytes = new Uint8Array(total);
  bytes.set([...MAGIC, ENGINE_FORMAT]);
  new DataView(bytes.buffer).setUint32(4, json.length, true);
  bytes.set(json, 8);
  let at = start;
  for (const section of sections) {
    bytes.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), at);
    at = align(at + section.byteLength);
  }
  return bytes;
}

/**
 * The state `encodeEngine` wrote, its posting lists decoded as they are asked for; an
 * EngineFormatError for bytes of another format or cut short (a list cut short throws when read).
 */
export function decodeEngine(input: Uint8Array): LoadedState {
  if (input.length < 8 || MAGIC.some((byte, i) => input[i] !== byte) || input[3] !== ENGINE_FORMAT)
    throw new EngineFormatError('not a posting-list index of this format');
  // Typed arrays need their element size's alignment: copy once if the bytes are not 8-aligned.
  const bytes = input.byteOffset % 8 ? input.slice() : input;
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new EngineFormatError('index cut short');
  let header: Header;
  try {
    header = JSON.parse(
      Buffer.from(bytes.buffer, bytes.byteOffset + 8, headerLength).toString('utf8'),
    ) as Header;
  } catch {
    throw new EngineFormatError('index header unreadable');
  }
  const terms = header.terms ? header.terms.split('\n') : [];
  const count = header.documents.length;
  let at = align(8 + headerLength);
  const take = <T>(
    Type: {
      new (buffer: ArrayBufferLike, offset: number, length: number): T;
      BYTES_PER_ELEMENT: number;
    },
    length: number,
  ): T => {
    const end = at + length * Type.BYTES_PER_ELEMENT;
    if (end > bytes.length) throw new EngineFormatError('index cut short');
    const array = new Type(bytes.buffer, bytes.byteOffset + at, length);
    at = align(end);
    return array;
  };
  const offsets = take(Int32Array, terms.length + 1);
  const gapStarts = take(Int32Array, terms.length + 1);
  const norms = take(Float32Array, count);
  const lengths = take(Int32Array, count);
  const textOffsets = take(Int32Array, 3 * count + 1);
  const gaps = take(Uint8Array, header.gapBytes);
  const weights =
    header.weightBytes === 1
      ? take(Uint8Array, header.postings)
      : take(Float32Array, header.postings);
  const utf16 = take(Uint8Array, header.textBytes);
  const texts = new Texts(
    Buffer.from(utf16.buffer, utf16.byteOffset, utf16.byteLength),
    textOffsets,
  );
  const documents = header.documents.map(([key, type, id, qaIndex, category, exact], i) => {
    const document = new LoadedDocument(texts, i, key, type, id, category);
    if (qaIndex !== null) document.qaIndex = qaIndex;
    if (exact) document.exact = exact;
    return document;
  });
  return {
    postings: new LazyPostings(terms, offsets, gapStarts, gaps, weights),
    norms,
    lengths,
    documents,
    exact: header.exact,
  };
}
