import type { SubscriptionTopic } from '@sunshine/shared';
import type {
  CreditLedger,
  CreditOf,
  MessageSender,
  OutgoingMessage,
  SendOutcome,
  Subscriber,
  SubscriberDirectory,
} from '../../src/ports/notification-ports';

/**
 * Stand-ins at the pipeline's edges for tests of the fan-out and the worker: subscribers and
 * credits in memory (their DynamoDB adapter has its own tests), and a WeChat that answers what a
 * test scripts (the HTTP sender has its own tests against the sandbox).
 */
export class MemorySubscribers implements SubscriberDirectory {
  constructor(private readonly byTopic: Partial<Record<string, Subscriber[]>>) {}
  async subscribers(topic: SubscriptionTopic, cursor: string | undefined, limit: number) {
    const all = this.byTopic[topic] ?? [];
    const start = cursor ? Number(cursor) : 0;
    const items = all.slice(start, start + limit);
    return { items, ...(start + limit < all.length && { nextCursor: String(start + limit) }) };
  }
}

export class MemoryCredits implements CreditLedger {
  readonly credits = new Map<string, number>();
  constructor(private readonly initial = 1) {}
  private key = (userId: string, templateId: string) => `${userId}/${templateId}`;
  async hasCredit(userId: string, templateId: string) {
    return (this.credits.get(this.key(userId, templateId)) ?? this.initial) > 0;
  }
  async haveCredits(credits: CreditOf[]) {
    return Promise.all(credits.map((credit) => this.hasCredit(credit.userId, credit.templateId)));
  }
  async useCredits(credits: CreditOf[]) {
    for (const credit of credits) await this.useCredit(credit.userId, credit.templateId);
  }
  async useCredit(userId: string, templateId: string) {
    const key = this.key(userId, templateId);
    this.credits.set(key, Math.max(0, (this.credits.get(key) ?? this.initial) - 1));
  }
  async clearCredits(userId: string, templateId: string) {
    this.credits.set(this.key(userId, templateId), 0);
  }
}

/** Answers `script(message, attempt)` or, by default, sent; records every call. */
export class ScriptedSender implements MessageSender {
  readonly calls: OutgoingMessage[] = [];
  private readonly attempts = new Map<string, number>();
  constructor(
    private readonly script: (
      message: OutgoingMessage,
      attempt: number,
    ) => SendOutcome | 'crash' = () => ({ kind: 'sent', msgid: 'm' }),
  ) {}
  async send(message: OutgoingMessage): Promise<SendOutcome> {
    const attempt = (this.attempts.get(message.openid) ?? 0) + 1;
    this.attempts.set(message.openid, attempt);
    this.calls.push(message);
    const outcome = this.script(message, attempt);
    if (outcome === 'crash') throw new Error('worker killed mid-send');
    return outcome;
  }
  sentTo = (openid: string) => this.calls.filter((call) => call.openid === openid).length;
}

export const someSubscribers = (count: number, prefix = 'u') =>
  Array.from({ length: count }, (_, index) => ({
    userId: `${prefix}-${String(index).padStart(5, '0')}`,
    openid: `o-${prefix}-${String(index).padStart(5, '0')}`,
  }));
