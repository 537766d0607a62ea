import type { SubscribeResult, SubscriptionTopic } from '@sunshine/shared';

/** One request's worth of subscribing: WeChat's answers, the credits they give, the topics they open. */
export interface SubscriptionChange {
  userId: string;
  /** From the user store; absent if it has none (the fan-out then skips this person). */
  openid?: string;
  at: string;
  /** Every answer WeChat gave, kept as the person's last answer per template. */
  results: Array<{ templateId: string; result: SubscribeResult }>;
  /** One-time templates accepted in this request: one credit each. */
  credited: string[];
  /** Topics to subscribe (already checked: valid, owned, their template accepted). */
  topics: SubscriptionTopic[];
  /** The app's key for this prompt's answers: a request retried with it is recorded once. */
  clientKey?: string;
}

/** Everything of one person's partition. */
export interface PersonSubscriptions {
  topics: Array<{ topic: SubscriptionTopic; since: string }>;
  /** Credits left per template id (absent: none ever given). */
  credits: Record<string, number>;
  /** WeChat's last answer per template id. */
  results: Record<string, { result: SubscribeResult; at: string }>;
}

export interface SubscriptionStore {
  /**
   * Pattern 69: in one transaction, keep each answer, add one credit per accepted one-time
   * template (ADD, so concurrent requests count exactly), and put each topic in both partitions.
   */
  record(change: SubscriptionChange): Promise<void>;
  /** Pattern 71: a person's topics, credits and last answers (one Query). */
  listMine(userId: string): Promise<PersonSubscriptions>;
  /** Pattern 72: take a topic out of both partitions in one transaction; false if it was not subscribed. */
  cancel(userId: string, topic: SubscriptionTopic): Promise<boolean>;
}
