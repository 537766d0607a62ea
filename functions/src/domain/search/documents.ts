import { SECTION_KEYS, type Interpretation } from '@sunshine/shared';
import type { SearchDocument } from '../../ports/search';

/** An interpretation becomes one document for itself and one for each of its Q&A pairs. */
export function searchDocuments(item: Interpretation): SearchDocument[] {
  const interpretation: SearchDocument = {
    key: item.id,
    type: 'interpretation',
    id: item.id,
    category: item.category,
    title: item.title,
    lead: `${item.summary}\n${item.document.title}`,
    body: SECTION_KEYS.map((key) => item.sections[key]).join('\n'),
  };
  const pairs = item.qa.map(
    (pair, qaIndex): SearchDocument => ({
      key: `${item.id}#${qaIndex}`,
      type: 'qa',
      id: item.id,
      qaIndex,
      category: item.category,
      title: pair.question,
      lead: item.title,
      body: pair.answer,
    }),
  );
  return [interpretation, ...pairs];
}
