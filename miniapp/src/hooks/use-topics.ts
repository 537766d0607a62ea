import { useEffect, useState } from 'react';
import { BUILT_IN_TOPICS, type TopicView } from '@sunshine/shared';
import { listTopics } from '../services/content';

/**
 * The topics to offer: the built-in ones at once, those staff added when they arrive. `needed`
 * false skips the read (a list not browsed by topic costs no extra request).
 */
export function useTopics(needed = true): TopicView[] {
  const [topics, setTopics] = useState<TopicView[]>(BUILT_IN_TOPICS);
  useEffect(() => {
    if (!needed) return undefined;
    let current = true;
    // Without the added topics the built-in ones still work: a failed read changes nothing.
    listTopics().then(
      (all) => current && setTopics(all),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [needed]);
  return topics;
}
