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

export const SEARCH_INDEX = 'searchCorpus';
export const SEARCH_PK = 'SEARCH';

/** The attributes that put a published interpretation into both feeds and the search corpus. */
export function feedAttributes(publishedAt: string, id: string, category: DisclosureCategory) {
  return { feedPk: feedPk(), categoryFeedPk: categoryFeedPk(category), feedSk: feedSk(publishedAt, id), searchPk: SEARCH_PK };
}

/** What a withdrawal removes so an item leaves every public index. */
export const PUBLIC_INDEX_ATTRIBUTES = ['feedPk', 'categoryFeedPk', 'feedSk', 'searchPk'] as const;

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

// Identity and staff.
export const userKey = (userId: string) => ({ pk: `USER#${userId}`, sk: 'PROFILE' });
export const openidKey = (openid: string) => ({ pk: `OPENID#${openid}`, sk: 'USER' });
export const STAFF_PK = 'STAFF';
export const staffKey = (userId: string) => ({ pk: STAFF_PK, sk: `USER#${userId}` });
export const invitationKey = (codeHash: string) => ({ pk: `INVITATION#${codeHash}`, sk: 'INVITATION' });

// The editorial workflow of an interpretation.
export const WORK_INDEX = { byStatus: 'workByStatus', byOwner: 'workByOwner', feed: 'workFeed' } as const;
export const workKey = (id: string) => ({ pk: `${INTERPRETATION_PREFIX}#${id}`, sk: 'WORK' });
export const REVISION_PREFIX = 'REV#';
export const revisionKey = (id: string, version: number) => ({ pk: `${INTERPRETATION_PREFIX}#${id}`, sk: `${REVISION_PREFIX}${String(version).padStart(6, '0')}` });
export const interpretationPk = (id: string) => `${INTERPRETATION_PREFIX}#${id}`;
export const workStatusPk = (status: string) => `WORK#${status}`;
export const workOwnerPk = (userId: string) => `OWNER#${userId}`;
export const WORK_FEED_PK = 'WORK';
/** The index attributes that file a workflow item under its status, its owner and the feed. */
export function workAttributes(item: { id: string; status: string; updatedAt: string; owner: { userId: string } }) {
  return { workStatusPk: workStatusPk(item.status), workOwnerPk: workOwnerPk(item.owner.userId), workFeedPk: WORK_FEED_PK, workSk: `${item.updatedAt}#${item.id}` };
}

// The audit log, one partition a month.
export const auditPk = (month: string) => `AUDIT#${month}`;
export const auditKey = (month: string, at: string, id: string) => ({ pk: auditPk(month), sk: `${at}#${id}` });
const AUDIT_SK_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[0-9A-HJKMNP-TV-Z]{26}$/;
export const encodeAuditCursor = (sk: string) => Buffer.from(sk, 'utf8').toString('base64url');
export function decodeAuditCursor(cursor: string): string | undefined {
  const sk = Buffer.from(cursor, 'base64url').toString('utf8');
  return AUDIT_SK_PATTERN.test(sk) ? sk : undefined;
}
