import { IdSchema, KIND_LABELS, validate, VOTABLE_KINDS, type ContentView } from '@sunshine/shared';
import { AppError, NotFoundError } from '../../commons/errors';
import { chinaDateTime } from '../audit/month';
import type { Clock } from '../../ports/clock';
import type { ContentStore } from '../../ports/content-store';
import { consultationStatus } from '../consultations/status';

const NOT_FOUND_MESSAGE = '该内容不存在或未公开';

/**
 * A resident opens one published item with the documents it rests on and what refers to it.
 * An id that cannot exist costs no read; a withdrawn item says when and why it went.
 */
export async function getPublishedContent(store: ContentStore, clock: Clock, id: string): Promise<ContentView> {
  if (!validate(IdSchema, id).ok) throw new NotFoundError(NOT_FOUND_MESSAGE);
  const entry = await store.getPublished(id);
  if (!entry) throw new NotFoundError(NOT_FOUND_MESSAGE);
  const { withdrawal, ...item } = entry.item;
  if (withdrawal) {
    throw new AppError('WITHDRAWN', `该${KIND_LABELS[item.kind]}已于 ${chinaDateTime(withdrawal.at).slice(0, 10)} 撤回。撤回原因：${withdrawal.reason}`);
  }
  const votable = (VOTABLE_KINDS as readonly string[]).includes(item.kind);
  const documents = entry.documents.filter((card) => card.kind === 'document');
  const guides = entry.documents.filter((card) => (card.kind as string) === 'guide');
  return {
    item,
    documents,
    guides,
    related: entry.related,
    ...(votable ? { helpful: entry.helpful } : {}), ...(item.kind === 'guide' ? { rating: entry.rating } : {}),
    ...(item.kind === 'consultation' ? { consultation: consultationStatus(item, entry, clock.now()) } : {}),
  };
}
