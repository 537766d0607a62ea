import * as v from 'valibot';
import { CategoryQuerySchema } from './interpretation';

export const SEARCH_TYPES = ['interpretation', 'qa'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  interpretation: '政策解读',
  qa: '政策问答',
};

export const SearchQuerySchema = v.object({
  q: v.pipe(v.string('请输入要搜索的内容'), v.trim(), v.minLength(1, '请输入要搜索的内容'), v.maxLength(50, '搜索内容不能超过 50 字')),
  type: v.optional(v.picklist(SEARCH_TYPES, `类型须为以下之一：${SEARCH_TYPES.join('、')}`)),
  category: v.optional(CategoryQuerySchema),
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,2}$/, '条数须为 1 到 20 之间的整数'), v.transform(Number), v.minValue(1, '条数须为 1 到 20 之间的整数'), v.maxValue(20, '条数须为 1 到 20 之间的整数')),
    '10',
  ),
});
export type SearchQuery = v.InferOutput<typeof SearchQuerySchema>;

export interface SearchHit {
  type: SearchType;
  /** The interpretation's id; for a Q&A pair, the interpretation it belongs to. */
  id: string;
  /** For a Q&A pair, its position among the interpretation's pairs. */
  qaIndex?: number;
  title: string;
  category: import('../categories').DisclosureCategory;
  /** A short passage around the best match. */
  snippet: string;
  /** [start, end) character ranges of `snippet` (and of `title`) that matched the query. */
  snippetHighlights: Array<[number, number]>;
  titleHighlights: Array<[number, number]>;
}

export interface SearchResult {
  hits: SearchHit[];
}
