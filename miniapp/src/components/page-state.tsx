import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { ApiError } from '../services/api-error';
import './page-state.scss';

interface Props {
  loading: boolean;
  error?: ApiError;
  empty?: boolean;
  emptyText?: string;
  onRetry?: () => void;
  children?: ReactNode;
}

/** The one container for a page's loading, error and empty states. */
export function PageState({
  loading,
  error,
  empty,
  emptyText = '暂无内容',
  onRetry,
  children,
}: Props) {
  if (loading) {
    return (
      <View className='page-state page-state--loading' aria-busy='true'>
        <View className='page-state__spinner' />
        <Text className='page-state__text'>正在加载…</Text>
      </View>
    );
  }
  if (error) {
    return (
      <View className='page-state page-state--error' role='alert'>
        <Text className='page-state__title'>加载失败</Text>
        <Text className='page-state__text'>{error.message}</Text>
        {onRetry && (
          <Button className='page-state__retry' onClick={onRetry}>
            重新加载
          </Button>
        )}
      </View>
    );
  }
  if (empty) {
    return (
      <View className='page-state page-state--empty'>
        <Text className='page-state__text'>{emptyText}</Text>
      </View>
    );
  }
  return <>{children}</>;
}
