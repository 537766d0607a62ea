import { Text, View } from '@tarojs/components';
import { useRemote } from '../../../../hooks/use-remote';
import { getConcernFigures } from '../../../../services/concerns';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';

/**
 * 回应关切 in the year, beside the narrative staff write (总体情况 quotes them): concerns opened
 * and closed per level, and per clock how many closed ones kept it. Only roles that handle
 * concerns may read them; for the others the card is left out.
 */
export function ConcernFigures({ year }: { year: number }) {
  const figures = useRemote(() => getConcernFigures(year), [year]);
  if (figures.error?.code === 'FORBIDDEN') return null;
  return (
    <StaffCard title={`${year}年回应关切情况`}>
      <StaffPageState
        loading={figures.loading && !figures.data}
        error={figures.error}
        onRetry={figures.reload}
      >
        {figures.data?.levels.map((level) => (
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
      </StaffPageState>
    </StaffCard>
  );
}
