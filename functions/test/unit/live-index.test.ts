import { PostingListEngine } from '../../src/adapters/search/posting-list-engine';
import { LiveIndex } from '../../src/domain/search/live-index';
import { anInterpretation, testId } from '../support/interpretations';
import { InMemorySearchCorpus } from '../support/in-memory-search-corpus';

describe('LiveIndex', () => {
  test('builds once for concurrent first searches, then serves from memory while fresh', async () => {
    const corpus = new InMemorySearchCorpus([anInterpretation()]);
    const index = new LiveIndex(corpus, new PostingListEngine(), { now: () => new Date(0) }, 60_000);

    await Promise.all([index.ready(), index.ready(), index.ready()]);
    await index.ready();

    expect(corpus.reads).toBe(1);
  });

  test('once stale, answers from the old index at once and rebuilds in the background', async () => {
    let now = 0;
    const corpus = new InMemorySearchCorpus([anInterpretation({ id: testId(1), title: '旧的解读' })]);
    const index = new LiveIndex(corpus, new PostingListEngine(), { now: () => new Date(now) }, 60_000);
    await index.ready();
    corpus.items = [anInterpretation({ id: testId(2), title: '新发布的解读' })];
    let release = () => undefined as void;
    corpus.gate = new Promise<void>((resolve) => (release = resolve));
    now = 61_000;

    const stale = await (await index.ready()).search({ q: '新发布', type: 'interpretation', limit: 5 });
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const fresh = await (await index.ready()).search({ q: '新发布', type: 'interpretation', limit: 5 });

    expect(stale).toEqual([]);
    expect(fresh.map((document) => document.id)).toEqual([testId(2)]);
    expect(corpus.reads).toBe(2);
  });
});
