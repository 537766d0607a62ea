import Taro from '@tarojs/taro';
import type { WorkflowItemView } from '@sunshine/shared';
import { ActionButton } from './action-button';
import { ratingsUrl } from '../../../page-urls';

/** Residents rate only guides they can read, so only a guide once published has ratings to see. */
export function RatingsButton({
  item,
}: {
  item: Pick<WorkflowItemView, 'id' | 'kind' | 'publishedVersion'>;
}) {
  if (item.kind !== 'guide' || item.publishedVersion <= 0) return null;
  return (
    <ActionButton
      variant='secondary'
      onClick={() => void Taro.navigateTo({ url: ratingsUrl(item.id) })}
    >
      查看群众评价
    </ActionButton>
  );
}
