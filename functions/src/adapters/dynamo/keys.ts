import type { CatalogueFacet, ContentCard, ContentKind } from '@sunshine/shared';

/**
 * Every key format of the table, and nowhere else. See docs/data-model.md for the patterns
 * these serve.
 */
/**
 * The published feeds. Each published, publicly disclosed item is filed under its kind (`feedPk`)
 * and, for browsing, under its kind and each facet value; all share the sort key `feedSk`.
 */
export const FEEDS = {
  all: { index: 'publishedFeed', attribute: 'feedPk' },
  category: { index: 'publishedByCategory', attribute: 'categoryFeedPk' },
  office: { index: 'publishedByOffice', attribute: 'officeFeedPk' },
  topic: { index: 'publishedByTopic', attribute: 'topicFeedPk' },
  /** Every kind together, newest first: the Atom feed of releases. */
  releases: { index: 'publishedReleases', attribute: 'releasePk' },
} as const satisfies Record<
  'all' | 'releases' | CatalogueFacet,
  { index: string; attribute: string }
>;

export interface FeedChoice {
  /** Absent: every kind (the releases feed). */
  kind?: ContentKind;
  facet?: { name: CatalogueFacet; value: string };
}

/** The partition of a feed: `FEED#interpretation`, `FEED#document#office#traffic`, or `RELEASES`. */
export const feedPartition = ({ kind, facet }: FeedChoice) =>
  !kind ? 'RELEASES' : facet ? `FEED#${kind}#${facet.name}#${facet.value}` : `FEED#${kind}`;
export const feedSk = (publishedAt: string, id: string) => `${publishedAt}#${id}`;

export const SEARCH_INDEX = 'searchCorpus';
export const SEARCH_PK = 'SEARCH';

/**
 * The published-version watermark: one small item, moved in the same transaction as every change
 * to what the public sees (publish, republish, withdraw), naming the latest changes. A warm search
 * index reads it once per query to know whether it is still current.
 */
export const publishedWatermarkKey = () => ({ pk: 'CONFIG', sk: 'PUBLISHED' });

/**
 * Which stored search snapshot is the newest (issue 19): its watermark version, and the one
 * before it, whose object is kept a while for a cold start that read the pointer a moment before.
 */
export const searchSnapshotKey = () => ({ pk: 'CONFIG', sk: 'SEARCH_SNAPSHOT' });

// One partition per item, whatever its kind: its public copy and what it links to (sk `PUB…`,
// the only items a public route reads), and its staff side (`WORK`, `REV#n`).
const CONTENT_PREFIX = 'CONTENT#';
const contentPk = (id: string) => `${CONTENT_PREFIX}${id}`;
export const PUBLIC_PREFIX = 'PUB';
export const publicKey = (id: string) => ({ pk: contentPk(id), sk: PUBLIC_PREFIX });
/** In an item's partition: a copy of the card of a document it refers to. */
export const referenceKey = (id: string, documentId: string) => ({
  pk: contentPk(id),
  sk: `${PUBLIC_PREFIX}#REF#${documentId}`,
});
/** In a document's partition: the card of an item that refers to it. */
export const linkKey = (documentId: string, id: string) => ({
  pk: contentPk(documentId),
  sk: `${PUBLIC_PREFIX}#LINK#${id}`,
});
/** The id of the item whose partition key this is. */
export const idOfPartition = (pk: string) => pk.slice(CONTENT_PREFIX.length);
export const publicPartition = (id: string) => ({ pk: contentPk(id), skPrefix: PUBLIC_PREFIX });
export const LINK_PREFIX = `${PUBLIC_PREFIX}#LINK#`;
/** "Was this helpful?" counts: public, beside the item, untouched by a new version. */
export const STATS_SK = `${PUBLIC_PREFIX}#STATS`;
export const statsKey = (id: string) => ({ pk: contentPk(id), sk: STATS_SK });
/** One person's vote on an item: outside the public range, so never in a public answer. */
export const voteKey = (id: string, userId: string) => ({
  pk: contentPk(id),
  sk: `VOTE#${userId}`,
});
/** One person's rating of a guide, also outside the public range (its reason is for staff only). */
export const RATING_PREFIX = 'RATING#';
export const ratingKey = (id: string, userId: string) => ({
  pk: contentPk(id),
  sk: `${RATING_PREFIX}${userId}`,
});
export const ratingPartition = (id: string) => ({ pk: contentPk(id), skPrefix: RATING_PREFIX });
export const REFERENCE_PREFIX = `${PUBLIC_PREFIX}#REF#`;

