import type { SearchHit, SearchQuery, SearchResult } from '@sunshine/shared';
import { highlights, snippet } from './highlight';
import type { LiveIndex } from './live-index';

/** Residents search the published library (documents, interpretations, Q&A, notices) by a few words in Chinese. */
export async function searchContent(index: LiveIndex, query: SearchQuery): Promise<SearchResult> {
  const engine = await index.ready();
  const found = await engine.search({
    q: query.q,
    type: query.type,
    category: query.category,
    limit: query.limit,
  });
  const hits = found.map((document): SearchHit => {
    const passage = snippet(document.body || document.lead, query.q);
    return {
      type: document.type,
      id: document.id,
      ...(document.qaIndex === undefined ? {} : { qaIndex: document.qaIndex }),
      title: document.title,
      category: document.category,
      snippet: passage.snippet,
      snippetHighlights: passage.highlights,
      titleHighlights: highlights(document.title, query.q),
    };
  });
  return { hits };
}
