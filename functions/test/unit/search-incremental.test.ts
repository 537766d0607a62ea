import fc from 'fast-check';
import { PostingListEngine } from '../../src/adapters/search/posting-list-engine';
import { terms } from '../../src/commons/search-text';
import { searchDocuments } from '../../src/domain/search/documents';
import { DEMO_CONTENT } from '../../src/seed/seed-demo';
import type { EngineQuery, SearchDocument } from '../../src/ports/search';

// The tokenizer, counted: how many documents an update reads (three fields each), without timing.
jest.mock('../../src/commons/search-text', () => {
  const actual = jest.requireActual('../../src/commons/search-text');
  return { ...actual, terms: jest.fn(actual.terms) };
});
const tokenized = terms as jest.MockedFunction<typeof terms>;

/** Real Chinese policy text of every kind, 索引号 on some, to make documents of. */
const BASES: SearchDocument[] = DEMO_CONTENT.flatMap(searchDocuments).map((document, i) =>
  i % 5 === 3 ? { ...document, exact: [`2026-${String(i).padStart(5, '0')}`] } : document,
);
const IDS = Array.from({ length: 16 }, (_, i) => `item-${i}`);

let made = 0;
/** An item's documents: each from a base, its body cut to vary the lengths, under a new key. */
const item = fc
  .record({
    id: fc.constantFrom(...IDS),
    parts: fc.array(fc.tuple(fc.nat(BASES.length - 1), fc.nat(400)), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map(({ id, parts }): SearchDocument[] =>
    parts.map(([base, cut], qaIndex) => ({
      ...BASES[base]!,
      id,
      qaIndex,
      key: `${id}#${qaIndex}#${made++}`,
      body: BASES[base]!.body.slice(cut),
    })),
  );

/** An update as LiveIndex makes them: an item published (anew or again), or withdrawn. */
const change = fc.oneof(
  item.map((documents) => ({ ids: [documents[0]!.id], documents })),
  fc.constantFrom(...IDS).map((id) => ({ ids: [id], documents: [] as SearchDocument[] })),
);

const texts = BASES.flatMap((document) => [document.title, document.lead, document.body]);
const pieceOfText = fc
  .tuple(fc.nat(texts.length - 1), fc.nat(200), fc.integer({ min: 1, max: 8 }))
  .map(([which, at, length]) => texts[which]!.slice(at, at + length))
  .filter((piece) => piece.trim().length > 0);
const query = fc.record({
  q: fc.oneof(
    pieceOfText,
    fc.tuple(pieceOfText, pieceOfText).map(([a, b]) => `${a} ${b}`),
    fc.constantFrom('火星探测器', ...BASES.flatMap((d) => d.exact ?? [])),
  ),
  type: fc.constantFrom(undefined, 'document', 'interpretation', 'qa', 'notice', 'guide'),
  category: fc.constantFrom(undefined, ...new Set(BASES.map((d) => d.category))),
  limit: fc.integer({ min: 1, max: 30 }),
}) as fc.Arbitrary<EngineQuery>;

/** What the engine holds after an update, by the interface's contract: the items' documents give way to the new ones. */
function applied(documents: SearchDocument[], ids: string[], arriving: SearchDocument[]) {
  return [...documents.filter((document) => !ids.includes(document.id)), ...arriving];
}

/** Results whole, as a caller sees them (the text highlighting and snippets are made from). */
const whole = (documents: SearchDocument[]) => JSON.parse(JSON.stringify(documents)) as unknown;

async function freshOver(documents: SearchDocument[]) {
  const engine = new PostingListEngine();
  await engine.replace(documents);
  return engine;
}

async function sameAnswers(engine: PostingListEngine, fresh: PostingListEngine, qs: EngineQuery[]) {
  for (const q of qs) expect(whole(await engine.search(q))).toEqual(whole(await fresh.search(q)));
}

describe('PostingListEngine updated in place', () => {
  test('answers exactly as a fresh build over the same documents: ids, order and text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { minLength: 8, maxLength: 20 }),
        fc.array(change, { minLength: 1, maxLength: 10 }),
        fc.array(query, { minLength: 5, maxLength: 10 }),
        async (items, changes, qs) => {
          let documents = items.reduce<SearchDocument[]>(
            (all, arriving) => applied(all, [arriving[0]!.id], arriving),
            [],
          );
          const engine = await freshOver(documents);
          for (const { ids, documents: arriving } of changes) {
            await engine.update(ids, arriving);
            documents = applied(documents, ids, arriving);
          }
          await sameAnswers(engine, await freshOver(documents), qs);
        },
      ),
      { numRuns: 40 },
    );
  });

  test('saved with tombstones, loads and takes further updates as a fresh build would', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { minLength: 8, maxLength: 20 }),
        fc.array(change, { minLength: 1, maxLength: 6 }),
        fc.array(change, { minLength: 1, maxLength: 6 }),
        fc.array(query, { minLength: 5, maxLength: 10 }),
        async (items, before, after, qs) => {
          let documents = items.reduce<SearchDocument[]>(
            (all, arriving) => applied(all, [arriving[0]!.id], arriving),
            [],
          );
          const engine = await freshOver(documents);
          for (const { ids, documents: arriving } of before) {
            await engine.update(ids, arriving);
            documents = applied(documents, ids, arriving);
          }
          const loaded = new PostingListEngine();
          await loaded.load(await engine.save());
          const fresh = await freshOver(documents);
          await sameAnswers(loaded, fresh, qs);
          // Only the live documents were saved: the bytes are a fresh build's, but for term order.
          expect((await loaded.save()).length).toBe((await fresh.save()).length);

          for (const { ids, documents: arriving } of after) {
            await loaded.update(ids, arriving);
            documents = applied(documents, ids, arriving);
          }
          await sameAnswers(loaded, await freshOver(documents), qs);
        },
      ),
      { numRuns: 40 },
    );
  });

  test('an update of a loaded engine tokenizes the documents it changes, not the others', async () => {
    const corpus = BASES.map((base, i) => ({ ...base, id: `doc-${i}`, key: `doc-${i}` }));
    const loaded = new PostingListEngine();
    await loaded.load(await (await freshOver(corpus)).save());
    const replaced = corpus[2]!;
    const withdrawn = corpus[5]!;
    const republished = { ...replaced, key: 'again', title: '重新发布：电动自行车管理办法' };
    const published = { ...corpus[7]!, id: 'new', key: 'new', title: '新发布的政务公开考核办法' };
    tokenized.mockClear();

    await loaded.update([replaced.id, withdrawn.id], [republished, published]);

    // Three fields of each: the two documents tombstoned (their terms counted out) and the two added.
    expect(tokenized).toHaveBeenCalledTimes(3 * 4);
    expect(corpus.length).toBeGreaterThan(20);
    const [first] = await loaded.search({ q: '重新发布：电动自行车管理办法', limit: 1 });
    expect(first?.key).toBe('again');
  });
});
