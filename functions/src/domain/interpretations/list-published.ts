import type { InterpretationSummary, ListInterpretationsQuery, Page } from '@sunshine/shared';
import { ValidationError } from '../../commons/errors';
import { InvalidCursorError, type InterpretationStore } from '../../ports/interpretation-store';

/** Residents browse published interpretations, newest first, optionally by disclosure category. */
export async function listPublishedInterpretations(
  store: InterpretationStore,
  query: ListInterpretationsQuery,
): Promise<Page<InterpretationSummary>> {
  try {
    return await store.listPublished(query);
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw new ValidationError([{ field: 'cursor', message: '翻页参数无效，请从第一页重新加载' }]);
    }
    throw error;
  }
}
