import type { PublishedContent } from '@sunshine/shared';
import { PostingListEngine } from '../../src/adapters/search/posting-list-engine';
import { LiveIndex } from '../../src/domain/search/live-index';
import { searchContent } from '../../src/domain/search/search-content';
import { anInterpretation, testId } from '../support/interpretations';
import { InMemorySearchCorpus } from '../support/in-memory-search-corpus';

const hitIds = async (index: LiveIndex, q: string) =>
  (await searchContent(index, { q, limit: 10 })).hits.map((hit) => hit.id);

describe('LiveIndex', () => {
  test('builds once for concurrent first searches, then serves from memory while nothing was published', async () => {
    const corpus = new InMemorySearchCorpus([anInterpretation()]);
    const index = new LiveIndex(corpus, new PostingListEngine());

    await Promise.all([index.ready(), index.ready(), index.ready()]);
    await index.ready();

    expect(corpus.reads).toBe(1);
    expect(corpus.itemReads).toBe(0);
  });

  test('finds an item published after it was built at the next search, reading that item alone', async () => {
    const corpus = new InMemorySearchCorpus([
      anInterpretation({ id: testId(1), title: '旧的解读' }),
    ]);
    const index = new LiveIndex(corpus, new PostingListEngine());
    await index.ready();

    corpus.publish(anInterpretation({ id: testId(2), title: '新发布的解读' }));

    expect(await hitIds(index, '新发布')).toContain(testId(2));
    expect(corpus.reads).toBe(1);
    expect(corpus.itemReads).toBe(1);
  });
});

describe('LiveIndex, warm, with no rebuild in between', () => {
  test('a search after a withdrawal does not return the withdrawn item', async () => {
    const corpus = new InMemorySearchCorpus([
      anInterpretation({ id: testId(1), title: '涉及个人信息的解读' }),
      anInterpretation({ id: testId(2), title: '另一篇个人信息保护解读' }),
    ]);
    const index = new LiveIndex(corpus, new PostingListEngine());
    const before = await searchContent(index, { q: '个人信息', limit: 10 });
    expect(before.hits.map((hit) => hit.id)).toContain(testId(1));

    corpus.withdraw(testId(1));
    const after = await searchContent(index, { q: '个人信息', limit: 10 });

    expect(after.hits.map((hit) => hit.id)).not.toContain(testId(1));
    expect(after.hits.map((hit) => hit.id)).toContain(testId(2));
    expect(corpus.reads).toBe(1);
  });

  test('a search after a republication with a new title serves neither the old title nor the old snippet', async () => {
    const corpus = new InMemorySearchCorpus([
      anInterpretation({
        id: testId(3),
        title: '旧版户口迁移须知',
        sections: {
          background: '旧的背景说明。',
          keyPoints: '要点。',
          highlights: '亮点。',
          measures: '措施。',
        },
      }),
    ]);
    const index = new LiveIndex(corpus, new PostingListEngine());
    await searchContent(index, { q: '户口迁移', limit: 10 });

    corpus.publish(
      anInterpretation({
        id: testId(3),
        title: '新版居住证申领指南',
        sections: {
          background: '新的背景说明。',
          keyPoints: '要点。',
          highlights: '亮点。',
          measures: '措施。',
        },
        updatedAt: '2023-06-01T02:00:00.000Z',
      }),
    );
    const byOldTitle = await searchContent(index, { q: '户口迁移', limit: 10 });
    const byTopic = await searchContent(index, {
      q: '背景说明',
      type: 'interpretation',
      limit: 10,
    });
    expect(byTopic.hits).toHaveLength(1);

    expect(byOldTitle.hits.map((hit) => hit.id)).not.toContain(testId(3));
    expect(byTopic.hits).toEqual([
      expect.objectContaining({
        id: testId(3),
        title: '新版居住证申领指南',
        snippet: expect.stringContaining('新的背景说明'),
      }),
    ]);
    expect(JSON.stringify(byTopic)).not.toContain('旧');
    expect(corpus.reads).toBe(1);
  });
});

describe('LiveIndex, rebuilding', () => {
  test('further behind than the changes the watermark names, rebuilds whole', async () => {
    const corpus = new InMemorySearchCorpus([
      anInterpretation({ id: testId(1), title: '最早发布的说明' }),
    ]);
    const index = new LiveIndex(corpus, new PostingListEngine());
    await index.ready();

    for (let n = 2; n <= 60; n++)
      corpus.publish(anInterpretation({ id: testId(n), title: `第${n}篇解读` }));
    corpus.withdraw(testId(1));

    expect(await hitIds(index, '最早发布')).toEqual([]);
    expect(await hitIds(index, '第60篇')).toContain(testId(60));
    expect(corpus.reads).toBe(2);
  });

  test('does not trust a corpus that lags the watermark (an eventually consistent index): a withdrawn item stays out, a new version comes in', async () => {
    const stale = [
      anInterpretation({ id: testId(1), title: '撤回事项' }),
      anInterpretation({ id: testId(2), title: '原题目录' }),
    ];
    const corpus = new (class extends InMemorySearchCorpus {
      override async published(): Promise<PublishedContent[]> {
        this.reads++;
        return stale;
      }
    })([...stale]);
    corpus.withdraw(testId(1));
    corpus.publish(
      anInterpretation({ id: testId(2), title: '新近标签', updatedAt: '2023-06-01T02:00:00.000Z' }),
    );
    const index = new LiveIndex(corpus, new PostingListEngine());

    expect(await hitIds(index, '撤回事项')).toEqual([]);
    expect(await hitIds(index, '原题目录')).toEqual([]);
    expect(await hitIds(index, '新近标签')).toContain(testId(2));
  });
});
