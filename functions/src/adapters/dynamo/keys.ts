import type { DisclosureCategory } from '@sunshine/shared';

/**
 * Every key format of the table, and nowhere else. See docs/data-model.md for the patterns
 * these serve.
 */
export const INDEX = {
  publishedFeed: 'publishedFeed',
  publishedByCategory: 'publishedByCategory',
} as const;

const INTERPRETATION_PREFIX = 'INTERP';

export const interpretationKey = (id: string) => ({ pk: `${INTERPRETATION_PREFIX}#${id}`, sk: 'PUBLISHED' });

export const feedPk = () => INTERPRETATION_PREFIX;
export const categoryFeedPk = (category: DisclosureCategory) => `${INTERPRETATION_PREFIX}#${category}`;
export const feedSk = (publishedAt: string, id: string) => `${publishedAt}#${id}`;

/** The attributes that put a published interpretation into both feeds. */
export function feedAttributes(publishedAt: string, id: string, category: DisclosureCategory) {
  return { feedPk: feedPk(), categoryFeedPk: categoryFeedPk(category), feedSk: feedSk(publishedAt, id) };
}

const FEED_SK_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)#([0-9A-HJKMNP-TV-Z]{26})$/;

/** A cursor is the last item's feed sort key, base64url-encoded: opaque, and nothing more. */
export function encodeCursor(publishedAt: string, id: string): string {
  return Buffer.from(feedSk(publishedAt, id), 'utf8').toString('base64url');
}

/** The position a cursor names, or undefined if it is not one of ours. */
export function decodeCursor(cursor: string): { publishedAt: string; id: string } | undefined {
  const match = FEED_SK_PATTERN.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1] && match[2] ? { publishedAt: match[1], id: match[2] } : undefined;
}

/** Rebuild the ExclusiveStartKey for a feed query from a decoded cursor. */
export function feedStartKey(position: { publishedAt: string; id: string }, category?: DisclosureCategory) {
  const index = category ? { categoryFeedPk: categoryFeedPk(category) } : { feedPk: feedPk() };
  return { ...interpretationKey(position.id), ...index, feedSk: feedSk(position.publishedAt, position.id) };
}
