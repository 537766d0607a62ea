import type { DisclosureCategory } from '../categories';
import type { Office } from '../catalogue';

/**
 * Release notifications (WeChat subscription messages). A person subscribes to topics; a release
 * is sent to the subscribers of its topics with one template.
 *
 * Topics:
 * - `category:<key>`: new releases in one of the five disclosure categories (五公开);
 * - `office:<key>`: new releases of one office;
 * - `topic:<key>`: new releases of one topic (户籍管理, 出入境 …, or one staff added);
 * - `urgent`: urgent authoritative notices;
 * - `consultation:<id>`: the adoption report of a consultation one commented on;
 * - `question:<id>`, `application:<id>`: the answer to one's own question or application;
 * - `concern:<id>`: every release of one public concern (关切), anyone may follow it;
 * - `staff:<userId>`: reminders of one staff member's deadlines (only they may subscribe).
 */
export type SubscriptionTopic =
  | `category:${DisclosureCategory}`
  | `office:${Office}`
  | `topic:${string}`
  | 'urgent'
  | `consultation:${string}`
  | `question:${string}`
  | `application:${string}`
  | `concern:${string}`
  | `staff:${string}`;

/** The messages the product sends; each maps to one WeChat template (ids from configuration). */
export const MESSAGE_KINDS = ['release', 'reply', 'reminder'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** What `wx.requestSubscribeMessage` answered for one template. */
export const SUBSCRIBE_RESULTS = ['accept', 'reject', 'ban', 'filter'] as const;
export type SubscribeResult = (typeof SUBSCRIBE_RESULTS)[number];

/** A configured template: its WeChat id, and whether it is long-term (no credit needed per send). */
export interface TemplateConfig {
  kind: MessageKind;
  templateId: string;
  longTerm: boolean;
}
