import { ScrollView, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { CATEGORY_LABELS, DISCLOSURE_CATEGORIES, type DisclosureCategory } from '@sunshine/shared';
import { InterpretationCard } from '../../components/interpretation-card';
import { LoadMoreFooter } from '../../components/load-more-footer';
import { PageState } from '../../components/page-state';
import { usePagedList } from '../../hooks/use-paged-list';
import { listInterpretations } from '../../services/interpretations';
import './list.scss';

const PAGE_SIZE = 10;

function categoryFromParam(value?: string): DisclosureCategory | undefined {
  return DISCLOSURE_CATEGORIES.find((category) => category === value);
}

/** All published interpretations, newest first, filtered by category; pull to refresh, load more. */
export default function InterpretationList() {
  const router = useRouter();
  const [category, setCategory] = useState(categoryFromParam(router.params.category));
  const list = usePagedList((cursor) => listInterpretations({ category, cursor, limit: PAGE_SIZE }), [category]);

  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    if (list.hasMore && !list.moreError) void list.loadMore();
  });

  const tabs: Array<{ key?: DisclosureCategory; label: string }> = [
    { label: '全部' },
    ...DISCLOSURE_CATEGORIES.map((key) => ({ key, label: CATEGORY_LABELS[key] })),
  ];

  return (
    <View className='interp-list'>
      <ScrollView className='interp-list__tabs' scrollX enableFlex>
        {tabs.map((tab) => (
          <View
            key={tab.label}
            className={`interp-list__tab${tab.key === category ? ' interp-list__tab--active' : ''}`}
            onClick={() => setCategory(tab.key)}
          >
            <Text>{tab.label}</Text>
          </View>
        ))}
      </ScrollView>

      <PageState
        loading={list.loading}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={category ? `「${CATEGORY_LABELS[category]}」暂无政策解读` : '暂无已发布的政策解读'}
        onRetry={() => void list.refresh()}
      >
        <View className='interp-list__items'>
          {list.items.map((item) => (
            <InterpretationCard key={item.id} item={item} />
          ))}
        </View>
        <LoadMoreFooter list={list} />
      </PageState>
    </View>
  );
}
