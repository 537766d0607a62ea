import { IdSchema, validate, type Interpretation } from '@sunshine/shared';
import { AppError, NotFoundError } from '../../commons/errors';
import { chinaDateTime } from '../audit/month';
import type { InterpretationStore } from '../../ports/interpretation-store';

const NOT_FOUND_MESSAGE = '该政策解读不存在或已撤回';

/** A resident opens one published interpretation. An id that cannot exist costs no read. */
export async function getPublishedInterpretation(store: InterpretationStore, id: string): Promise<Interpretation> {
  if (!validate(IdSchema, id).ok) throw new NotFoundError(NOT_FOUND_MESSAGE);
  const item = await store.getPublished(id);
  if (!item) throw new NotFoundError(NOT_FOUND_MESSAGE);
  const { withdrawal, ...published } = item;
  if (withdrawal) throw new AppError('WITHDRAWN', `该政策解读已于 ${chinaDateTime(withdrawal.at).slice(0, 10)} 撤回。撤回原因：${withdrawal.reason}`);
  return published;
}
