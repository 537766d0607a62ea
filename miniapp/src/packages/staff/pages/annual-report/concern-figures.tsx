import { Text, View } from '@tarojs/components';
import type { ConcernFiguresView } from '@sunshine/shared';
import { StaffCard } from '../../components/staff-card';

/**
 * 回应关切 in the year, beside the narrative staff write (总体情况 quotes them): concerns opened
 * and closed per level, and per clock how many closed ones kept it. They come with the year's live
 * report (the same figures as `GET /v1/staff/concerns/figures`), so the page reads nothing more.
 */
export function ConcernFigures({ year, figures }: { year: number; figures?: ConcernFiguresView }) {
  if (!figures) return null;
  return (
    <StaffCard title={`${year}年回应关切情况`}>
      {figures.levels.length === 0 && (
        <Text className='staff-report__concerns-clock'>本年度没有登记的关切事项。</Text>
      )}
      {figures.levels.map((level) => (
        <View key={level.level} className='staff-report__concerns'>
          <Text className='staff-report__concerns-line'>
            {level.levelLabel}：开启 {level.opened} 件，已结束 {level.closed} 件
          </Text>
          {level.perClock.map((clock) => (
            <Text key={clock.label} className='staff-report__concerns-clock'>
              {clock.label}：按时 {clock.onTime} 件，超时 {clock.late} 件
              {clock.notHeld ? `，未召开 ${clock.notHeld} 件` : ''}
            </Text>
          ))}
        </View>
      ))}
    </StaffCard>
  );
}
