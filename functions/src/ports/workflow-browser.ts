import type {
  BrowseOrder,
  ContentKind,
  DisclosureCategory,
  Page,
  WorkflowStatus,
} from '@sunshine/shared';
import type { WorkflowItem } from './workflow-store';

/** What the content browser asks for (data-model #164–167); every filter optional. */
export interface BrowseFilter {
  /** Searched in the title, 文号, 索引号, 事项编码 and text. */
  text?: string;
  kind?: ContentKind;
  status?: WorkflowStatus;
  office?: string;
  category?: DisclosureCategory;
  topic?: string;
  /** The user id of who created the item (its owner). */
  author?: string;
  /** Last changed at or after this instant (ISO). */
  changedFrom?: string;
  /** Last changed before this instant (ISO). */
  changedBefore?: string;
  order: BrowseOrder;
}

/**
 * Every workflow item, filtered, by last change. A page reads at most a fixed budget: it may hold
 * fewer than `limit` items and still have a `nextCursor`, where the reading goes on. A cursor that
 * is not one of ours is InvalidCursorError.
 */
export interface WorkflowBrowser {
  browse(
    filter: BrowseFilter,
    page: { cursor?: string; limit: number },
  ): Promise<Page<WorkflowItem>>;
}
