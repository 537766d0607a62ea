import { Text, View } from '@tarojs/components';
import './consultation.scss';

/**
 * Counts as horizontal bars a resident reads at a glance; each row also says its number and
 * share in words, so a screen reader (and a small screen) loses nothing.
 */
export function BarChart({
  rows,
  total,
}: {
  rows: Array<{ label: string; count: number }>;
  total: number;
}) {
  return (
    <View className='bar-chart'>
      {rows.map((row) => {
        const share = total > 0 ? Math.round((row.count / total) * 100) : 0;
        return (
          <View
            key={row.label}
            className='bar-chart__row'
            ariaLabel={`${row.label}：${row.count}，占 ${share}%`}
          >
            <View className='bar-chart__legend'>
              <Text className='bar-chart__label'>{row.label}</Text>
              <Text className='bar-chart__count'>
                {row.count}（{share}%）
              </Text>
            </View>
            <View className='bar-chart__track'>
              <View className='bar-chart__bar' style={{ width: `${share}%` }} />
            </View>
          </View>
        );
      })}
    </View>
  );
}
