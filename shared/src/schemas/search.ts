import * as v from 'valibot';
import { CategoryQuerySchema } from './interpretation';
import { CONTENT_KINDS, KIND_LABELS, type ContentKind } from './content-kinds';

/** A search finds every kind of the library; Q&A pairs inside interpretations count as 'qa'. */
export const SEARCH_TYPES = CONTENT_KINDS;
export type SearchType = ContentKind;
export const SEARCH_TYPE_LABELS = KIND_LABELS;

export const SearchQuerySchema = v.object({
  q: v.pipe(
    v.string('请输入要搜索的内容'),
    v.trim(),
    v.minLength(1, '请输入要搜索的内容'),
    v.maxLength(50, '搜索内容不能超过 50 字'),
  ),
  type: v.optional(v.picklist(SEARCH_TYPES, `类型须为以下之一：${SEARCH_TYPES.join('、')}`)),
  category: v.optional(CategoryQuerySchema),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,2}$/, '条数须为 1 到 20 之间的整数'),
      v.transform(Number),
      v.minValue(1, '条数须为 1 到 20 之间的整数'),
      v.maxValue(20, '条数须为 1 到 20 之间的整数'),
    ),
    '10',
  ),
});
export type SearchQuery = v.InferOutput<typeof SearchQuerySchema>;

export interface SearchHit {
  type: SearchType;
  /** The item to open; for a Q&A pair of an interpretation, the interpretation. */
  id: string;
  /** For a Q&A pair of an interpretation, its position among the pairs. */
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
