import Taro from '@tarojs/taro';
import type {
  ContentCard,
  ContentKind,
  ContentView,
  DisclosureCategory,
  GuideRatingInput,
  HelpfulCounts,
  Office,
  Page,
  RatingSummary,
  TopicView,
} from '@sunshine/shared';
import { call } from './request';

export interface ListQuery {
  kind?: ContentKind;
  /** At most one of the three facets. */
  category?: DisclosureCategory;
  office?: Office;
  topic?: string;
  cursor?: string;
  limit?: number;
}

export function listContent(query: ListQuery = {}): Promise<Page<ContentCard>> {
  return call('listContent', { query: { ...query } });
}

export function getContent(id: string): Promise<ContentView> {
  return call('getContent', { params: { id } });
}

/** "Was this helpful?": signs in first if needed (silently in WeChat). */
export function voteHelpful(id: string, helpful: boolean): Promise<HelpfulCounts> {
  return call('voteHelpful', { params: { id }, body: { helpful } });
}

const VOTES_KEY = 'sunshine.helpfulVotes';

/** This phone's own votes, to show which button was chosen; the server counts one per person. */
export function readMyVote(id: string): boolean | undefined {
  const votes = (Taro.getStorageSync(VOTES_KEY) || {}) as Record<string, boolean>;
  return votes[id];
}

export function saveMyVote(id: string, helpful: boolean) {
  const votes = (Taro.getStorageSync(VOTES_KEY) || {}) as Record<string, boolean>;
  Taro.setStorageSync(VOTES_KEY, { ...votes, [id]: helpful });
}

/** 好差评 of a guide: signs in first if needed. */
export function rateGuide(id: string, rating: GuideRatingInput): Promise<RatingSummary> {
  return call('rateGuide', { params: { id }, body: rating });
}

let topics: Promise<TopicView[]> | undefined;

/** Every topic, built-in and added by staff: read once per session (they change rarely). */
export function listTopics(): Promise<TopicView[]> {
  topics ??= call('listTopics').catch((error: unknown) => {
    topics = undefined; // a failed read is tried again next time
    throw error;
  });
  return topics;
}

/** After an admin adds one, the next read sees it. */
export function forgetTopics() {
  topics = undefined;
}
