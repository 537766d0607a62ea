import { STATUS_LABELS, type WorkflowStatus } from '@sunshine/shared';
import { AppError, NotFoundError } from '../../commons/errors';
import type { WorkflowItem } from '../../ports/workflow-store';
import type { WorkflowDeps } from './deps';

export async function loadItem(deps: WorkflowDeps, id: string): Promise<WorkflowItem> {
  const item = await deps.workflow.get(id);
  if (!item) throw new NotFoundError('该稿件不存在');
  return item;
}

/** Refuse a transition from a status that does not allow it, saying what the status is. */
export function requireStatus(item: WorkflowItem, allowed: WorkflowStatus[], action: string) {
  if (!allowed.includes(item.status)) {
    throw new AppError('CONFLICT', `稿件当前为「${STATUS_LABELS[item.status]}」，不能${action}`);
  }
}
