import type { TopicView } from '@sunshine/shared';
import type { AuditEntry } from './audit-log';

/** The topics staff added to the built-in ones. */
export interface TopicStore {
  /** Pattern 33: the added topics, oldest first. One GetItem. */
  listCustom(): Promise<TopicView[]>;
  /** Pattern 34: add one with its audit entry; 'exists' if a topic of that name is there. */
  add(topic: TopicView, audit: AuditEntry): Promise<'added' | 'exists'>;
}
