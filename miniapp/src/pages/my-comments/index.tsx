import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { COMMENT_STATUS_LABELS, DECISION_LABELS, type MyComment } from '@sunshine/shared';
import { CopyLink } from '../../components/copy-link';
import { PageState } from '../../components/page-state';
import { useLargeText } from '../../hooks/use-large-text';
import { useRemote } from '../../hooks/use-remote';
import { titled, useShare } from '../../hooks/use-share';
import { detailUrl, MY_COMMENTS_URL } from '../../page-urls';
import { listMyComments } from '../../services/consultations';
import { formatDate } from '../../services/format';
import { needsSignInPage, openSignInPage } from '../../services/sign-in-page';
import './index.scss';

/** The tone of a status: shown, not shown, or still waiting for a reviewer. */
const STATUS_TONE = { pending: 'waiting', held: 'waiting', approved: 'done', rejected: 'refused' };

/**
 * 我的意见: the comments a resident sent on consultations, newest first, each with the draft it is
 * about, whether it was shown (and why not), and once decided whether it was adopted and why.
 */
export default function MyComments() {
  const largeText = useLargeText();
  // A friend opens their own list: the page is shared, never one's comments.
  const share = useShare({ title: titled('我的意见'), path: MY_COMMENTS_URL });
  const remote = useRemote(listMyComments, []);
  usePullDownRefresh(() => {
    remote.reload();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className={`my-comments${largeText.pageClass}`}>
      {needsSignInPage(remote.error) ? (
        <Text className='my-comments__link' onClick={openSignInPage}>
          请先登录后查看我的意见
        </Text>
      ) : (
        <PageState
          loading={remote.loading}
          error={remote.error}
          empty={remote.data?.length === 0}
          emptyText='您还没有对征求意见稿提出意见'
          onRetry={remote.reload}
        >
          {remote.data?.map((comment) => (
            <CommentCard key={comment.id} comment={comment} />
          ))}
        </PageState>
      )}
      <CopyLink path={share.path} />
    </View>
  );
}

function CommentCard({ comment }: { comment: MyComment }) {
  return (
    <View className='my-comments__item'>
      <Text
        className='my-comments__consultation'
        onClick={() => Taro.navigateTo({ url: detailUrl(comment.consultationId) })}
      >
        {comment.consultationTitle ?? '查看征求意见稿'}
      </Text>
      <View className='my-comments__head'>
        {comment.section && <Text className='my-comments__section'>{comment.section}</Text>}
        <Text className={`my-comments__status my-comments__status--${STATUS_TONE[comment.status]}`}>
          {COMMENT_STATUS_LABELS[comment.status]}
        </Text>
      </View>
      <Text className='my-comments__text'>{comment.text}</Text>
      {/* A shown comment's date is the day it was shown (MyComment.at). */}
      <Text className='my-comments__meta'>
        {formatDate(comment.at)} {comment.status === 'approved' ? '公开' : '提交'}
      </Text>
      {comment.status === 'rejected' && comment.reason && (
        <Text className='my-comments__reason'>未公开的理由：{comment.reason}</Text>
      )}
      {comment.decision && (
        <View className='my-comments__decision'>
          <Text className='my-comments__decision-label'>
            采纳情况：{DECISION_LABELS[comment.decision.decision]}
          </Text>
          {comment.decision.reason && (
            <Text className='my-comments__decision-text'>{comment.decision.reason}</Text>
          )}
        </View>
      )}
    </View>
  );
}
