import type { PublishedContent } from '@sunshine/shared';
import { diffDrafts } from '../../src/domain/workflow/diff';
import { sentenceSegments } from '../../src/domain/workflow/sentences';
import { revisionViews } from '../../src/domain/workflow/views';
import type { Revision } from '../../src/ports/workflow-store';
import { aDraft } from '../support/drafts';

const sentence = (n: number, word = '办理') =>
  `第${n}条 本规定所称事项依照有关法律法规的规定${word}并按期公开。`;
/** 1,600 sentences, over 50,000 characters; sentence `changed` reworded. */
const body = (changed: number, word = '办理') =>
  Array.from({ length: 1_600 }, (_, i) =>
    i + 1 === changed ? `第${i + 1}条 本条已经修改。` : sentence(i + 1, word),
  ).join('');

const version = (n: number): Revision => ({
  version: n,
  publishedAt: `2026-11-${String(n).padStart(2, '0')}T02:00:00.000Z`,
  publishedBy: { userId: 'u-editor', displayName: '王编辑' },
  content: {
    ...aDraft({ sections: { ...aDraft().sections, background: body(n * 50) } }),
    id: 'item-1',
    publishedAt: '2026-11-01T02:00:00.000Z',
    updatedAt: '2026-11-01T02:00:00.000Z',
  } as PublishedContent,
});

describe('the cost of comparing long text', () => {
  test('the revisions of 20 versions of a 50,000-character body serialise under 1 MB', () => {
    const revisions = Array.from({ length: 20 }, (_, i) => version(i + 1));
    expect(body(1).length).toBeGreaterThanOrEqual(50_000);

    const views = revisionViews(revisions);

    const changed = views[0]!.changes.find((change) => change.field === 'sections.background')!;
    expect(changed.segments).toBeDefined();
    expect(changed).not.toHaveProperty('before');
    expect(changed).not.toHaveProperty('after');
    expect(Buffer.byteLength(JSON.stringify(views))).toBeLessThan(1_000_000);
  });

  test('two wholly different 50,000-character texts finish quickly, as one whole-field change', () => {
    const before = body(0, '办理');
    const after = Array.from(
      { length: 1_600 },
      (_, i) => `另${i}句全新的内容与原文完全不同。`,
    ).join('');
    const started = Date.now();

    const segments = sentenceSegments(before, after);

    expect(Date.now() - started).toBeLessThan(3_000);
    expect(segments).toEqual([
      { op: 'removed', text: before, whole: true },
      { op: 'added', text: after, whole: true },
    ]);
  });

  test('change detection alone computes no sentence segments', () => {
    const changes = diffDrafts(
      aDraft({ sections: { ...aDraft().sections, background: body(3) } }),
      aDraft({ sections: { ...aDraft().sections, background: body(4) } }),
      { segments: false },
    );

    expect(changes.map((change) => change.label)).toEqual(['出台背景']);
    expect(changes[0]).not.toHaveProperty('segments');
  });
});
