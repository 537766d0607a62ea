import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { PublicConcernView } from '@sunshine/shared';
import { ConcernThread, chinaTimeText } from '../../components/concern-thread';
import { CopyLink } from '../../components/copy-link';
import { PageState } from '../../components/page-state';
import { SubscribeButton } from '../../components/subscribe-button';
import { useLargeText } from '../../hooks/use-large-text';
import { useRemote } from '../../hooks/use-remote';
import { useShare } from '../../hooks/use-share';
import { concernUrl } from '../../page-urls';
import { getPublicConcern } from '../../services/concerns';
import './index.scss';
import { usePageParams } from '../../hooks/use-page-params';

/** How each clock ended, in the words residents read once the concern is closed. */
const OUTCOME_TEXT: Record<string, string> = {
  met: '按时',
  late: '超时',
  not_held: '未举行',
};

/**
 * A public concern (关切): what happened, its level and office, the releases answering it in time
 * order, and once closed the closing statement and whether each deadline was kept. Residents may
 * follow it while it is open; it can be shared to a chat and to 朋友圈.
 */
export default function Concern() {
  const largeText = useLargeText();
  const id = usePageParams().id ?? '';
  const concern = useRemote(() => getPublicConcern(id), [id]);
  usePullDownRefresh(() => {
    concern.reload();
    Taro.stopPullDownRefresh();
  });
  const share = useShare({ title: concern.data?.title ?? '回应关切', path: concernUrl(id) });

  return (
    <View className={`concern${largeText.pageClass}`}>
      <PageState
        loading={concern.loading && !concern.data}
        error={concern.error}
        onRetry={concern.reload}
      >
        {concern.data && <ConcernBody concern={concern.data} />}
      </PageState>
      <CopyLink path={share.path} />
    </View>
  );
}

function ConcernBody({ concern }: { concern: PublicConcernView }) {
  const open = concern.status === 'open';
  return (
    <>
      <View className='concern__head'>
        <View className='concern__tags'>
          <Text className={`concern__level concern__level--${concern.level}`}>
            {concern.levelLabel}
          </Text>
          <Text className={`concern__status${open ? ' concern__status--open' : ''}`}>
            {open ? '正在回应' : '已结束'}
          </Text>
        </View>
        <Text className='concern__title'>{concern.title}</Text>
        {concern.summary && <Text className='concern__summary'>{concern.summary}</Text>}
        <Text className='concern__meta'>
          {concern.officeName} · 发生于 {chinaTimeText(concern.arisenAt)}
        </Text>
      </View>

      {!open && concern.clocks && concern.clocks.length > 0 && (
        <View className='concern__clocks'>
          {concern.clocks.map((clock) => (
            <Text
              key={clock.label}
              className={`concern__clock concern__clock--${clock.state === 'met' ? 'met' : 'late'}`}
            >
              {clock.label}：{OUTCOME_TEXT[clock.state] ?? clock.state}
            </Text>
          ))}
        </View>
      )}

      <Text className='concern__section'>回应进展</Text>
      <ConcernThread concern={concern} />

      {open && <SubscribeButton topic={`concern:${concern.id}`} />}
    </>
  );
}
