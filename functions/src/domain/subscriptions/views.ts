import {
  messageKindOf,
  subscriptionTopicLabel,
  type MySubscriptionsView,
  type OfficeOption,
} from '@sunshine/shared';
import type { TemplateIds } from '../../ports/notification-ports';
import type { PersonSubscriptions } from '../../ports/subscription-store';
import { templateViews } from './templates';

/**
 * What a person sees of their subscriptions: each topic with what its template still allows, and
 * per configured template the credits left and WeChat's last answer. Nothing of the openid.
 */
export function mySubscriptionViews(
  templates: TemplateIds,
  mine: PersonSubscriptions,
  /** The bureau's offices, to name office topics (none: the built-in names, else the id). */
  offices?: readonly OfficeOption[],
): MySubscriptionsView {
  const creditsOf = (templateId: string) => Math.max(0, mine.credits[templateId] ?? 0);
  return {
    topics: mine.topics
      .map(({ topic, since }) => {
        const kind = messageKindOf(topic);
        const { templateId, longTerm } = templates[kind];
        return {
          topic,
          label: subscriptionTopicLabel(topic, offices),
          kind,
          templateId,
          longTerm,
          credits: longTerm ? 0 : creditsOf(templateId),
          since,
        };
      })
      .sort((a, b) => a.since.localeCompare(b.since) || a.topic.localeCompare(b.topic)),
    templates: templateViews(templates).map((template) => ({
      ...template,
      credits: template.longTerm ? 0 : creditsOf(template.templateId),
      ...(mine.results[template.templateId] && { lastResult: mine.results[template.templateId] }),
    })),
  };
}
