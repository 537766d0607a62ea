import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { DocumentReference } from '@sunshine/shared';
import { detailUrl } from './content-card';
import { ValidityBadge } from './validity-badge';
import './content-body.scss';

/**
 * The library documents an item rests on, with their validity as it is today (a new version of a
 * document updates it here). A withdrawn document is still named, and says so.
 */
export function DocumentReferences({ documents, label }: { documents: DocumentReference[]; label: string }) {
  return (
    <>
      {documents.map((document) => (
        <View
          key={document.id}
          className='content-body__document'
          hoverClass={document.withdrawn ? undefined : 'content-body__document--pressed'}
          onClick={() => !document.withdrawn && Taro.navigateTo({ url: detailUrl(document.id) })}
        >
          <View className='content-body__document-label-row'>
            <Text className='content-body__document-label'>{label}</Text>
            <ValidityBadge validity={document.validity ?? 'in_force'} />
          </View>
          <Text className='content-body__document-title'>{document.title}</Text>
          <Text className='content-body__document-meta'>{document.withdrawn ? '该文件已撤回，不再公开' : [document.number, '查看原文 ›'].filter(Boolean).join(' · ')}</Text>
        </View>
      ))}
    </>
  );
}
