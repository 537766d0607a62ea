import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import {
  ROLE_LABELS,
  RolesInputSchema,
  validate,
  type StaffMemberView,
  type StaffRole,
} from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { formatDate } from '../../../../services/format';
import { changeStaffRoles, revokeStaff } from '../../../../services/staff';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { Notice } from '../../components/notice';
import { RoleChips } from '../../components/role-chips';

interface Props {
  member: StaffMemberView;
  /** After a change: show this toast and reload the list. */
  onChanged: (toast: string) => void;
}

/** One staff member, with their roles editable in place and a confirmed revoke. */
export function MemberRow({ member, onChanged }: Props) {
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<StaffRole[]>(member.roles);
  const { run, submit, running, failure, issues, setIssues } = useAction<'roles' | 'revoke'>();
  const active = member.status === 'active';

  const done = (toast: string) => {
    setEditing(false);
    onChanged(toast);
  };

  const pickRoles = (next: StaffRole[]) => {
    setRoles(next);
    setIssues([]);
  };

  const cancelEdit = () => {
    setEditing(false);
    setRoles(member.roles);
    setIssues([]);
  };

  const saveRoles = () =>
    void submit(
      validate(RolesInputSchema, { roles }),
      async (input) => {
        await changeStaffRoles(member.userId, input.roles);
        done('角色已更新');
      },
      { as: 'roles' },
    );

  const revoke = async () => {
    const { confirm } = await Taro.showModal({
      title: '停用工作人员',
      content: `停用后「${member.displayName}」将不能再登录工作台，确定停用吗？`,
      confirmText: '停用',
      confirmColor: '#C8161D',
    });
    if (!confirm) return;
    await run(
      async () => {
        await revokeStaff(member.userId);
        done('已停用');
      },
      { as: 'revoke' },
    );
  };

  return (
    <View className={`staff-admin__member${active ? '' : ' staff-admin__member--revoked'}`}>
      <View className='staff-admin__member-header'>
        <Text className='staff-admin__name'>{member.displayName}</Text>
        <Text className={`staff-admin__status staff-admin__status--${member.status}`}>
          {active ? '在职' : '已停用'}
        </Text>
      </View>
      <Text className='staff-admin__member-meta'>
        {member.roles.map((role) => ROLE_LABELS[role]).join('、') || '无角色'} ·{' '}
        {formatDate(member.joinedAt)} 加入
      </Text>
      {failure && <Notice tone='error'>{failure}</Notice>}
      {editing ? (
        <View className='staff-admin__roles-editor'>
          <RoleChips value={roles} onChange={pickRoles} />
          <FieldError issues={issues} field='roles' />
          <View className='staff-admin__row'>
            <ActionButton
              variant='secondary'
              compact
              disabled={running === 'roles'}
              onClick={cancelEdit}
            >
              取消
            </ActionButton>
            <ActionButton compact busy={running === 'roles'} onClick={saveRoles}>
              保存角色
            </ActionButton>
          </View>
        </View>
      ) : (
        active && (
          <View className='staff-admin__row'>
            <ActionButton variant='secondary' compact onClick={() => setEditing(true)}>
              修改角色
            </ActionButton>
            <ActionButton
              variant='danger'
              compact
              busy={running === 'revoke'}
              onClick={() => void revoke()}
            >
              停用
            </ActionButton>
          </View>
        )
      )}
    </View>
  );
}
