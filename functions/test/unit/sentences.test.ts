import { diffDrafts } from '../../src/domain/workflow/diff';
import { sentenceSegments, splitSentences } from '../../src/domain/workflow/sentences';
import { aDraft } from '../support/drafts';

describe('splitSentences', () => {
  test.each([
    ['。', '第一句。第二句。', ['第一句。', '第二句。']],
    ['！', '请注意！现在办理。', ['请注意！', '现在办理。']],
    ['？', '要收费吗？不收费。', ['要收费吗？', '不收费。']],
    ['；', '一是简化材料；二是压缩时限。', ['一是简化材料；', '二是压缩时限。']],
  ])('ends a sentence at %s and keeps the mark with it', (_mark, text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  test('keeps closing quotes and brackets after the end mark with their sentence', () => {
    expect(splitSentences('他说：「可以办理。」随后离开。（详见附件。）完')).toEqual([
      '他说：「可以办理。」',
      '随后离开。',
      '（详见附件。）',
      '完',
    ]);
    expect(splitSentences('称“已经受理！”’次日办结。')).toEqual(['称“已经受理！”’', '次日办结。']);
  });

  test('ends a sentence at a line break, which stays with it', () => {
    expect(splitSentences('一、总则\n第一条 为了规范。\n\n第二条 适用范围')).toEqual([
      '一、总则\n',
      '第一条 为了规范。\n\n',
      '第二条 适用范围',
    ]);
  });

  test('keeps a text with no end mark as one sentence', () => {
    expect(splitSentences('没有句号的一段话')).toEqual(['没有句号的一段话']);
  });

  test('has no sentences in an empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });

  test('joined back, the sentences are the text', () => {
    const text = '甲。乙！「丙？」\n丁；戊\n\n己';
    expect(splitSentences(text).join('')).toBe(text);
  });
});

describe('sentenceSegments', () => {
  const sentence = (n: number) => `第${n}条 本规定所称事项依照有关法律法规的规定办理并按期公开。`;
  // 1,600 sentences: over 50,000 characters (asserted below).
  const longText = (changed?: number) =>
    Array.from({ length: 1_600 }, (_, i) =>
      i + 1 === changed ? `第${i + 1}条 本条已经修改。` : sentence(i + 1),
    ).join('');

  test('finds the one changed sentence of a 50,000-character text: one removed, one added', () => {
    const before = longText();
    const after = longText(700);
    expect(before.length).toBeGreaterThanOrEqual(50_000);

    const segments = sentenceSegments(before, after);

    expect(segments.filter((segment) => segment.op === 'removed')).toEqual([
      { op: 'removed', text: sentence(700) },
    ]);
    expect(segments.filter((segment) => segment.op === 'added')).toEqual([
      { op: 'added', text: '第700条 本条已经修改。' },
    ]);
  });

  test('collapses long unchanged runs to one sentence of context on each side of a change', () => {
    const before = '甲。乙。丙。丁。戊。己。庚。';
    const after = '甲。乙。丙。改。戊。己。庚。';

    expect(sentenceSegments(before, after)).toEqual([
      { op: 'skipped', sentences: 2 },
      { op: 'same', text: '丙。' },
      { op: 'removed', text: '丁。' },
      { op: 'added', text: '改。' },
      { op: 'same', text: '戊。' },
      { op: 'skipped', sentences: 2 },
    ]);
  });

  test('shows a single unchanged sentence rather than 「未改动 1 句」', () => {
    expect(sentenceSegments('甲。乙。丙。', '甲。乙。改。')).toEqual([
      { op: 'same', text: '甲。乙。' },
      { op: 'removed', text: '丙。' },
      { op: 'added', text: '改。' },
    ]);
  });
});

describe('diffDrafts with long text', () => {
  test('compares a long field changed in place sentence by sentence, short ones not', () => {
    const background = '为进一步便利群众办事。依据上级部署，结合本地实际。现就有关事项解读如下。';
    const before = aDraft({ sections: { ...aDraft().sections, background } });
    const after = aDraft({
      title: '新的标题',
      sections: {
        ...aDraft().sections,
        background: background.replace('依据上级部署', '依据公安部部署'),
      },
    });

    const changes = diffDrafts(before, after);

    expect(changes.find((change) => change.field === 'title')?.segments).toBeUndefined();
    expect(changes.find((change) => change.field === 'sections.background')?.segments).toEqual([
      { op: 'same', text: '为进一步便利群众办事。' },
      { op: 'removed', text: '依据上级部署，结合本地实际。' },
      { op: 'added', text: '依据公安部部署，结合本地实际。' },
      { op: 'same', text: '现就有关事项解读如下。' },
    ]);
  });
});
