import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PublicComment } from '@sunshine/shared';
import { useRemote } from '../../hooks/use-remote';
import { listComments } from '../../services/consultations';
import { formatDate } from '../../services/format';

/** The comments staff approved, oldest first, as plain text (never rendered as HTML). */
export function PublicComments({ id, count }: { id: string; count: number }) {
  const first = useRemote(() => listComments(id), [id]);
  const [more, setMore] = useState<{ items: PublicComment[]; nextCursor?: string }>();
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const cursor = more ? more.nextCursor : first.data?.nextCursor;
  const loadMore = async () => {
    if (!cursor) return;
    const page = await listComments(id, cursor);
    setMore({ items: [...(more?.items ?? []), ...page.items], nextCursor: page.nextCursor });
  };
  return (
    <View className='consultation__card'>
      <Text className='consultation__heading'>公开的意见（{count}）</Text>
      {items.length === 0 && !first.loading && (
        <Text className='consultation__muted'>意见经审核后公开，暂无公开的意见。</Text>
      )}
      {items.map((comment) => (
        <View key={comment.id} className='consultation__comment'>
          <Text className='consultation__comment-meta'>
            {comment.section ?? '总体意见'} · {formatDate(comment.at)}
          </Text>
          <Text className='consultation__paragraph' userSelect>
            {comment.text}
          </Text>
        </View>
      ))}
      {cursor && (
        <Text className='consultation__link' onClick={() => void loadMore()}>
          查看更多意见
        </Text>
      )}
    </View>
  );
}
