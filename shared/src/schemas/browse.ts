import * as v from 'valibot';
import { CUSTOM_TOPIC_PATTERN, TOPICS } from '../catalogue';
import type { DisclosureCategory } from '../categories';
import type { ContentKind } from './content-kinds';
import { KindQuerySchema } from './content';
import { dateField } from './dates';
import { OFFICE_ID_PATTERN } from './bureau';
import { CategoryQuerySchema } from './interpretation';
import { CursorSchema, PageLimitSchema } from './paging';
import { STAFF_USER_ID_PATTERN } from './concern';
import { WORKFLOW_STATUSES, type ActorRef, type WorkflowStatus } from './workflow';

/** Newest or oldest change first. */
export const BROWSE_ORDERS = ['newest', 'oldest'] as const;
export type BrowseOrder = (typeof BROWSE_ORDERS)[number];

/** The longest search text: a 文号 or 索引号 is under 40 characters, a phrase of the body as short. */
export const BROWSE_TEXT_MAX = 50;

const optionalText = (max: number, label: string) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(max, `${label}不能超过 ${max} 字`),
      // An emptied box means no search, not a search for nothing.
      v.transform((text) => text || undefined),
    ),
  );

/**
 * The content browser (内容管理): every item of every kind and status, searched and filtered, by
 * last change, paged by cursor. A query string, so every value arrives as text; one schema for the
 * function and the page's filters.
 */
export const BrowseQuerySchema = v.pipe(
  v.object({
    /** Searched in the title, 文号, 索引号, 事项编码 and the text (data-model #167). */
    q: optionalText(BROWSE_TEXT_MAX, '搜索词'),
    kind: v.optional(KindQuerySchema),
    status: v.optional(
      v.picklist(WORKFLOW_STATUSES, `状态须为以下之一：${WORKFLOW_STATUSES.join('、')}`),
    ),
    office: v.optional(
      v.pipe(v.string(), v.regex(OFFICE_ID_PATTERN, '科室编号须为小写字母、数字或连字符')),
    ),
    category: v.optional(CategoryQuerySchema),
    topic: v.optional(
      v.union(
        [v.picklist(TOPICS), v.pipe(v.string(), v.regex(CUSTOM_TOPIC_PATTERN))],
        `主题须为以下之一或工作人员新增的主题：${TOPICS.join('、')}`,
      ),
    ),
    /** Who created the item (its owner), by user id. */
    author: v.optional(v.pipe(v.string(), v.regex(STAFF_USER_ID_PATTERN, '作者无效'))),
    /** Last changed on or after this China date. */
    from: v.optional(dateField('起始日期')),
    /** Last changed on or before this China date. */
    to: v.optional(dateField('截止日期')),
    order: v.optional(
      v.picklist(BROWSE_ORDERS, `排序须为以下之一：${BROWSE_ORDERS.join('、')}`),
      'newest',
    ),
    cursor: CursorSchema,
    limit: v.optional(PageLimitSchema, '20'),
  }),
  v.forward(
    v.partialCheck(
      [['from'], ['to']],
      (query) => !query.from || !query.to || query.from <= query.to,
      '起始日期不能晚于截止日期',
    ),
    ['to'],
  ),
);
export type BrowseQuery = v.InferOutput<typeof BrowseQuerySchema>;
/** What the page sends: every filter optional, as typed. */
export type BrowseQueryInput = v.InferInput<typeof BrowseQuerySchema>;

/** One result of the browser: enough to recognise the item and open its workflow page. */
export interface BrowseItemView {
  id: string;
  kind: ContentKind;
  title: string;
  status: WorkflowStatus;
  category: DisclosureCategory;
  office: string;
  topic: string;
  urgent?: boolean;
  /** 文号 of a document. */
  number?: string;
  /** 索引号, from the first publication on. */
  indexNumber?: string;
  owner: ActorRef;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
  publishedVersion: number;
}

/** One who may have written items (an editor, now or before), for the browser's 作者 filter. */
export interface ItemAuthorView {
  userId: string;
  name: string;
  /** False once the member's access was revoked: their items stay theirs. */
  active: boolean;
}
