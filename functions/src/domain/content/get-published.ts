import {
  chinaDate,
  IdSchema,
  KIND_LABELS,
  validate,
  VOTABLE_KINDS,
  type ContentCard,
  type ContentView,
  type DocumentReference,
  type WithdrawnReference,
} from '@sunshine/shared';
import { AppError, NotFoundError } from '../../commons/errors';
import type { Clock } from '../../ports/clock';
import type { ContentStore, StoredReference } from '../../ports/content-store';
import { consultationStatus } from '../consultations/status';

const NOT_FOUND_MESSAGE = '该内容不存在或未公开';

/** A reference as residents see it: a withdrawn one says only that it went, not even its kind. */
const shown = (reference: StoredReference): ContentCard | WithdrawnReference =>
  'withdrawn' in reference ? { id: reference.id, withdrawn: true } : reference;

/**
 * A resident opens one published item with the documents it rests on and what refers to it.
 * An id that cannot exist costs no read; a withdrawn item says when and why it went.
 */
export async function getPublishedContent(
  store: ContentStore,
  clock: Clock,
  id: string,
): Promise<ContentView> {
  if (!validate(IdSchema, id).ok) throw new NotFoundError(NOT_FOUND_MESSAGE);
  const entry = await store.getPublished(id);
  if (!entry) throw new NotFoundError(NOT_FOUND_MESSAGE);
  const { withdrawal, ...item } = entry.item;
  if (withdrawal) {
    throw new AppError(
      'WITHDRAWN',
      `该${KIND_LABELS[item.kind]}已于 ${chinaDate(new Date(withdrawal.at))} 撤回。撤回原因：${withdrawal.reason}`,
    );
  }
  const votable = (VOTABLE_KINDS as readonly string[]).includes(item.kind);
  const documents = entry.documents
    .filter((card) => card.kind === 'document')
    .map(shown) as DocumentReference[];
  const guides = entry.documents.filter((card) => card.kind === 'guide').map(shown);
  return {
    item,
    documents,
    guides,
    related: entry.related,
    ...(votable ? { helpful: entry.helpful } : {}),
    ...(item.kind === 'guide' ? { rating: entry.rating } : {}),
    ...(item.kind === 'consultation'
      ? { consultation: consultationStatus(item, entry, clock.now()) }
      : {}),
  };
}
