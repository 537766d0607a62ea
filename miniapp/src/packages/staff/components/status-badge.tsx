import { Text } from '@tarojs/components';
import { STATUS_LABELS, type WorkflowStatus } from '@sunshine/shared';
import './status-badge.scss';

/** A workflow status as a coloured label. */
export function StatusBadge({ status }: { status: WorkflowStatus }) {
  return <Text className={`status-badge status-badge--${status}`}>{STATUS_LABELS[status]}</Text>;
}
