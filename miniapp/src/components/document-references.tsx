import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { DocumentReference } from '@sunshine/shared';
import { detailUrl } from '../page-urls';
import { ValidityBadge } from './validity-badge';
import './content-body.scss';

/**
 * The library documents an item rests on, with their validity as it is today (a new version of a
 * document updates it here). A withdrawn document only says that it went: the API no longer gives
 * its title (it may have gone because it exposed someone).
 */
export function DocumentReferences({
  documents,
  label,
}: {
  documents: DocumentReference[];
  label: string;
}) {
  return (
    <>
      {documents.map((document) =>
        document.withdrawn ? (
          <View key={document.id} className='content-body__document'>
            <Text className='content-body__document-label'>{label}</Text>
            <Text className='content-body__document-meta'>该文件已撤回，不再公开</Text>
          </View>
        ) : (
          <View
            key={document.id}
            className='content-body__document'
            hoverClass='content-body__document--pressed'
            onClick={() => Taro.navigateTo({ url: detailUrl(document.id) })}
          >
            <View className='content-body__document-label-row'>
              <Text className='content-body__document-label'>{label}</Text>
              <ValidityBadge validity={document.validity ?? 'in_force'} />
            </View>
            <Text className='content-body__document-title'>{document.title}</Text>
            <Text className='content-body__document-meta'>
              {[document.number, '查看原文 ›'].filter(Boolean).join(' · ')}
            </Text>
          </View>
        ),
      )}
    </>
  );
}
