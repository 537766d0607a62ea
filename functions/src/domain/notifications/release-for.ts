import {
  type ConcernLevel,
  isPubliclyDisclosed,
  type PublishedContent,
  type SubscriptionTopic,
} from '@sunshine/shared';
import type { TemplateIds } from '../../ports/notification-ports';
import type { Release } from '../../ports/release-store';
import { releaseMessage } from './messages';
import { concernTopics } from '../concerns/attach';

/** The kinds whose first publication is news to subscribers (the plan: interpretations and notices). */
const ANNOUNCED_KINDS = ['interpretation', 'notice'] as const;

/**
 * The release a publication makes, if any: the first version of a public interpretation or
 * notice, to the subscribers of its category and office (and of urgent notices, if urgent). A
 * later version corrects what was already announced and is not sent again.
 */
export function releaseFor(
  content: PublishedContent,
  version: number,
  templates: TemplateIds,
  id: string,
  now: string,
  /** The item's office as the bureau's profile names it. */
  officeName: string,
  /** The level of the concern the item answers, if it answers one (issue 17). */
  concernLevel?: ConcernLevel,
): Release | undefined {
  // A release answering a concern is announced whatever its kind: its followers wait for it.
  const ofConcern = concernTopics(content, concernLevel);
  if (
    version !== 1 ||
    !(ofConcern.length || (ANNOUNCED_KINDS as readonly string[]).includes(content.kind)) ||
    !isPubliclyDisclosed(content)
  )
    return undefined;
  const urgent = (content.kind === 'notice' && content.urgent) || ofConcern.includes('urgent');
  const topics: SubscriptionTopic[] = [
    ...new Set<SubscriptionTopic>([
      ...(urgent ? (['urgent'] as const) : []),
      ...ofConcern,
      `category:${content.category}`,
      `office:${content.office}`,
    ]),
  ];
  // The message but for its recipient, who is filled in per send.
  const { openid: _nobody, ...message } = releaseMessage({
    openid: '',
    templateId: templates.release.templateId,
    item: {
      id: content.id,
      title: content.title,
      officeName,
      publishedAt: content.publishedAt,
    },
  });
  return {
    id,
    kind: 'release',
    title: content.title,
    itemId: content.id,
    topics,
    urgent,
    createdAt: now,
    message,
    fanOut: { topic: 0, done: false },
    counts: { queued: 0, targeted: 0, sent: 0, refused: 0, failed: 0, unknown: 0 },
  };
}
