import { diffDrafts } from '../../src/domain/workflow/diff';
import { aDraft } from '../support/drafts';

describe('diffDrafts', () => {
  test('lists every filled field of a first version', () => {
    const changes = diffDrafts(undefined, aDraft());

    expect(changes.map((change) => change.label)).toEqual([
      '类型',
      '标题',
      '公开类别',
      '科室',
      '主题',
      '摘要',
      '解读形式',
      '文件标题',
      '文号',
      '发文机关',
      '成文日期',
      '出台背景',
      '重点内容',
      '特色亮点',
      '落实措施',
      '政策问答',
    ]);
  });

  test('lists only what changed, with readable values', () => {
    const changes = diffDrafts(
      aDraft(),
      aDraft({
        category: 'result',
        qa: [...aDraft().qa, { question: '要收费吗？', answer: '不收费。' }],
      }),
    );

    expect(changes).toEqual([
      { field: 'category', label: '公开类别', before: '服务公开', after: '结果公开' },
      {
        field: 'qa',
        label: '政策问答',
        before: '1. 问：哪里可以办理？\n答：全市任一出入境窗口。',
        after: '1. 问：哪里可以办理？\n答：全市任一出入境窗口。\n2. 问：要收费吗？\n答：不收费。',
        segments: [
          { op: 'same', text: '1. 问：哪里可以办理？\n答：全市任一出入境窗口。\n' },
          { op: 'added', text: '2. 问：要收费吗？\n答：不收费。' },
        ],
      },
    ]);
  });
});
