import {
  chinaClock,
  DEFAULT_INDEX_FORMAT,
  formatIndexNumber,
  type BureauProfile,
} from '@sunshine/shared';
import type { BureauStore } from '../../ports/bureau-store';
import type { PublicCache } from '../../ports/public-cache';
import { StaleWriteError } from '../../ports/stale-write';
import type { IndexNumbering, WorkflowItem, WorkflowStore } from '../../ports/workflow-store';

/**
 * How an item first published at `firstPublishedAt` is numbered: the year and month of that
 * moment in China, in the form and with the credit code of the bureau's profile as saved now (the
 * number is then kept for good). Without a saved profile, the default form without the code.
 */
export function indexNumbering(
  profile: BureauProfile | undefined,
  firstPublishedAt: Date,
): IndexNumbering {
  const { year, month } = chinaClock(firstPublishedAt);
  return {
    year,
    format: (seq) =>
      formatIndexNumber(profile?.indexFormat ?? DEFAULT_INDEX_FORMAT, {
        creditCode: profile?.creditCode,
        year,
        month,
        seq,
      }),
  };
}

/** A reviewer's save may meet the backfill on the same item: read it again, twice at most. */
const ATTEMPTS = 3;

/**
 * The backfill: every item published before numbering existed (and never republished since, which
 * would have numbered it) takes its 索引号 in order of first publication, each in the year of it,
 * following on from the numbers that year already has: run once, when this change is deployed,
 * before anything is published, the numbers of each year are in order of publication too. Run
 * again, it finds nothing to do. `npm run index:backfill` runs it; the demo seed too.
 */
export async function numberEarlierItems(deps: {
  workflow: WorkflowStore;
  bureau?: Pick<BureauStore, 'get'>;
  publicCache?: PublicCache;
}): Promise<{ numbered: number }> {
  const waiting: WorkflowItem[] = [];
  for await (const item of deps.workflow.listAll())
    if (item.publishedAt && !item.indexNumber) waiting.push(item);
  waiting.sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!) || a.id.localeCompare(b.id));
  const profile = await deps.bureau?.get();
  let numbered = 0;
  for (const first of waiting) {
    for (let attempt = 1, item = first; ; attempt++) {
      try {
        await deps.workflow.number(item, indexNumbering(profile, new Date(item.publishedAt!)));
        numbered++;
        break;
      } catch (error) {
        if (!(error instanceof StaleWriteError) || attempt === ATTEMPTS) throw error;
        const again = await deps.workflow.get(item.id);
        if (!again || again.indexNumber) break; // numbered meanwhile, by its republication
        item = again;
      }
    }
  }
  if (numbered) await deps.publicCache?.contentChanged();
  return { numbered };
}
