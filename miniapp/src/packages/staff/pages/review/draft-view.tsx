import { View } from '@tarojs/components';
import { DISCLOSURE_LABELS, isPubliclyDisclosed, type ContentDraft } from '@sunshine/shared';
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
        </View>
      )}
      <ContentBody content={draft} answersOpen />
    </>
  );
}
