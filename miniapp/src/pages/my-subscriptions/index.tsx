import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type {
  MySubscriptionsView,
  MySubscriptionView,
  SubscribeOutcomeView,
} from '@sunshine/shared';
import { PageState } from '../../components/page-state';
import { SubscribeButton } from '../../components/subscribe-button';
import { useLargeText } from '../../hooks/use-large-text';
import { asApiError, useRemote } from '../../hooks/use-remote';
import { formatDate } from '../../services/format';
import { needsSignInPage, openSignInPage, signInIfNeeded } from '../../services/sign-in-page';
import { cancelSubscription, listMySubscriptions } from '../../services/subscriptions';
import { MY_SUBSCRIPTIONS_URL } from '../../page-urls';
import { CopyLink } from '../../components/copy-link';
import { titled, useShare } from '../../hooks/use-share';
import './index.scss';

/** What a subscription still allows: WeChat sends one message per accept of a one-time template. */
const allowance = (subscription: MySubscriptionView) =>
  subscription.longTerm
    ? '长期订阅'
    : subscription.credits > 0
      ? `还可接收 ${subscription.credits} 次`
      : '已无剩余次数';

/** 我的订阅: each topic with the messages it may still bring, a way to get more, and cancelling. */
export default function MySubscriptions() {
  const largeText = useLargeText();
  const share = useShare({ title: titled('我的订阅'), path: MY_SUBSCRIPTIONS_URL });
  const remote = useRemote(listMySubscriptions, []);
  // The answer of a cancel or a new subscription replaces the list at once.
  const [latest, setLatest] = useState<MySubscriptionsView>();
  const [cancelling, setCancelling] = useState<string>();
  usePullDownRefresh(() => {
    setLatest(undefined);
    remote.reload();
    Taro.stopPullDownRefresh();
  });
  const shown = latest ?? remote.data;

  // Subscribing again answers the topic's new credits: shown in place, the button's message stays.
  const renewed = ({ subscribed }: SubscribeOutcomeView) =>
    shown &&
    setLatest({
      ...shown,
      topics: shown.topics.map(
        (topic) => subscribed.find((view) => view.topic === topic.topic) ?? topic,
      ),
    });

  const cancel = async (subscription: MySubscriptionView) => {
    if (cancelling) return;
    const { confirm } = await Taro.showModal({
      title: '取消订阅',
      content: `不再接收「${subscription.label}」的通知？`,
      confirmText: '取消订阅',
      cancelText: '保留',
    });
    if (!confirm) return;
    setCancelling(subscription.topic);
    try {
      setLatest(await cancelSubscription(subscription.topic));
      void Taro.showToast({ title: '已取消订阅', icon: 'none' });
    } catch (caught) {
      const error = asApiError(caught);
      if (!signInIfNeeded(error)) void Taro.showToast({ title: error.message, icon: 'none' });
    } finally {
      setCancelling(undefined);
    }
  };

  if (needsSignInPage(remote.error)) {
    return (
      <View className={`my-subscriptions${largeText.pageClass}`}>
        <Text className='my-subscriptions__link' onClick={openSignInPage}>
          请先登录后查看我的订阅
        </Text>
      </View>
    );
  }
  return (
    <View className={`my-subscriptions${largeText.pageClass}`}>
      <Text className='my-subscriptions__intro'>
        每次允许接收，可收到一次通知；次数用完后，可再次订阅。
      </Text>
      <PageState
        loading={remote.loading && !latest}
        error={latest ? undefined : remote.error}
        empty={shown?.topics.length === 0}
        emptyText='您还没有订阅任何通知'
        onRetry={remote.reload}
      >
        {shown?.topics.map((subscription) => (
          <View key={subscription.topic} className='my-subscriptions__item'>
            <View className='my-subscriptions__head'>
              <Text className='my-subscriptions__label'>{subscription.label}</Text>
              <Text
                className={`my-subscriptions__credits${!subscription.longTerm && subscription.credits === 0 ? ' my-subscriptions__credits--none' : ''}`}
              >
                {allowance(subscription)}
              </Text>
            </View>
            <Text className='my-subscriptions__meta'>{formatDate(subscription.since)} 订阅</Text>
            <View className='my-subscriptions__actions'>
              {!subscription.longTerm && (
                <SubscribeButton
                  topic={subscription.topic}
                  name={subscription.label}
                  label='再次订阅'
                  onSubscribed={renewed}
                />
              )}
              <View
                className='my-subscriptions__cancel'
                ariaRole='button'
                onClick={() => void cancel(subscription)}
              >
                <Text>{cancelling === subscription.topic ? '正在取消…' : '取消订阅'}</Text>
              </View>
            </View>
          </View>
        ))}
      </PageState>
      <CopyLink path={share.path} />
    </View>
  );
}
