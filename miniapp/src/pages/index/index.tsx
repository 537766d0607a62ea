import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { BUREAU_NAME, CONTENT_KINDS, KIND_LABELS } from '@sunshine/shared';
import { CategoryGrid } from '../../components/category-grid';
import { ConcernBanner } from '../../components/concern-banner';
import { ContentCard } from '../../components/content-card';
import { PageState } from '../../components/page-state';
import { SubscribeButton } from '../../components/subscribe-button';
import { useRemote } from '../../hooks/use-remote';
import { listContent } from '../../services/content';
import { catalogueUrl, libraryUrl, SEARCH_URL, HOME_URL } from '../../page-urls';
import { openPage } from '../../services/navigation';
import { useLargeText } from '../../hooks/use-large-text';
import { LargeTextSwitch } from '../../components/large-text-switch';
import { useKnownBureau } from '../../hooks/use-bureau';
import { CopyLink } from '../../components/copy-link';
import { titled, useShare } from '../../hooks/use-share';
import './index.scss';

const LATEST_COUNT = 5;

/**
 * Home: search, the library's kinds, the five categories, the latest interpretations. The first
 * screen is one API call. Asking, applying and one's own lists are on the 互动 and 我的 tabs.
 */
export default function Home() {
  const largeText = useLargeText();
  // The bureau's name as its admin saved it, once the launch read arrives.
  const bureau = useKnownBureau();
  const share = useShare({
    title: titled(`${bureau?.name ?? BUREAU_NAME}政务公开`),
    path: HOME_URL,
  });
  const latest = useRemote(() => listContent({ kind: 'interpretation', limit: LATEST_COUNT }), []);
  usePullDownRefresh(() => {
    latest.reload();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className={`home${largeText.pageClass}`}>
      <View className='home__banner'>
        <Text className='home__title'>阳光政务</Text>
        <View className='home__banner-row'>
          <Text className='home__subtitle'>{bureau?.name ?? BUREAU_NAME} · 政务公开</Text>
          <LargeTextSwitch />
        </View>
        <View className='home__search' onClick={() => void openPage(SEARCH_URL)}>
          <Text>搜索政策文件、解读、问答</Text>
        </View>
      </View>

      {/* Read once the first screen has loaded: that screen stays one request. */}
      <ConcernBanner ready={!latest.loading} />

      <View className='home__library'>
        {CONTENT_KINDS.map((kind) => (
          <View
            key={kind}
            className='home__library-entry'
            hoverClass='home__library-entry--pressed'
            ariaRole='link'
            onClick={() => void openPage(libraryUrl(kind))}
          >
            <Text>{KIND_LABELS[kind]}</Text>
          </View>
        ))}
      </View>

      <View className='home__section-header'>
        <Text className='home__section-title'>五公开</Text>
      </View>
      <CategoryGrid />

      <View className='home__section-header'>
        <Text className='home__section-title'>最新政策解读</Text>
        <Text
          className='home__more'
          onClick={() => void openPage(catalogueUrl({ kind: 'interpretation' }))}
        >
          全部解读
        </Text>
      </View>
      <PageState
        loading={latest.loading}
        error={latest.error}
        empty={latest.data?.items.length === 0}
        emptyText='暂无已发布的政策解读'
        onRetry={latest.reload}
      >
        {latest.data?.items.map((item) => (
          <ContentCard key={item.id} item={item} />
        ))}
      </PageState>

      <View className='home__subscribe'>
        {/* Its template ids load once the first screen has: that screen stays one request. */}
        <SubscribeButton topic='urgent' prefetch={!latest.loading} />
      </View>
      <CopyLink path={share.path} />
    </View>
  );
}