/** The attributes that put a published item into its feeds and the search corpus. */
export function feedAttributes(
  card: Pick<ContentCard, 'kind' | 'publishedAt' | 'id' | 'category' | 'office' | 'topic'>,
) {
  const { kind } = card;
  return {
    [FEEDS.all.attribute]: feedPartition({ kind }),
    [FEEDS.category.attribute]: feedPartition({
      kind,
      facet: { name: 'category', value: card.category },
    }),
    [FEEDS.office.attribute]: feedPartition({
      kind,
      facet: { name: 'office', value: card.office },
    }),
    [FEEDS.topic.attribute]: feedPartition({ kind, facet: { name: 'topic', value: card.topic } }),
    [FEEDS.releases.attribute]: feedPartition({}),
    feedSk: feedSk(card.publishedAt, card.id),
    searchPk: SEARCH_PK,
  };
}

/** What a withdrawal removes so an item leaves every public index. */
export const PUBLIC_INDEX_ATTRIBUTES = [
  ...Object.values(FEEDS).map((feed) => feed.attribute),
  'feedSk',
  'searchPk',
] as const;

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

/** The index and partition a feed query reads. */
export function feedQuery(choice: FeedChoice) {
  const feed = FEEDS[!choice.kind ? 'releases' : (choice.facet?.name ?? 'all')];
  return { index: feed.index, attribute: feed.attribute, partition: feedPartition(choice) };
}

/** Rebuild the ExclusiveStartKey for a feed query from a decoded cursor. */
export function feedStartKey(position: { publishedAt: string; id: string }, choice: FeedChoice) {
  const { attribute, partition } = feedQuery(choice);
  return {
    ...publicKey(position.id),
    [attribute]: partition,
    feedSk: feedSk(position.publishedAt, position.id),
  };
}

// Identity and staff.
export const userKey = (userId: string) => ({ pk: `USER#${userId}`, sk: 'PROFILE' });
export const openidKey = (openid: string) => ({ pk: `OPENID#${openid}`, sk: 'USER' });
export const STAFF_PK = 'STAFF';
export const staffKey = (userId: string) => ({ pk: STAFF_PK, sk: `USER#${userId}` });
export const invitationKey = (codeHash: string) => ({
  pk: `INVITATION#${codeHash}`,
  sk: 'INVITATION',
});

// The editorial workflow of an item.
export const WORK_INDEX = {
  byStatus: 'workByStatus',
  byOwner: 'workByOwner',
  feed: 'workFeed',
} as const;
export const workKey = (id: string) => ({ pk: contentPk(id), sk: 'WORK' });
export const REVISION_PREFIX = 'REV#';
export const revisionKey = (id: string, version: number) => ({
  pk: contentPk(id),
  sk: `${REVISION_PREFIX}${String(version).padStart(6, '0')}`,
});
export const revisionPartition = (id: string) => ({ pk: contentPk(id), skPrefix: REVISION_PREFIX });
export const workStatusPk = (status: string) => `WORK#${status}`;
export const workOwnerPk = (userId: string) => `OWNER#${userId}`;
export const WORK_FEED_PK = 'WORK';
/** The index attributes that file a workflow item under its status, its owner and the feed. */
export function workAttributes(item: {
  id: string;
  status: string;
  updatedAt: string;
  owner: { userId: string };
}) {
  return {
    workStatusPk: workStatusPk(item.status),
    workOwnerPk: workOwnerPk(item.owner.userId),
    workFeedPk: WORK_FEED_PK,
    workSk: `${item.updatedAt}#${item.id}`,
  };
}

