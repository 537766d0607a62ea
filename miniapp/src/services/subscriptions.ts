import Taro from '@tarojs/taro';
import {
  messageKindOf,
  SUBSCRIBE_RESULTS,
  type SubscribeInput,
  type SubscribeResult,
  type SubscriptionOptionsView,
  type SubscriptionTopic,
  type TemplateView,
} from '@sunshine/shared';
import { ApiError } from './api-error';
import { newClientKey } from './client-key';
import { call } from './request';

/** The options change only with a deployment: one request per app session, shared by every button. */
let options: Promise<SubscriptionOptionsView> | undefined;
export function getSubscriptionOptions(): Promise<SubscriptionOptionsView> {
  options ??= call('subscriptionOptions').catch((error: unknown) => {
    options = undefined;
    throw error;
  });
  return options;
}
/** Tests start each case from nothing. */
export const forgetSubscriptionOptions = () => void (options = undefined);

/** One prompt's answers, under one key: the request's own retry (after a renewed session) is recorded once. */
export const recordSubscription = (input: Omit<SubscribeInput, 'clientKey'>) =>
  call('subscribe', { body: { ...input, clientKey: newClientKey() } });
export const listMySubscriptions = () => call('listMySubscriptions');
export const cancelSubscription = (topic: SubscriptionTopic) =>
  call('cancelSubscription', { params: { topic } });

/** The templates the prompt must ask for these topics: one per kind of message they bring (never more than 3). */
export function templatesFor(
  choices: SubscriptionOptionsView,
  topics: readonly SubscriptionTopic[],
): TemplateView[] {
  const kinds = new Set(topics.map(messageKindOf));
  return choices.templates.filter((template) => kinds.has(template.kind)).slice(0, 3);
}

/**
 * WeChat's own prompt. It shows only when called from a tap, so the caller calls this in the tap
 * handler itself, with nothing awaited before it. A template WeChat left out of its answer counts
 * as refused: nothing was agreed to.
 */
export async function askWeChat(
  templateIds: string[],
): Promise<Array<{ templateId: string; result: SubscribeResult }>> {
  let answer: Record<string, unknown>;
  try {
    answer = (await Taro.requestSubscribeMessage({
      tmplIds: templateIds,
    } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>;
  } catch {
    // 20004: the person turned off all notifications in WeChat's settings; other codes, the prompt could not open.
    throw new ApiError('UPSTREAM_BUSY', '无法打开订阅提示，请在微信「设置」中允许接收通知后重试');
  }
  return templateIds.map((templateId) => {
    const result = answer[templateId];
    return {
      templateId,
      result: (SUBSCRIBE_RESULTS as readonly unknown[]).includes(result)
        ? (result as SubscribeResult)
        : 'reject',
    };
  });
}
