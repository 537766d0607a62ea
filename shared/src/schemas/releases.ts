import type { MessageKind, SubscriptionTopic } from './notifications';

/**
 * A release: one thing to tell subscribers (a new item of any kind, a guide's change residents
 * rely on, a consultation's report, an answer), written in the same transaction as the publish that makes it, then fanned out to the
 * subscribers of its topics and sent. Staff follow its progress.
 */
export type ReleaseStatus =
  'scheduled' | 'dispatching' | 'sending' | 'paused' | 'stopped' | 'withdrawn' | 'done';

/**
 * The `stoppedBy` of a release whose item was withdrawn: not one of WeChat's errcodes (all of which
 * are positive or -1), so staff never read it as a template fault. Nothing of it is sent again.
 */
export const STOPPED_ITEM_WITHDRAWN = -410;

export const RELEASE_STATUS_LABELS: Record<ReleaseStatus, string> = {
  scheduled: '待开始后发送',
  dispatching: '正在查找订阅者',
  sending: '正在发送',
  paused: '今日发送额度已用完，明日继续',
  stopped: '已停止（模板或内容有误）',
  withdrawn: '已停止（内容已撤回）',
  done: '已完成',
};

export interface ReleaseCounts {
  /** Sends queued (one per subscriber and topic; the same person twice is sent once). */
  queued: number;
  /** People targeted once each. */
  targeted: number;
  sent: number;
  /** WeChat refused: no credit left, the person turned messages off (43101). */
  refused: number;
  failed: number;
  /** The request went out and no answer came: recorded, never resent. */
  unknown: number;
}

/** What every release has, stored or shown: the item it announces, to whom, and how it went. */
export interface ReleaseFacts {
  id: string;
  kind: MessageKind;
  title: string;
  itemId: string;
  topics: SubscriptionTopic[];
  urgent: boolean;
  createdAt: string;
  counts: ReleaseCounts;
  pausedUntil?: string;
  stoppedBy?: number;
}

export interface ReleaseView extends ReleaseFacts {
  status: ReleaseStatus;
}
