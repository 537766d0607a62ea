import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import {
  DisplayNameSchema,
  InvitationInputSchema,
  ROLE_LABELS,
  validate,
  type InvitationView,
  type StaffRole,
} from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { createInvitation } from '../../../../services/staff';
import { ActionButton } from '../../components/action-button';
import { formatDateTime } from '../../components/format-time';
import { FormField } from '../../components/form-field';
import { Notice } from '../../components/notice';
import { RoleChips } from '../../components/role-chips';
import { maxLengthOf } from '../../components/schema-limits';
import { StaffCard } from '../../components/staff-card';

const DEFAULT_VALID_DAYS = '7';

/** Invite one person: name, roles and how long the code stays valid; then show the code to pass on. */
export function InvitationForm() {
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const [validDays, setValidDays] = useState(DEFAULT_VALID_DAYS);
  const { submit, busy, failure, issues } = useAction();
  const [invitation, setInvitation] = useState<InvitationView>();

  const invite = () =>
    submit(
      validate(InvitationInputSchema, {
        displayName,
        roles,
        validDays: validDays.trim() === '' ? NaN : Number(validDays),
      }),
      async (input) => setInvitation(await createInvitation(input)),
    );

  const startOver = () => {
    setInvitation(undefined);
    setDisplayName('');
    setRoles([]);
    setValidDays(DEFAULT_VALID_DAYS);
  };

  if (invitation) {
    return (
      <StaffCard title='邀请码已生成'>
        <View className='staff-admin__invitation'>
          <Text className='staff-admin__code' userSelect>
            {invitation.code}
          </Text>
          <Text className='staff-admin__invitation-meta'>
            {invitation.displayName} ·{' '}
            {invitation.roles.map((role) => ROLE_LABELS[role]).join('、')}
          </Text>
          <Text className='staff-admin__invitation-meta'>
            有效期至 {formatDateTime(invitation.expiresAt)}，仅可使用一次
          </Text>
        </View>
        <ActionButton onClick={() => void Taro.setClipboardData({ data: invitation.code })}>
          复制邀请码
        </ActionButton>
        <ActionButton variant='secondary' onClick={startOver}>
          再邀请一位
        </ActionButton>
      </StaffCard>
    );
  }

  return (
    <StaffCard title='邀请工作人员'>
      {failure && <Notice tone='error'>{failure}</Notice>}
      <FormField label='姓名' field='displayName' issues={issues} required>
        <Input
          className='form-field__input'
          value={displayName}
          maxlength={maxLengthOf(DisplayNameSchema)}
          placeholder='被邀请人的姓名'
          onInput={(event) => setDisplayName(event.detail.value)}
        />
      </FormField>
      <FormField label='角色' field='roles' issues={issues} required>
        <RoleChips value={roles} onChange={setRoles} />
      </FormField>
      <FormField
        label='有效天数'
        field='validDays'
        issues={issues}
        required
        hint='1 到 30 天，过期后需重新邀请'
      >
        <Input
          className='form-field__input'
          nativeProps={{ 'aria-label': '有效天数' }}
          type='number'
          value={validDays}
          maxlength={2}
          onInput={(event) => setValidDays(event.detail.value)}
        />
      </FormField>
      <ActionButton busy={busy} onClick={() => void invite()}>
        生成邀请码
      </ActionButton>
    </StaffCard>
  );
}
