import { RecordReviewInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { auditDeps } from '../../wiring/base';
import { publicCache } from '../../wiring/content';
import { negativeListStore } from '../../wiring/negative-list';
import { recordNegativeListReview } from '../../domain/negative-list/negative-list';
import { route } from '../route';

export const handler = route('recordNegativeListReview', ({ event, actor }) =>
  recordNegativeListReview(
    { ...auditDeps(), negativeList: negativeListStore(), publicCache: publicCache() },
    actor,
    parseBody(RecordReviewInputSchema, event),
  ),
);