/**
 * The workflow index a browse reads (data-model #164–166): one author's items, one status's, or
 * the whole feed. Each is ordered by `workSk`, the last change.
 */
export function workBrowsePartition(filter: { author?: string; status?: string }) {
  if (filter.author)
    return {
      index: WORK_INDEX.byOwner,
      attribute: 'workOwnerPk',
      partition: workOwnerPk(filter.author),
    };
  if (filter.status)
    return {
      index: WORK_INDEX.byStatus,
      attribute: 'workStatusPk',
      partition: workStatusPk(filter.status),
    };
  return { index: WORK_INDEX.feed, attribute: 'workFeedPk', partition: WORK_FEED_PK };
}
export const WORK_SK_ATTRIBUTE = 'workSk';
/** A bound on `workSk` at an instant: it sorts before every `<instant>#<id>` of that instant. */
export const workSkBound = (at: string) => at;

const WORK_SK_PATTERN =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)#([0-9A-HJKMNP-TV-Z]{26})$/;
/** A browse cursor is the last read item's `workSk`, base64url-encoded (data-model #168). */
export const encodeBrowseCursor = (workSk: string) =>
  Buffer.from(workSk, 'utf8').toString('base64url');
/** The ExclusiveStartKey a browse cursor names in the partition the request reads, or undefined if it is not one of ours. */
export function browseStartKey(
  cursor: string,
  read: { attribute: string; partition: string },
): Record<string, string> | undefined {
  const workSk = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = WORK_SK_PATTERN.exec(workSk)?.[2];
  return id
    ? { ...workKey(id), [read.attribute]: read.partition, [WORK_SK_ATTRIBUTE]: workSk }
    : undefined;
}

/** A guide's 事项编码, claimed by one guide: unique across the catalogue, and how an import finds it. */
const GUIDE_CODE_PREFIX = 'GUIDECODE#';
export const guideCodeKey = (code: string) => ({ pk: `${GUIDE_CODE_PREFIX}${code}`, sk: 'GUIDE' });
export const isGuideCodeKey = (pk: unknown) =>
  typeof pk === 'string' && pk.startsWith(GUIDE_CODE_PREFIX);

// Questions to staff: the question; a copy in the asker's partition (their list, without the
// contact); a copy in the queue while it waits (sorted by deadline); the client key, once.
export const questionKey = (id: string) => ({ pk: `QUESTION#${id}`, sk: 'QUESTION' });
export const ASKER_PREFIX = 'QUESTION#';
export const askerPk = (userId: string) => `ASKER#${userId}`;
export const askerKey = (userId: string, askedAt: string, id: string) => ({
  pk: askerPk(userId),
  sk: `${ASKER_PREFIX}${askedAt}#${id}`,
});
export const QUESTION_QUEUE_PK = 'QUEUE#QUESTIONS';
export const queueKey = (dueAt: string, id: string) => ({
  pk: QUESTION_QUEUE_PK,
  sk: `${dueAt}#${id}`,
});
/**
 * A person's client key, whatever the kind of submission it made (a question, a comment, an
 * application): one key space, so a key names one submission, with its kind and a fingerprint of
 * what was sent (submission-guard.ts). Corrections and subscriptions keep keys of their own below.
 */
export const submissionKey = (userId: string, clientKey: string) => ({
  pk: `SUBMISSION#${userId}`,
  sk: clientKey,
});
/** A person's submissions in one hour (China time is not needed: any fixed hour bucket will do). */
export const rateKey = (userId: string, hour: string) => ({ pk: `RATE#${userId}`, sk: hour });
/** Submissions from one source address in one hour: the address only as a keyed hash (submission-guard.ts). */
export const addressRateKey = (addressHash: string, hour: string) => ({
  pk: `RATEIP#${addressHash}`,
  sk: hour,
});
/** Sign-in attempts from one address in one minute (its keyed hash, as above), and from everyone in one minute. */
export const addressSignInKey = (addressHash: string, minute: string) =>
  addressRateKey(addressHash, `SIGNIN#${minute}`);
