import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import {
  MESSAGE_KIND_LABELS,
  subscriptionWords,
  type SubscribeOutcomeView,
  type SubscribeResult,
  type SubscriptionOptionsView,
  type SubscriptionTopic,
  type TemplateView,
} from '@sunshine/shared';
import { asApiError } from '../hooks/use-remote';
import { grantInSandbox, promptStandsIn } from '../services/sandbox-subscribe';
import { openSignInPage, signInIfNeeded } from '../services/sign-in-page';
import { readDevIdentity } from '../services/session';
import {
  askWeChat,
  getSubscriptionOptions,
  recordSubscription,
  templatesFor,
} from '../services/subscriptions';
import './subscribe-button.scss';

type Answers = Array<{ templateId: string; result: SubscribeResult }>;

export interface SubscribeButtonProps {
  topic: SubscriptionTopic;
  /**
   * A category's, office's or topic's name as the page shows it. The button's words and the
   * prompt's subject come from `subscriptionWords` (shared/), so every button says exactly what
   * the topic brings.
   */
  name?: string;
  /** A shorter action where the page already names the topic (我的订阅's 再次订阅); what arrives is still said. */
  label?: string;
  onSubscribed?: (outcome: SubscribeOutcomeView) => void;
  /**
   * WeChat build: load the template ids now (default), or not yet. The home page passes false until
   * its first screen has loaded, so that screen still costs one request (docs/performance.md).
   */
  prefetch?: boolean;
}

/** WeChat opens its prompt only from a tap: the ids must be here before it. H5's stand-in can wait for them. */
const needsIdsBeforeTap = () => process.env.TARO_ENV !== 'h5';

/** What the answer says, with the messages one-time templates still allow. */
function outcomeText(outcome: SubscribeOutcomeView): string {
  const counted = outcome.subscribed.filter((view) => !view.longTerm);
  const left = counted.length ? Math.min(...counted.map((view) => view.credits)) : undefined;
  return left === undefined ? outcome.message : `${outcome.message}（还可接收 ${left} 次）`;
}

/**
 * Subscribe to some topics. In WeChat the tap itself opens WeChat's prompt (it opens only from a
 * tap, so the template ids are loaded before and nothing is awaited first); in the H5 build a
 * small dialog stands in for it and the sandbox grants what WeChat would. Every answer, refusals
 * too, then goes to the API, which keeps it and subscribes what was allowed.
 */
export function SubscribeButton({
  topic,
  name,
  label,
  onSubscribed,
  prefetch = true,
}: SubscribeButtonProps) {
  const words = subscriptionWords(topic, name);
  const topics = [topic];
  const [options, setOptions] = useState<SubscriptionOptionsView>();
  const [asking, setAsking] = useState<TemplateView[]>();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ text: string; ok: boolean }>();
  const unavailable = () => setSaid({ text: '订阅暂不可用，请稍后再试', ok: false });

  useEffect(() => {
    if (!needsIdsBeforeTap() || !prefetch) return undefined;
    let live = true;
    getSubscriptionOptions().then(
      (loaded) => live && setOptions(loaded),
      () => live && unavailable(),
    );
    return () => void (live = false);
  }, [prefetch]);

  const record = async (answers: Promise<Answers>) => {
    setBusy(true);
    setSaid(undefined);
    try {
      const outcome = await recordSubscription({ topics, results: await answers });
      setSaid({ text: outcomeText(outcome), ok: outcome.subscribed.length > 0 });
      onSubscribed?.(outcome);
    } catch (caught) {
      const error = asApiError(caught);
      if (!signInIfNeeded(error)) setSaid({ text: error.message, ok: false });
    } finally {
      setBusy(false);
    }
  };

  const tap = () => {
    if (busy) return;
    if (needsIdsBeforeTap()) {
      if (!options) return;
      const templates = templatesFor(options, topics);
      // Called in the tap itself, nothing awaited before it: WeChat refuses a prompt from anywhere else.
      return templates.length
        ? void record(askWeChat(templates.map((template) => template.templateId)))
        : unavailable();
    }
    if (!promptStandsIn()) return setSaid({ text: '请在微信中打开小程序订阅', ok: false });
    if (!readDevIdentity()) return openSignInPage();
    setBusy(true);
    getSubscriptionOptions().then(
      (loaded) => {
        setBusy(false);
        const templates = templatesFor(loaded, topics);
        return templates.length ? setAsking(templates) : unavailable();
      },
      () => {
        setBusy(false);
        unavailable();
      },
    );
  };

  const answer = (allowed: boolean) => {
    const templates = asking ?? [];
    setAsking(undefined);
    const result: SubscribeResult = allowed ? 'accept' : 'reject';
    const answers = templates.map(({ templateId }) => ({ templateId, result }));
    void record(
      allowed
        ? grantInSandbox(answers.map((each) => each.templateId)).then(() => answers)
        : Promise.resolve(answers),
    );
  };

  const waiting = busy || (needsIdsBeforeTap() && !options);
  return (
    <View className='subscribe-button'>
      <View
        className={`subscribe-button__action${waiting ? ' subscribe-button__action--waiting' : ''}`}
        ariaRole='button'
        aria-disabled={waiting}
        hoverClass='subscribe-button__action--pressed'
        onClick={tap}
      >
        <Text className='subscribe-button__label'>
          {busy ? '正在订阅…' : (label ?? words.label)}
        </Text>
        <Text className='subscribe-button__arrives'>{words.arrives}</Text>
      </View>
      {said && (
        <Text
          className={`subscribe-button__said${said.ok ? '' : ' subscribe-button__said--refused'}`}
        >
          {said.text}
        </Text>
      )}
      {asking && (
        <View className='subscribe-button__mask'>
          <View className='subscribe-button__dialog' ariaRole='dialog' ariaLabel='订阅消息'>
            <Text className='subscribe-button__title'>「阳光政务」申请向您发送通知</Text>
            <Text className='subscribe-button__subject'>接收{words.subject}通知</Text>
            {asking.map((template) => (
              <Text key={template.templateId} className='subscribe-button__template'>
                {MESSAGE_KIND_LABELS[template.kind]}
                {template.longTerm ? '（长期）' : '（一次）'}
              </Text>
            ))}
            <Text className='subscribe-button__hint'>
              开发环境：由微信接口沙箱代替微信的订阅提示
            </Text>
            <View className='subscribe-button__choices'>
              <View
                className='subscribe-button__choice'
                ariaRole='button'
                onClick={() => answer(false)}
              >
                <Text>拒绝</Text>
              </View>
              <View
                className='subscribe-button__choice subscribe-button__choice--allow'
                ariaRole='button'
                onClick={() => answer(true)}
              >
                <Text>允许</Text>
              </View>
            </View>
          </View>
        </View>
      )}
    </View>
  );
}
