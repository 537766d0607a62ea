import type { ItemAuthorView } from '@sunshine/shared';
import type { StaffStore } from '../../ports/staff-store';

/**
 * The staff who may have written items, for the content browser's 作者 filter: every member who
 * holds the editor role (only editors create drafts), revoked ones too since their items remain,
 * active first, then by name. User id and name only: never an openid or contact.
 */
export async function listItemAuthors(deps: {
  staff: Pick<StaffStore, 'list'>;
}): Promise<ItemAuthorView[]> {
  const members = await deps.staff.list();
  return members
    .filter((member) => member.roles.includes('editor'))
    .map((member) => ({
      userId: member.userId,
      name: member.displayName,
      active: member.status === 'active',
    }))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'zh-CN'));
}