export const signInCounterKey = (minute: string) => ({ pk: 'SIGNIN', sk: minute });
/**
 * WeChat content checks spent for one person (per counter, as their submissions) and from one
 * address (its keyed hash) in one hour: a budget of its own, taken before each check.
 */
export const contentCheckKey = (userId: string, bucket: string) =>
  rateKey(userId, `CHECK#${bucket}`);
export const addressContentCheckKey = (addressHash: string, hour: string) =>
  addressRateKey(addressHash, `CHECK#${hour}`);
/** Answered questions (without contact), the latest answer first: what staff rate-read and promote. */
export const ANSWERED_QUESTIONS_PK = 'ANSWERED#QUESTIONS';
export const answeredKey = (answeredAt: string, id: string) => ({
  pk: ANSWERED_QUESTIONS_PK,
  sk: `${answeredAt}#${id}`,
});
// Ratings of answers: counters per responder and per kind, and each rating without its giver.
export const ANSWER_RATINGS_PK = 'ANSWER_RATINGS';
export const ANSWER_COUNTER_PREFIX = 'COUNT#';
export const responderCounterKey = (userId: string) => ({
  pk: ANSWER_RATINGS_PK,
  sk: `${ANSWER_COUNTER_PREFIX}RESPONDER#${userId}`,
});
export const kindCounterKey = (kind: string) => ({
  pk: ANSWER_RATINGS_PK,
  sk: `${ANSWER_COUNTER_PREFIX}KIND#${kind}`,
});
export const ANSWER_RATING_PREFIX = 'RATING#';
export const answerRatingKey = (questionId: string) => ({
  pk: ANSWER_RATINGS_PK,
  sk: `${ANSWER_RATING_PREFIX}${questionId}`,
});

// Disclosure applications (依申请公开): the case; a copy in the applicant's partition (their list,
// without contact or identity); a queue entry while it is open; the client key of each
// correction, once (the application's is a submission key, above); an hourly counter of
// applications per person.
export const applicationKey = (id: string) => ({ pk: `APPLICATION#${id}`, sk: 'APPLICATION' });
export const APPLICANT_PREFIX = 'APPLICATION#';
export const applicantPk = (userId: string) => `APPLICANT#${userId}`;
export const applicantKey = (userId: string, receivedAt: string, id: string) => ({
  pk: applicantPk(userId),
  sk: `${APPLICANT_PREFIX}${receivedAt}#${id}`,
});
export const APPLICATION_QUEUE_PK = 'QUEUE#APPLICATIONS';
/** Replied cases by reply date (id only): where the retention job finds what is due. */
export const REPLIED_APPLICATIONS_PK = 'REPLIED#APPLICATIONS';
export const repliedKey = (repliedOn: string, id: string) => ({
  pk: REPLIED_APPLICATIONS_PK,
  sk: `${repliedOn}#${id}`,
});
/**
 * The annual report's index of applications (#111–#114): a partition per year, holding those
 * received in it and, once ended, those carried into it from earlier years; no personal data.
 */
export const reportApplicationsPk = (year: number) => `REPORT#APPLICATIONS#${year}`;
export const reportApplicationKey = (year: number, receivedOn: string, id: string) => ({
  pk: reportApplicationsPk(year),
  sk: `${receivedOn}#${id}`,
});
/** The two halves of the open applications' queue (see applicationQueueKey): running by due date, stopped by the day they stopped. */
export const RUNNING_APPLICATIONS_PREFIX = '1#';
export const STOPPED_APPLICATIONS_PREFIX = '2#';
/**
 * Running cases first (`1#`), by due date; then cases whose clock is stopped (`2#`: waiting for a
 * correction or a third party), the longest waiting first. A stopped case has no due date to
 * sort by, and what staff must act on today is a running one.
 */
