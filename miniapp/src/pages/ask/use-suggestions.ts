import { useEffect, useState } from 'react';
import type { SearchHit } from '@sunshine/shared';
import { searchContent } from '../../services/search';

/** Typing pauses this long before the Q&A are looked up. */
const PAUSE_MS = 400;

/** While a question is typed, the published Q&A that may already answer it. */
export function useSuggestions(text: string): SearchHit[] {
  const [hits, setHits] = useState<SearchHit[]>([]);
  useEffect(() => {
    const q = text.trim().slice(0, 50);
    if (q.length < 4) {
      setHits([]);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      // Suggestions help; their failure must not stand between a resident and their question.
      searchContent(q, { type: 'qa', limit: 3 }).then(
        (result) => current && setHits(result.hits),
        () => undefined,
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);
  return hits;
}
