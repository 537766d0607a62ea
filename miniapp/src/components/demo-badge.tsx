import { Text } from '@tarojs/components';
import './demo-badge.scss';

/** Marks seeded demonstration content, so nobody mistakes it for a real release. */
export function DemoBadge() {
  return <Text className='demo-badge'>演示数据</Text>;
}