export const applicationQueueKey = (
  position: { dueOn: string } | { stoppedSince: string },
  id: string,
) => ({
  pk: APPLICATION_QUEUE_PK,
  sk:
    'dueOn' in position
      ? `${RUNNING_APPLICATIONS_PREFIX}${position.dueOn}#${id}`
      : `${STOPPED_APPLICATIONS_PREFIX}${position.stoppedSince}#${id}`,
});
export const correctionSubmissionKey = (userId: string, clientKey: string) => ({
  pk: `SUBMISSION#${userId}`,
  sk: `CORRECTION#${clientKey}`,
});
export const subscribeSubmissionKey = (userId: string, clientKey: string) => ({
  pk: `SUBMISSION#${userId}`,
  sk: `SUBSCRIBE#${clientKey}`,
});

/** What the health check reads: it need not exist, the read must succeed. */
export const healthKey = () => ({ pk: 'CONFIG', sk: 'HEALTH' });

/** One year's working-day calendar. */
export const calendarKey = (year: number) => ({ pk: 'CONFIG', sk: `CALENDAR#${year}` });

/** The topics staff added. */
export const topicsKey = () => ({ pk: 'CONFIG', sk: 'TOPICS' });

/** An uploaded file's check, by the key residents load it from (media/<id>.<ext>): claimed, then confirmed. */
export const mediaRecordKey = (objectKey: string) => ({ pk: `MEDIA#${objectKey}`, sk: 'MEDIA' });

/** A bulk import of guides and its progress. */
export const importJobKey = (id: string) => ({ pk: `IMPORT#${id}`, sk: 'JOB' });

// The audit log, one partition a month.
export const auditPk = (month: string) => `AUDIT#${month}`;
export const auditKey = (month: string, at: string, id: string) => ({
  pk: auditPk(month),
  sk: `${at}#${id}`,
});
const AUDIT_SK_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[0-9A-HJKMNP-TV-Z]{26}$/;
export const encodeAuditCursor = (sk: string) => Buffer.from(sk, 'utf8').toString('base64url');
export function decodeAuditCursor(cursor: string): string | undefined {
  const sk = Buffer.from(cursor, 'base64url').toString('utf8');
  return AUDIT_SK_PATTERN.test(sk) ? sk : undefined;
}

// Consultations: each comment in its consultation's partition (staff side), a copy in the
// commenter's partition (no name or contact), and once approved a public copy in a partition of
// its own; the tally and the report in the consultation's public range; one ballot per person.
export const COMMENT_PREFIX = 'COMMENT#';
export const commentKey = (consultationId: string, commentId: string) => ({
  pk: contentPk(consultationId),
  sk: `${COMMENT_PREFIX}${commentId}`,
});
export const commentsPartition = (consultationId: string) => ({
  pk: contentPk(consultationId),
  skPrefix: COMMENT_PREFIX,
});
export const commenterKey = (userId: string, at: string, id: string) => ({
  pk: askerPk(userId),
  sk: `${COMMENT_PREFIX}${at}#${id}`,
});
export const publicCommentsPk = (consultationId: string) => `COMMENTS#${consultationId}`;
export const publicCommentKey = (consultationId: string, approvedAt: string, id: string) => ({
  pk: publicCommentsPk(consultationId),
  sk: `${approvedAt}#${id}`,
});
export const TALLY_SK = `${PUBLIC_PREFIX}#TALLY`;
export const tallyKey = (consultationId: string) => ({
  pk: contentPk(consultationId),
  sk: TALLY_SK,
});
export const REPORT_SK = `${PUBLIC_PREFIX}#REPORT`;
export const reportKey = (consultationId: string) => ({
  pk: contentPk(consultationId),
  sk: REPORT_SK,
});
export const ballotKey = (consultationId: string, userId: string) => ({
  pk: contentPk(consultationId),
  sk: `BALLOT#${userId}`,
});
/** Tally attributes: received/approved/rejected, people who answered question i, and option j of it. */
export const tallyQuestion = (question: number) => `q${question}`;
export const tallyOption = (question: number, option: number) => `q${question}o${option}`;

