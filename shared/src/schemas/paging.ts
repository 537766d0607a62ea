import * as v from 'valibot';

export const PAGE_LIMIT_MIN = 1;
export const PAGE_LIMIT_MAX = 50;
export const PAGE_LIMIT_DEFAULT = 10;

/** Query strings arrive as text; a limit is a whole number from 1 to 50. */
export const PageLimitSchema = v.pipe(
  v.optional(v.string(), String(PAGE_LIMIT_DEFAULT)),
  v.regex(/^\d{1,3}$/, `每页条数须为 ${PAGE_LIMIT_MIN} 到 ${PAGE_LIMIT_MAX} 之间的整数`),
  v.transform(Number),
  v.minValue(PAGE_LIMIT_MIN, `每页条数须为 ${PAGE_LIMIT_MIN} 到 ${PAGE_LIMIT_MAX} 之间的整数`),
  v.maxValue(PAGE_LIMIT_MAX, `每页条数须为 ${PAGE_LIMIT_MIN} 到 ${PAGE_LIMIT_MAX} 之间的整数`),
);

/**
 * The cursor is opaque to clients: only its alphabet and length are checked here. Whether it
 * decodes to a position is the store's business (a bad one is still a 400, raised there).
 */
export const CursorSchema = v.optional(
  v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,512}$/, '翻页参数无效，请从第一页重新加载')),
);

/** A plain page of a list: where to go on from, and how many. */
export const PageQuerySchema = v.object({ cursor: CursorSchema, limit: PageLimitSchema });
