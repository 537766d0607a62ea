import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { PageState } from '../../components/page-state';
import { useLargeText } from '../../hooks/use-large-text';
import { useRemote } from '../../hooks/use-remote';
import { getNegativeList } from '../../services/negative-list';
import { APPLY_URL, NEGATIVE_LIST_URL } from '../../page-urls';
import { CopyLink } from '../../components/copy-link';
import { titled, useShare } from '../../hooks/use-share';
import './index.scss';

/**
 * 负面清单: the kinds of government information the bureau does not disclose proactively, each
 * with its legal basis and how many documents fall under it (never the documents), and when the
 * list was last reviewed and will be next.
 */
export default function NegativeList() {
  const largeText = useLargeText();
  const share = useShare({ title: titled('负面清单：不予公开的事项'), path: NEGATIVE_LIST_URL });
  const list = useRemote(getNegativeList, []);
  usePullDownRefresh(() => {
    list.reload();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className={`negative-list${largeText.pageClass}`}>
      <View className='negative-list__intro'>
        <Text className='negative-list__title'>政府信息公开负面清单</Text>
        <Text className='negative-list__text'>
          依照《中华人民共和国政府信息公开条例》，下列类别的政府信息不予主动公开。清单只列类别、依据和本机关现有件数，不列具体文件。清单每年复核一次，动态调整。
        </Text>
      </View>
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        {list.data && (
          <>
            <View className='negative-list__review'>
              <Text className='negative-list__review-line'>
                {list.data.lastReviewedOn
                  ? `最近一次复核：${list.data.lastReviewedOn}`
                  : '本清单尚未进行年度复核'}
              </Text>
              {list.data.nextReviewDueOn && (
                <Text className='negative-list__review-line'>
                  下次复核：{list.data.nextReviewDueOn} 前
                </Text>
              )}
            </View>
            {list.data.grounds.map((entry, index) => (
              <View key={entry.ground} className='negative-list__ground'>
                <View className='negative-list__head'>
                  <Text className='negative-list__label'>
                    {index + 1}. {entry.label}
                  </Text>
                  <Text className='negative-list__count'>{entry.count} 件</Text>
                </View>
                <Text className='negative-list__basis'>依据：{entry.basis}</Text>
              </View>
            ))}
            <View className='negative-list__apply'>
              <Text className='negative-list__text'>
                属于依申请公开的信息，可向本机关申请公开，本机关依法答复。
              </Text>
              <Text
                className='negative-list__link'
                onClick={() => void Taro.navigateTo({ url: APPLY_URL })}
              >
                申请政府信息公开
              </Text>
            </View>
          </>
        )}
      </PageState>
      <CopyLink path={share.path} />
    </View>
  );
}
