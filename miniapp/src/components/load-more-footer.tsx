import { Button, Text, View } from '@tarojs/components';
import type { PagedList } from '../hooks/use-paged-list';
import './load-more-footer.scss';

/** The end of a cursor-paged list: load more, loading, retry after a failed page, or the end. */
export function LoadMoreFooter({
  list,
}: {
  list: Pick<PagedList<unknown>, 'moreError' | 'loadingMore' | 'hasMore' | 'loadMore'>;
}) {
  return (
    <View className='load-more'>
      {list.moreError ? (
        <View className='load-more__error'>
          <Text>{list.moreError.message}</Text>
          <Button className='load-more__button' onClick={() => void list.loadMore()}>
            重试
          </Button>
        </View>
      ) : list.loadingMore ? (
        <Text>正在加载…</Text>
      ) : list.hasMore ? (
        <Button className='load-more__button' onClick={() => void list.loadMore()}>
          加载更多
        </Button>
      ) : (
        <Text>没有更多了</Text>
      )}
    </View>
  );
}
