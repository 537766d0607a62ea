import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Attachment } from '@sunshine/shared';
import { BodySection } from './body-header';

/** An item's attachments (files on the bureau's website). Mini-programs cannot open arbitrary sites: copying the link lets a resident open it in a browser. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <BodySection title={`附件（${attachments.length}）`}>
      {attachments.map((attachment) => (
        <View
          key={attachment.url}
          className='content-body__attachment'
          onClick={() => Taro.setClipboardData({ data: attachment.url })}
        >
          <Text className='content-body__attachment-name'>{attachment.name}</Text>
          <Text className='content-body__attachment-action'>复制链接</Text>
        </View>
      ))}
    </BodySection>
  );
}
