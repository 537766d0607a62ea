import { isDeepStrictEqual } from 'node:util';
import {
  chinaDate,
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
export const needsPreviousVersion = (kind: ContentKind) =>
  kind === 'guide' || kind === 'document' || kind === 'notice';

/** A notice published again as urgent (紧急通告) that was not: news to urgent notices' subscribers only. */
export const becameUrgent = (content: PublishedContent, previous?: PublishedContent) =>
  content.kind === 'notice' && content.urgent && previous?.kind === 'notice' && !previous.urgent;

/**
 * Why a publication is news to subscribers, as its message's title; undefined when it is not:
 * - the first publication residents can read, of every kind (a document first published as not
 *   disclosed is news when a later version discloses it);
 * - an item published again after it was withdrawn (its first release stopped at the withdrawal);
 * - a notice that becomes urgent (to urgent notices' subscribers: see `becameUrgent`);
 * - a guide's later version that changes what residents rely on, saying what changed.
 * Any other later version corrects what was already announced and is not sent again.
 */
export function announcement(
  content: PublishedContent,
  version: number,
  /** The version before this one, for a kind that needsPreviousVersion (none: not read). */
  previous?: PublishedContent,
  /** Published again after a withdrawal. */
  republished = false,
): string | undefined {
  if (!isPubliclyDisclosed(content)) return undefined;
  if (version === 1 || republished || (previous && !isPubliclyDisclosed(previous)))
    return content.title;
  if (becameUrgent(content, previous)) return content.title;
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
  publication: {
    /** The version before this one, for a kind that needsPreviousVersion. */
    previous?: PublishedContent;
    /** The level of the concern the item answers, if it answers one (issue 17). */
    concernLevel?: ConcernLevel;
    /** Published again after a withdrawal. */
    republished?: boolean;
  } = {},
): Release | undefined {
  const { previous, concernLevel, republished = false } = publication;
  const title = announcement(content, version, previous, republished);
  if (title === undefined) return undefined;
  // A release answering a concern also reaches its followers (and, if major, urgent notices' subscribers).
  const ofConcern = concernTopics(content, concernLevel);
  const urgent = (content.kind === 'notice' && content.urgent) || ofConcern.includes('urgent');
  // Made urgent in a later version: the library's subscribers were told at its first publication.
  const onlyUrgent = version > 1 && !republished && becameUrgent(content, previous);
  const topics: SubscriptionTopic[] = onlyUrgent
    ? ['urgent']
    : [
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
    ...(opensLater(content, now) && { pausedUntil: opensLater(content, now) }),
  };
}

/**
 * A consultation published before its first day is announced that day at 08:00 China time (the
 * fan-out holds a release until its `pausedUntil`): the button promises 「征求意见开始」, and a
 * message before would open a page that says it has not begun.
 */
function opensLater(content: PublishedContent, now: string): string | undefined {
  if (content.kind !== 'consultation' || !content.opensOn) return undefined;
  if (content.opensOn <= chinaDate(new Date(now))) return undefined;
  return new Date(`${content.opensOn}T08:00:00+08:00`).toISOString();
}
