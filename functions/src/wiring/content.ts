import { CloudFrontInvalidations } from '../adapters/cdn/cloudfront-invalidations';
import { DynamoContentStore } from '../adapters/dynamo/content-store';
import { DynamoLatePublications } from '../adapters/dynamo/late-publications';
import { DynamoRatingStore } from '../adapters/dynamo/rating-store';
import { DynamoTopicStore } from '../adapters/dynamo/topic-store';
import { DynamoVoteStore } from '../adapters/dynamo/vote-store';
import { DynamoWorkflowStore } from '../adapters/dynamo/workflow-store';
import { cdnConfig, mediaPublicUrl } from '../config';
import type { RatingDeps } from '../domain/content/rate-guide';
import type { VoteDeps } from '../domain/content/vote-helpful';
import type { WorkflowDeps } from '../domain/workflow/deps';
import { auditDeps, clock, tableStore } from './base';
import { bureauStore } from './bureau';
import { calendarStore } from './calendars';
import { mediaRecords } from './media';
import { concernStore } from './concern-store';
import { notifyDeps } from './notify';
import { once } from './once';

export const contentStore = /* @__PURE__ */ tableStore(DynamoContentStore);
export const workflowStore = /* @__PURE__ */ tableStore(DynamoWorkflowStore);
export const topicStore = /* @__PURE__ */ tableStore(DynamoTopicStore);
export const voteStore = /* @__PURE__ */ tableStore(DynamoVoteStore);
export const ratingStore = /* @__PURE__ */ tableStore(DynamoRatingStore);
/** The annual report's count of late first publications (Art. 26; pattern 143). */
export const latePublicationSource = /* @__PURE__ */ tableStore(DynamoLatePublications);

/** The CDN in front of public reads, in AWS stages; none locally (CDN_DISTRIBUTION_ID empty). */
export const publicCache = /* @__PURE__ */ once(() => {
  const cdn = cdnConfig();
  return cdn && new CloudFrontInvalidations(cdn);
});

export const workflowDeps = (): WorkflowDeps => ({
  ...auditDeps(),
  ...notifyDeps(),
  workflow: workflowStore(),
  media: { publicUrl: mediaPublicUrl(), records: mediaRecords() },
  topics: topicStore(),
  bureau: bureauStore(),
  calendars: calendarStore(),
  publicCache: publicCache(),
  concerns: concernStore(),
});
export const voteDeps = (): VoteDeps => ({ votes: voteStore(), clock });
export const ratingDeps = (): RatingDeps => ({ ratings: ratingStore(), clock });
