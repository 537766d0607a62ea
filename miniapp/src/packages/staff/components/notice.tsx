import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './notice.scss';

interface Props {
  tone?: 'info' | 'warning' | 'error';
  title?: string;
  children: ReactNode;
}

/** A boxed message at the top of a form or beside actions: a review comment, a reason, an error. */
export function Notice({ tone = 'info', title, children }: Props) {
  return (
    <View className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      {title && <Text className='notice__title'>{title}</Text>}
      <Text className='notice__text'>{children}</Text>
    </View>
  );
}
