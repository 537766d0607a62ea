import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { CategoryGrid, listUrl } from '../../components/category-grid';
import { InterpretationCard } from '../../components/interpretation-card';
import { PageState } from '../../components/page-state';
import { useRemote } from '../../hooks/use-remote';
import { listInterpretations } from '../../services/interpretations';
import './index.scss';

const LATEST_COUNT = 5;
/** The staff subpackage; main-package code may not import from it, so only its address is here. */
const STAFF_HOME_URL = '/packages/staff/pages/home/index';

/** Home: the latest interpretations and the five categories. The first screen is one API call. */
export default function Home() {
  const latest = useRemote(() => listInterpretations({ limit: LATEST_COUNT }), []);
  usePullDownRefresh(() => {
    latest.reload();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className='home'>
      <View className='home__banner'>
        <Text className='home__title'>阳光政务</Text>
        <Text className='home__subtitle'>长治市公安局上党分局 · 政务公开</Text>
        <View className='home__search' onClick={() => Taro.navigateTo({ url: '/pages/search/index' })}>
          <Text>搜索政策解读、政策问答</Text>
        </View>
      </View>

      <View className='home__section-header'>
        <Text className='home__section-title'>五公开</Text>
      </View>
      <CategoryGrid />

      <View className='home__section-header'>
        <Text className='home__section-title'>最新政策解读</Text>
        <Text className='home__more' onClick={() => Taro.navigateTo({ url: listUrl() })}>
          全部解读
        </Text>
      </View>
      <PageState loading={latest.loading} error={latest.error} empty={latest.data?.items.length === 0} emptyText='暂无已发布的政策解读' onRetry={latest.reload}>
        {latest.data?.items.map((item) => <InterpretationCard key={item.id} item={item} />)}
      </PageState>

      <View className='home__footer'>
        <Text className='home__staff-link' onClick={() => Taro.navigateTo({ url: STAFF_HOME_URL })}>
          工作人员入口
        </Text>
      </View>
    </View>
  );
}
