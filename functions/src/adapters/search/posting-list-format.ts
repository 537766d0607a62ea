import type { SearchDocument } from '../../ports/search';

/**
 * PostingListEngine's state as bytes, for the snapshot a cold search function loads instead of
 * rebuilding (issue 19). Built to load fast, not to be read: tokenising 20,000 items again is what
 * takes seconds, so the posting lists are stored as they sit in memory, as typed arrays that load
 * as views of the bytes (no copy, no parse), and the terms as one string split once. Only the
 * documents (their text, for snippets) go through JSON.parse, as arrays rather than objects.
 *
 * Layout, every section aligned to 8 bytes:
 * `SPL` + format byte | u32 header length | header JSON | Int32 term offsets | Int32 docs |
 * Float32 weights | Float64 idf | Float32 norms | Int32 lengths. The header holds the counts, the
 * terms joined by `\n` (a term is Han pairs or a run of letters and digits: never a line break),
 * the documents, and the exact keys.
 */
export const ENGINE_FORMAT = 1;
const MAGIC = [0x53, 0x50, 0x4c]; // "SPL"

export interface EngineState {
  terms: string[];
  /** Term i's postings are docs/weights[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
  idf: Float64Array;
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
  title: string,
  lead: string,
  body: string,
  exact: string[] | null,
];

interface Header {
  terms: string;
  postings: number;
  documents: DocumentRow[];
  exact: Array<[string, number[]]>;
}

export class EngineFormatError extends Error {}

const toRow = (d: SearchDocument): DocumentRow => [
  d.key,
  d.type,
  d.id,
  d.qaIndex ?? null,
  d.category,
  d.title,
  d.lead,
  d.body,
  d.exact ?? null,
];

function fromRow([key, type, id, qaIndex, category, title, lead, body, exact]: DocumentRow) {
  const document: SearchDocument = { key, type, id, category, title, lead, body };
  if (qaIndex !== null) document.qaIndex = qaIndex;
  if (exact) document.exact = exact;
  return document;
}

const align = (n: number) => Math.ceil(n / 8) * 8;

export function encodeEngine(state: EngineState): Uint8Array {
  const header: Header = {
    terms: state.terms.join('\n'),
    postings: state.docs.length,
    documents: state.documents.map(toRow),
    exact: state.exact,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const arrays = [
    state.offsets,
    state.docs,
    state.weights,
    state.idf,
    state.norms,
    state.lengths,
  ] as const;
  const start = align(8 + json.length);
  const total = arrays.reduce((at, array) => align(at + array.byteLength), start);
  const bytes = new Uint8Array(total);
  bytes.set([...MAGIC, ENGINE_FORMAT]);
  new DataView(bytes.buffer).setUint32(4, json.length, true);
  bytes.set(json, 8);
  let at = start;
  for (const array of arrays) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at = align(at + array.byteLength);
  }
  return bytes;
}

/** The state `encodeEngine` wrote; an EngineFormatError for bytes of another format or cut short. */
export function decodeEngine(input: Uint8Array): EngineState {
  if (input.length < 8 || MAGIC.some((byte, i) => input[i] !== byte) || input[3] !== ENGINE_FORMAT)
    throw new EngineFormatError('not a posting-list index of this format');
  // Typed arrays need their element size's alignment: copy once if the bytes are not 8-aligned.
  const bytes = input.byteOffset % 8 ? input.slice() : input;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(4, true);
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
  return {
    terms,
    offsets: take(Int32Array, terms.length + 1),
    docs: take(Int32Array, header.postings),
    weights: take(Float32Array, header.postings),
    idf: take(Float64Array, terms.length),
    norms: take(Float32Array, count),
    lengths: take(Int32Array, count),
    documents: header.documents.map(fromRow),
    exact: header.exact,
  };
}
