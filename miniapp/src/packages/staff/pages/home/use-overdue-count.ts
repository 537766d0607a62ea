import { useEffect, useState } from 'react';
import { listQuestionQueue } from '../../../../services/staff';
import { queueCounts } from '../questions/deadline';

/**
 * How many questions are past their deadline, for the badge on 留言答复: one request (the queue
 * the questions page reads), made only for responders. A failure shows no badge, never an error:
 * the page itself says what went wrong.
 */
export function useOverdueCount(enabled: boolean, refreshKey: number): number {
  const [overdue, setOverdue] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    listQuestionQueue()
      .then((queue) => current && setOverdue(queueCounts(queue ?? [], Date.now()).overdue))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [enabled, refreshKey]);
  return overdue;
}
