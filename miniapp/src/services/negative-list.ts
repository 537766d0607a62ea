import type { NegativeListView } from '@sunshine/shared';
import { call } from './request';

/** The public negative list (负面清单): grounds, their basis and counts, and the review dates. */
export const getNegativeList = (): Promise<NegativeListView> => call('getNegativeList');
