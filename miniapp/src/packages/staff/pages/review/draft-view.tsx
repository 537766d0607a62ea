import { View } from '@tarojs/components';
import {
  DISCLOSURE_LABELS,
  isPubliclyDisclosed,
  WITHHOLDING_GROUND_RULES,
  type ContentDraft,
} from '@sunshine/shared';
import { ContentBody } from '../../../../components/content-body';
import { Notice } from '../../components/notice';

/**
 * The draft exactly as residents would read it once published, every answer open, for review. A
 * document residents will never see says so first, so nobody approves it expecting otherwise.
 */
export function DraftView({ draft }: { draft: ContentDraft }) {
  return (
    <>
      {draft.kind === 'document' && !isPubliclyDisclosed(draft) && (
        <View className='review__notice'>
          <Notice tone='warning'>{`此文件为「${DISCLOSURE_LABELS[draft.disclosure]}」，发布后只在工作人员端留存，群众看不到。`}</Notice>
          {draft.withholding && (
            <Notice tone='warning'>{`理由：${WITHHOLDING_GROUND_RULES[draft.withholding.ground].label}；依据：${draft.withholding.basis}（计入负面清单该类的数量）`}</Notice>
          )}
        </View>
      )}
      {draft.kind !== 'document' && draft.kind !== 'annual_report' && (
        <View className='review__notice'>
          <Notice tone='info'>
            {draft.madeOn
              ? `信息形成或变更日期：${draft.madeOn}（应在 20 个工作日内公开）`
              : '未填写信息形成或变更日期，不计算公开时限'}
          </Notice>
        </View>
      )}
      <ContentBody content={draft} answersOpen />
    </>
  );
}
