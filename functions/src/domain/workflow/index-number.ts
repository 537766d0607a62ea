import { chinaClock, DEFAULT_INDEX_FORMAT, formatIndexNumber } from '@sunshine/shared';
import type { BureauStore } from '../../ports/bureau-store';
import type { IndexNumbering } from '../../ports/workflow-store';

/**
 * How an item first published at `firstPublishedAt` is numbered: the year and month of that
 * moment in China, in the form and with the credit code of the bureau's profile as saved now (the
 * number is then kept for good). Without a saved profile, the default form without the code.
 */
export async function indexNumbering(
  bureau: Pick<BureauStore, 'get'> | undefined,
  firstPublishedAt: Date,
): Promise<IndexNumbering> {
  const profile = await bureau?.get();
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
