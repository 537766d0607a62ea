import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './staff-card.scss';

interface Props {
  title?: string;
  /** Beside the title, e.g. a count or a link. */
  extra?: ReactNode;
  children: ReactNode;
}

/** A white card with a red-marked title, as on the residents' pages. */
export function StaffCard({ title, extra, children }: Props) {
  return (
    <View className='staff-card'>
      {title && (
        <View className='staff-card__header'>
          <Text className='staff-card__title'>{title}</Text>
          {extra}
        </View>
      )}
      {children}
    </View>
  );
}
