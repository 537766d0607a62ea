import { Text, View } from '@tarojs/components';
import { RATING_LABELS, RATING_PROBLEM_LABELS, type GuideRatingsView } from '@sunshine/shared';
import { useLargeText } from '../../../../hooks/use-large-text';
import { useRemote } from '../../../../hooks/use-remote';
import { getWorkflowItem, listGuideRatings } from '../../../../services/staff';
import { formatDateTime } from '../../components/format-time';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { problemsByFrequency, ratingsWithReason } from './ratings-model';
import { ScoreBars } from './score-bars';
import './index.scss';
import { usePageParams } from '../../../../hooks/use-page-params';

/** What residents said of a published guide (好差评): how satisfied, what was wrong, and why. */
export default function Ratings() {
  const { pageClass } = useLargeText();
  const id = usePageParams().id ?? '';
  const ratings = useRemote(() => listGuideRatings(id), [id]);
  // Only names the guide: should it fail, the ratings are still worth showing.
  const item = useRemote(() => getWorkflowItem(id), [id]);
  const view = ratings.data;
  return (
    <View className={`ratings${pageClass}`}>
      {item.data && <Text className='ratings__guide'>{item.data.draft.title}</Text>}
      <StaffPageState
        loading={ratings.loading}
        error={ratings.error}
        empty={!view || view.count === 0}
        emptyText='还没有群众评价'
        onRetry={ratings.reload}
      >
        {view && (
          <>
            <StaffCard title='满意度'>
              <Text className='ratings__average'>
                平均 {view.average?.toFixed(1)} 分（满分 5 分）
              </Text>
              <Text className='ratings__meta'>共 {view.count} 人评价</Text>
              <ScoreBars view={view} />
            </StaffCard>
            <Problems problems={view.problems} />
            <Reasons recent={view.recent} />
          </>
        )}
      </StaffPageState>
    </View>
  );
}

function Problems({ problems }: { problems: GuideRatingsView['problems'] }) {
  const counted = problemsByFrequency(problems);
  if (counted.length === 0) return null;
  return (
    <StaffCard title='群众反映的问题'>
      {counted.map(({ problem, count }) => (
        <View key={problem} className='ratings__problem'>
          <Text className='ratings__problem-label'>{RATING_PROBLEM_LABELS[problem]}</Text>
          <Text className='ratings__problem-count'>{count} 人</Text>
        </View>
      ))}
    </StaffCard>
  );
}

function Reasons({ recent }: { recent: GuideRatingsView['recent'] }) {
  const withReason = ratingsWithReason(recent);
  return (
    <StaffCard title='评价内容'>
      {withReason.length === 0 && <Text className='ratings__meta'>暂无文字评价</Text>}
      {withReason.map((rating, index) => (
        <View key={`${rating.at}-${index}`} className='ratings__entry'>
          <View className='ratings__entry-head'>
            <Text className={`ratings__score ratings__score--${rating.score}`}>
              {RATING_LABELS[rating.score]}
            </Text>
            <Text className='ratings__meta'>{formatDateTime(rating.at)}</Text>
          </View>
          {rating.problems.length > 0 && (
            <Text className='ratings__entry-problems'>
              {rating.problems.map((problem) => RATING_PROBLEM_LABELS[problem]).join('、')}
            </Text>
          )}
          <Text className='ratings__reason'>{rating.reason}</Text>
        </View>
      ))}
    </StaffCard>
  );
}
