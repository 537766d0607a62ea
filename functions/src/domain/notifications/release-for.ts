import { isDeepStrictEqual } from 'node:util';
import {
  type ConcernLevel,
  isPubliclyDisclosed,
  type ContentKind,
  type PublishedContent,
  type PublishedGuide,
  type SubscriptionTopic,
} from '@sunshine/shared';
import type { TemplateIds } from '../../ports/notification-ports';
import type { Release } from '../../ports/release-store';
import { releaseMessage } from './messages';
import { concernTopics } from '../concerns/attach';

/**
 * What residents rely on in a service guide, each by the word its change announcement uses: a
 * new version that changes one of these is announced; any other edit (wording, steps, FAQ, phone
 * numbers, the map pin) is not.
 */
const GUIDE_ESSENTIALS: ReadonlyArray<readonly [string, (guide: PublishedGuide) => unknown]> = [
  ['收费', (guide) => guide.fee],
  ['办理时限', (guide) => [guide.statutoryDays, guide.statutoryCalendarDays, guide.promisedDays]],
  ['申请材料', (guide) => guide.materials],
  ['办理地点', (guide) => guide.address],
  ['办公时间', (guide) => guide.hours],
];

/** A value as stored (absent optional fields dropped), so a field left out equals one read back without it. */
const stored = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

/** What residents rely on that changed from one version of a guide to the next, in GUIDE_ESSENTIALS' order. */
export function guideChanges(before: PublishedGuide, after: PublishedGuide): string[] {
  return GUIDE_ESSENTIALS.filter(
    ([, field]) => !isDeepStrictEqual(stored(field(before)), stored(field(after))),
  ).map(([word]) => word);
}

/** The kinds whose later versions may be news, so their publication reads the version before (pattern 162). */
export const needsPreviousVersion = (kind: ContentKind) => kind === 'guide' || kind === 'document';

/**
 * Why a publication is news to subscribers, as its message's title; undefined when it is not:
 * - the first publication residents can read, of every kind (a document first published as not
 *   disclosed is news when a later version discloses it);
 * - a guide's later version that changes what residents rely on, saying what changed.
 * Any other later version corrects what was already announced and is not sent again.
 */
export function announcement(
  content: PublishedContent,
  version: number,
  /** The version before this one, for a kind that needsPreviousVersion (none: not read). */
  previous?: PublishedContent,
): string | undefined {
  if (!isPubliclyDisclosed(content)) return undefined;
  if (version === 1 || (previous && !isPubliclyDisclosed(previous))) return content.title;
  if (content.kind !== 'guide' || previous?.kind !== 'guide') return undefined;
  const changed = guideChanges(previous, content);
  return changed.length ? `办事指南更新：${content.title}（${changed.join('、')}有变）` : undefined;
}

/** The library topics an item is filed under: its category, office and topic, each one's subscribers told. */
export const libraryTopics = (item: {
  category: string;
  office: string;
  topic: string;
}): SubscriptionTopic[] => [
  `category:${item.category}` as SubscriptionTopic,
  `office:${item.office}`,
  `topic:${item.topic}`,
];

/**
 * The release a publication makes, if any (see `announcement`): to the subscribers of its
 * category, office and topic, and of urgent notices if it is one. A person under several of them
 * is sent one message (the sender claims each release and person once).
 */
export function releaseFor(
  content: PublishedContent,
  version: number,
  templates: TemplateIds,
  id: string,
  now: string,
  /** The item's office as the bureau's profile names it. */
  officeName: string,
  /** The version before this one, for a kind that needsPreviousVersion. */
  previous?: PublishedContent,
  /** The level of the concern the item answers, if it answers one (issue 17). */
  concernLevel?: ConcernLevel,
): Release | undefined {
  const title = announcement(content, version, previous);
  if (title === undefined) return undefined;
  // A release answering a concern also goes to its followers, and if major to 紧急通告.
  const ofConcern = concernTopics(content, concernLevel);
  const urgent = (content.kind === 'notice' && content.urgent) || ofConcern.includes('urgent');
  const topics: SubscriptionTopic[] = [
    ...new Set<SubscriptionTopic>([
      ...(urgent ? (['urgent'] as const) : []),
      ...ofConcern,
      ...libraryTopics(content),
    ]),
  ];
  // The message but for its recipient, who is filled in per send.
  const { openid: _nobody, ...message } = releaseMessage({
    openid: '',
    templateId: templates.release.templateId,
    item: { id: content.id, title, officeName, publishedAt: now },
  });
  return {
    id,
    kind: 'release',
    title,
    itemId: content.id,
    topics,
    urgent,
    createdAt: now,
    message,
    fanOut: { topic: 0, done: false },
    counts: { queued: 0, targeted: 0, sent: 0, refused: 0, failed: 0, unknown: 0 },
  };
}
