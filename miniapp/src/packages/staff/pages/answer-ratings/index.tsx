import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import {
  ANSWER_PROBLEM_LABELS,
  ANSWER_PROBLEMS,
  QUESTION_DEADLINES,
  RATING_LABELS,
  type AnswerRatingCounts,
  type AnswerRatingsView,
} from '@sunshine/shared';
import { useLargeText } from '../../../../hooks/use-large-text';
import { useRemote } from '../../../../hooks/use-remote';
import { listAnswerRatings } from '../../../../services/staff';
import { formatDateTime } from '../../components/format-time';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { ScoreBars } from '../ratings/score-bars';
import '../ratings/index.scss';
import './index.scss';

/**
 * How residents rated the answers to their questions (好差评), per responder and per kind of
 * question, with the latest reasons; never who rated.
 */
export default function AnswerRatings() {
  const { pageClass } = useLargeText();
  const ratings = useRemote(listAnswerRatings, []);
  usePullDownRefresh(() => {
    ratings.reload();
    Taro.stopPullDownRefresh();
  });
  const view = ratings.data;
  return (
    <View className={`ratings answer-ratings${pageClass}`}>
      <StaffPageState
        loading={ratings.loading && !view}
        error={ratings.error}
        empty={!view || view.byKind.every((kind) => kind.count === 0)}
        emptyText='还没有群众评价答复'
        onRetry={ratings.reload}
      >
        {view && (
          <>
            <Text className='answer-ratings__heading'>按答复人</Text>
            {view.byResponder
              .filter((each) => each.count > 0)
              .map((each) => (
                <CountsCard
                  key={each.responder.userId}
                  title={each.responder.displayName}
                  counts={each}
                />
              ))}
            <Text className='answer-ratings__heading'>按留言类别</Text>
            {view.byKind
              .filter((each) => each.count > 0)
              .map((each) => (
                <CountsCard
                  key={each.kind}
                  title={QUESTION_DEADLINES[each.kind].label}
                  counts={each}
                />
              ))}
            <Reasons recent={view.recent} />
          </>
        )}
      </StaffPageState>
    </View>
  );
}

function CountsCard({ title, counts }: { title: string; counts: AnswerRatingCounts }) {
  // Most often named first; ties keep the form's order.
  const problems = ANSWER_PROBLEMS.map((problem) => ({
    problem,
    count: counts.problems[problem] ?? 0,
  }))
    .filter((each) => each.count > 0)
    .sort((a, b) => b.count - a.count);
  return (
    <StaffCard
      title={title}
      extra={
        <Text className='ratings__meta'>
          {counts.count} 人评价 · 平均 {counts.average?.toFixed(1)} 分
        </Text>
      }
    >
      <ScoreBars view={counts} />
      {problems.length > 0 && (
        <Text className='ratings__entry-problems'>
          {problems
            .map(({ problem, count }) => `${ANSWER_PROBLEM_LABELS[problem]} ${count}`)
            .join('、')}
        </Text>
      )}
    </StaffCard>
  );
}

function Reasons({ recent }: { recent: AnswerRatingsView['recent'] }) {
  const withReason = recent.filter((rating) => rating.reason.trim() !== '');
  return (
    <StaffCard title='评价内容'>
      {withReason.length === 0 && <Text className='ratings__meta'>暂无文字评价</Text>}
      {withReason.map((rating, index) => (
        <View key={`${rating.at}-${index}`} className='ratings__entry'>
          <View className='ratings__entry-head'>
            <Text className={`ratings__score ratings__score--${rating.score}`}>
              {RATING_LABELS[rating.score]}
            </Text>
            <Text className='ratings__meta'>
              {QUESTION_DEADLINES[rating.kind].label} · {rating.responderName} ·{' '}
              {formatDateTime(rating.at)}
            </Text>
          </View>
          {rating.problems.length > 0 && (
            <Text className='ratings__entry-problems'>
              {rating.problems.map((problem) => ANSWER_PROBLEM_LABELS[problem]).join('、')}
            </Text>
          )}
          <Text className='ratings__reason'>{rating.reason}</Text>
        </View>
      ))}
    </StaffCard>
  );
}
