import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { DemoBadge } from '../../components/demo-badge';
import { detailUrl } from '../../components/interpretation-card';
import { PageState } from '../../components/page-state';
import { InterpretationBody } from '../../components/interpretation-body';
import { useRemote } from '../../hooks/use-remote';
import { formatDate } from '../../services/format';
import { getInterpretation } from '../../services/interpretations';
import './detail.scss';

/** One interpretation, as residents read it. */
export default function InterpretationDetail() {
  const id = useRouter().params.id ?? '';
  const remote = useRemote(() => getInterpretation(id), [id]);
  const item = remote.data;
  // Residents forward interpretations to family and neighbours: share the page itself.
  useShareAppMessage(() => ({ title: item?.title ?? '政策解读', path: detailUrl(id) }));
  return (
    <View className='interp-detail'>
      <PageState loading={remote.loading} error={remote.error} onRetry={remote.reload}>
        {item && (
          <InterpretationBody
            content={item}
            badges={item.demo && <DemoBadge />}
            byline={<Text className='interp-body__byline'>发布日期：{formatDate(item.publishedAt)}</Text>}
          />
        )}
      </PageState>
    </View>
  );
}