/** Retention: how far the daily erasure has gone through a list sorted by time (`after`: the last sort key done). */
export const retentionMarkKey = (list: string) => ({ pk: 'CONFIG', sk: `RETENTION#${list}` });
/** Consultations by closing day, so the erasure reads each one once, when its comments fall due. */
export const CLOSING_CONSULTATIONS_PK = 'CLOSING#CONSULTATIONS';
export const closingConsultationKey = (closesOn: string, id: string) => ({
  pk: CLOSING_CONSULTATIONS_PK,
  sk: `${closesOn}#${id}`,
});

// Releases (notifications): one partition holds every release, sorted by id (ULIDs sort by time);
// a pending entry per release until its fan-out is done (urgent ones first); one claim per
// (release, person) before sending; parked sends while the day's quota is spent.
export const RELEASES_PK = 'RELEASES';
export const releaseKey = (id: string) => ({ pk: RELEASES_PK, sk: id });
/**
 * A release's sends are counted on RELEASE_COUNTER_SHARDS items beside it, one chosen per batch:
 * no item takes more than a sixteenth of a release's counting writes. They sort right after the
 * release (`<id>` < `<id>#COUNTS#…` < the next id), so a release with its shards is one Query.
 */
export const RELEASE_COUNTER_SHARDS = 16;
const RELEASE_COUNTS_INFIX = '#COUNTS#';
export const releaseCounterKey = (id: string, shard: number) => ({
  pk: RELEASES_PK,
  sk: `${id}${RELEASE_COUNTS_INFIX}${String(shard).padStart(2, '0')}`,
});
/** The sort-key range of a release and its counter shards. */
export const releaseWithCountersRange = (id: string) => ({ from: id, to: `${id}#~` });
/** The release a counter shard belongs to, or undefined for a release's own item. */
export const releaseOfCounter = (sk: string) =>
  sk.includes(RELEASE_COUNTS_INFIX) ? sk.slice(0, sk.indexOf(RELEASE_COUNTS_INFIX)) : undefined;
export const PENDING_RELEASES_PK = 'RELEASES#PENDING';
export const pendingReleaseKey = (id: string, urgent: boolean) => ({
  pk: PENDING_RELEASES_PK,
  sk: `${urgent ? 0 : 1}#${id}`,
});
export const sendClaimKey = (releaseId: string, userId: string) => ({
  pk: `SEND#${releaseId}`,
  sk: userId,
});
export const sendClaimsPk = (releaseId: string) => `SEND#${releaseId}`;
export const parkedSendKey = (releaseId: string, userId: string) => ({
  pk: `PARKED#${releaseId}`,
  sk: userId,
});
export const parkedSendsPk = (releaseId: string) => `PARKED#${releaseId}`;

/** The shared WeChat access_token and its refresh lease (one item for the whole app). */
export const wechatTokenKey = () => ({ pk: 'CONFIG', sk: 'WECHAT_TOKEN' });
// Subscriptions (issue 7). A topic's partition lists its subscribers, one item per person (sort key
// the user id, so a page of the fan-out is one Query and a person is in a topic at most once); the
// person's partition holds their topics, a credit counter per template and WeChat's last answer
// per template, so "my subscriptions" is one Query. Subscribing and cancelling write both copies.
export const topicSubscribersPk = (topic: string) => `SUBS#${topic}`;
export const topicSubscriberKey = (topic: string, userId: string) => ({
  pk: topicSubscribersPk(topic),
  sk: userId,
});
export const subscriberPk = (userId: string) => `SUBSCRIBER#${userId}`;
export const SUBSCRIBED_TOPIC_PREFIX = 'TOPIC#';
export const subscribedTopicKey = (userId: string, topic: string) => ({
  pk: subscriberPk(userId),
  sk: `${SUBSCRIBED_TOPIC_PREFIX}${topic}`,
});
export const CREDIT_PREFIX = 'CREDIT#';
export const creditKey = (userId: string, templateId: string) => ({
  pk: subscriberPk(userId),
  sk: `${CREDIT_PREFIX}${templateId}`,
});
export const SUBSCRIBE_RESULT_PREFIX = 'RESULT#';
export const subscribeResultKey = (userId: string, templateId: string) => ({
  pk: subscriberPk(userId),
  sk: `${SUBSCRIBE_RESULT_PREFIX}${templateId}`,
});
/** A page of a topic's subscribers ends at a user id; the cursor is that id, base64url-encoded (opaque). */
export const encodeSubscriberCursor = (userId: string) =>
  Buffer.from(userId, 'utf8').toString('base64url');
