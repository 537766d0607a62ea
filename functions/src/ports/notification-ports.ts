import type { MessageKind, SubscriptionTopic } from '@sunshine/shared';

/**
 * The ports the notification pipeline is built on (issue 7). Subscriptions keep who wants which
 * topic and their one-time credits; the sender talks to WeChat; the queue carries batches.
 */

/** One person to send to, as the fan-out pages them from a topic. */
export interface Subscriber {
  userId: string;
  openid: string;
}

export interface SubscriberDirectory {
  /** One page of a topic's current subscribers (one Query), oldest first; no Scan. */
  subscribers(
    topic: SubscriptionTopic,
    cursor: string | undefined,
    limit: number,
  ): Promise<{ items: Subscriber[]; nextCursor?: string }>;
}

/**
 * Whether an announced item is public now (published, not withdrawn), read strongly consistent: a
 * release of an item withdrawn since sends nothing more (items are withdrawn because they exposed
 * someone, and the message carries the title).
 */
export interface PublicItems {
  isPublic(itemId: string): Promise<boolean>;
}

/** One person's credit for one template. */
export interface CreditOf {
  userId: string;
  templateId: string;
}

export interface CreditLedger {
  /** Whether the person may receive one more message of this template (long-term: always). */
  hasCredit(userId: string, templateId: string): Promise<boolean>;
  /** `hasCredit` for a whole batch, in order (one read). */
  haveCredits(credits: CreditOf[]): Promise<boolean[]>;
  /** After a successful send only: one credit used (conditional; never below zero). */
  useCredit(userId: string, templateId: string): Promise<void>;
  /** `useCredit` once per entry, for a whole batch (one write; a person may appear twice). */
  useCredits(credits: CreditOf[]): Promise<void>;
  /** WeChat said 43101: the person has none left for this template, whatever we counted. */
  clearCredits(userId: string, templateId: string): Promise<void>;
}

/** A subscription message as WeChat takes it: values already cut to the template's limits. */
export interface OutgoingMessage {
  openid: string;
  templateId: string;
  /** The mini-program page the message opens, with its query (e.g. pages/content/detail?id=…). */
  page: string;
  data: Record<string, { value: string }>;
}

/**
 * How one send ended, by WeChat's errcode (never by HTTP status):
 * - sent: errcode 0;
 * - retry: -1, 45011, a network failure before the request was sent: back off and try again;
 * - no_credit: 43101: the person's credits for the template are gone; do not retry;
 * - stop: 47003, 40037, 41030: our message or configuration is wrong: stop and alert;
 * - quota: 45009: the day's quota is used: pause the release until the next day;
 * - unknown: the request went out and no answer came (timeout): record, never resend.
 * Token errors (40001, 42001, 40014) are handled inside the sender: refresh once and retry once.
 */
export type SendOutcome =
  | { kind: 'sent'; msgid: string }
  | { kind: 'retry'; errcode: number }
  | { kind: 'no_credit' }
  | { kind: 'stop'; errcode: number }
  | { kind: 'quota' }
  | { kind: 'unknown' };

export interface MessageSender {
  send(message: OutgoingMessage): Promise<SendOutcome>;
}

/** The WeChat access_token, cached centrally with a lease so one function refreshes it at a time. */
export interface AccessTokens {
  /** A valid token (from memory, then the table, then stable_token under the lease). */
  token(): Promise<string>;
  /** The token was refused (40001/42001/40014): forget it and fetch a new one (never force_refresh). */
  refresh(rejected: string): Promise<string>;
}

/** Which template each kind of message uses (from configuration). */
export type TemplateIds = Record<MessageKind, { templateId: string; longTerm: boolean }>;
