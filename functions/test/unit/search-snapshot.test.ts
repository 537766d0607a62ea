import fc from 'fast-check';
import { PostingListEngine } from '../../src/adapters/search/posting-list-engine';
import { decodeEngine, EngineFormatError } from '../../src/adapters/search/posting-list-format';
import { decodeSnapshot, encodeSnapshot } from '../../src/adapters/search/stored-search-snapshots';
import { searchDocuments } from '../../src/domain/search/documents';
import { DEMO_CONTENT } from '../../src/seed/seed-demo';
import type { EngineQuery, SearchDocument } from '../../src/ports/search';

/** The demo library's documents: real Chinese policy text, every kind, 索引号 among them. */
const DOCUMENTS: SearchDocument[] = DEMO_CONTENT.flatMap(searchDocuments).map((document, i) =>
  i === 3 ? { ...document, exact: ['11140400mb1234567x/2026-00042', '2026-00042'] } : document,
);
const built = new PostingListEngine();
const loaded = new PostingListEngine();

beforeAll(async () => {
  await built.replace(DOCUMENTS);
  await loaded.load(await built.save());
});

/** Words to query by: pieces of the library's own titles and text, and some that match nothing. */
const texts = DOCUMENTS.flatMap((document) => [document.title, document.lead, document.body]);
const pieceOfText = fc
  .tuple(fc.nat(texts.length - 1), fc.nat(200), fc.integer({ min: 1, max: 8 }))
  .map(([which, at, length]) => texts[which]!.slice(at, at + length))
  .filter((piece) => piece.trim().length > 0);
const query = fc.record({
  q: fc.oneof(
    pieceOfText,
    fc.tuple(pieceOfText, pieceOfText).map(([a, b]) => `${a} ${b}`),
    fc.constantFrom(
      '火星探测器',
      '輿情回應',
      'ABC',
      DOCUMENTS.find((d) => d.exact)?.exact?.[0] ?? '',
    ),
  ),
  type: fc.constantFrom(undefined, 'document', 'interpretation', 'qa', 'notice', 'guide'),
  category: fc.constantFrom(undefined, ...new Set(DOCUMENTS.map((d) => d.category))),
  limit: fc.integer({ min: 1, max: 30 }),
}) as fc.Arbitrary<EngineQuery>;

const keys = (documents: SearchDocument[]) => documents.map((document) => document.key);

describe('PostingListEngine saved and loaded', () => {
  test('answers every query exactly as the engine it was saved from, in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        expect(keys(await loaded.search(q))).toEqual(keys(await built.search(q)));
      }),
      { numRuns: 300 },
    );
  });

  test('returns the documents whole, and finds an item by its 索引号 typed whole', async () => {
    const numbered = DOCUMENTS.find((document) => document.exact?.length)!;

    const [first] = await loaded.search({ q: numbered.exact![0]!, limit: 5 });

    expect(JSON.parse(JSON.stringify(first))).toEqual(numbered);
  });

  test('saved again after loading, gives the same bytes', async () => {
    expect(Buffer.from(await loaded.save()).equals(Buffer.from(await built.save()))).toBe(true);
  });

  test('takes updates after loading as a built engine does', async () => {
    const leaving = DOCUMENTS[0]!;
    const arriving = { ...DOCUMENTS[1]!, key: 'new', id: 'new', title: '新发布的电动自行车解读' };
    await built.update([leaving.id], [arriving]);
    await loaded.update([leaving.id], [arriving]);

    for (const q of ['电动自行车', leaving.title, '政务公开'])
      expect(keys(await loaded.search({ q, limit: 20 }))).toEqual(
        keys(await built.search({ q, limit: 20 })),
      );
    expect(keys(await loaded.search({ q: '新发布的电动自行车解读', limit: 1 }))).toEqual(['new']);
  });

  test('refuses bytes of another format or cut short, and keeps what it held', async () => {
    const bytes = await built.save();
    const otherFormat = Uint8Array.from(bytes);
    otherFormat[3] = 99;
    const engine = new PostingListEngine();
    await engine.replace(DOCUMENTS);

    await expect(engine.load(otherFormat)).rejects.toThrow(EngineFormatError);
    await expect(engine.load(bytes.subarray(0, bytes.length - 100))).rejects.toThrow(
      EngineFormatError,
    );
    expect(() => decodeEngine(bytes.subarray(0, 6))).toThrow(EngineFormatError);
    expect((await engine.search({ q: '政务公开', limit: 3 })).length).toBe(3);
  });
});

describe('the snapshot envelope', () => {
  test('carries the watermark version, the held versions and the engine bytes', () => {
    const engine = Uint8Array.from([1, 2, 3, 4, 5]);
    const snapshot = {
      watermarkVersion: 42,
      held: [['a', '2026-12-08T00:00:00Z']] as Array<[string, string]>,
      engine,
    };

    const decoded = decodeSnapshot(encodeSnapshot(snapshot));

    expect(decoded?.watermarkVersion).toBe(42);
    expect(decoded?.held).toEqual(snapshot.held);
    expect([...decoded!.engine]).toEqual([1, 2, 3, 4, 5]);
    // The engine's typed arrays are views: they need the bytes 8-aligned.
    expect(decoded!.engine.byteOffset % 8).toBe(0);
  });

  test('is undefined for bytes of another format, cut short or not a snapshot', () => {
    const bytes = encodeSnapshot({ watermarkVersion: 1, held: [], engine: new Uint8Array(8) });
    const otherFormat = Uint8Array.from(bytes);
    otherFormat[3] = 2;

    expect(decodeSnapshot(otherFormat)).toBeUndefined();
    expect(decodeSnapshot(bytes.subarray(0, 12))).toBeUndefined();
    expect(decodeSnapshot(new TextEncoder().encode('<Error>NoSuchKey</Error>'))).toBeUndefined();
  });
});