export function decodeSubscriberCursor(cursor: string): string | undefined {
  const userId = Buffer.from(cursor, 'base64url').toString('utf8');
  // User ids are ULIDs (tests use short readable ones): letters, digits, '-' and '_', nothing that could leave the partition.
  return /^[A-Za-z0-9_-]{1,64}$/.test(userId) ? userId : undefined;
}

/** The bureau's profile (issue 16): one item an admin saves whole. */
export const bureauKey = () => ({ pk: 'CONFIG', sk: 'BUREAU' });

/** A year's 索引号 counter (issue 16): the last sequence taken, moved only by a publication. */
const INDEX_COUNTER_PREFIX = 'INDEX#';
export const indexCounterKey = (year: number) => ({
  pk: 'CONFIG',
  sk: `${INDEX_COUNTER_PREFIX}${year}`,
});
export const isIndexCounterKey = (key: Record<string, unknown>) =>
  key.pk === 'CONFIG' && typeof key.sk === 'string' && key.sk.startsWith(INDEX_COUNTER_PREFIX);

/** Items first published after their 20-working-day deadline, one partition per year of publication (issue 16). */
export const latePublicationsPk = (year: number) => `LATE#${year}`;
export const latePublicationKey = (publishedOn: string, id: string) => ({
  pk: latePublicationsPk(Number(publishedOn.slice(0, 4))),
  sk: `${publishedOn}#${id}`,
});

/** The negative list (负面清单): counts per ground and the last review, one item read by the public route. */
export const negativeListKey = () => ({ pk: 'CONFIG', sk: 'NEGATIVE_LIST' });
/** The count attribute of a ground on the negative-list item (top level, so ADD creates it). */
export const negativeListCount = (ground: string) => `count_${ground}`;
/** Reviews of the negative list (动态调整), by date. */
export const NEGATIVE_LIST_REVIEWS_PK = 'NEGLIST#REVIEWS';
export const negativeListReviewKey = (reviewedOn: string, id: string) => ({
  pk: NEGATIVE_LIST_REVIEWS_PK,
  sk: `${reviewedOn}#${id}`,
});

/** A public concern (关切, issue 17): the whole concern, its thread included, in one item. */
export const concernKey = (id: string) => ({ pk: `CONCERN#${id}`, sk: 'CONCERN' });
/** The open concerns, one copy each: the staff's open list and the banner in one Query. */
export const OPEN_CONCERNS_PK = 'CONCERNS#OPEN';
export const openConcernKey = (id: string) => ({ pk: OPEN_CONCERNS_PK, sk: id });
/** The closed concerns, newest first. */
export const CLOSED_CONCERNS_PK = 'CONCERNS#CLOSED';
export const closedConcernKey = (closedAt: string, id: string) => ({
  pk: CLOSED_CONCERNS_PK,
  sk: `${closedAt}#${id}`,
});
/** The concerns of a year of arising (China time), for the figures. */
export const concernYearPk = (year: number) => `CONCERNS#YEAR#${year}`;
export const concernYearKey = (year: number, id: string) => ({ pk: concernYearPk(year), sk: id });
const CLOSED_CONCERN_SK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[0-9A-HJKMNP-TV-Z]{26}$/;
export const encodeConcernCursor = (sk: string) => Buffer.from(sk, 'utf8').toString('base64url');
export function decodeConcernCursor(cursor: string): string | undefined {
  const sk = Buffer.from(cursor, 'base64url').toString('utf8');
  return CLOSED_CONCERN_SK.test(sk) ? sk : undefined;
}
/** Whether a key is a concern's or its open copy's (a publication's thread entry writes both). */
export const isConcernKey = (key: Record<string, unknown>) =>
  typeof key.pk === 'string' && (key.pk.startsWith('CONCERN#') || key.pk === OPEN_CONCERNS_PK);
