import { Input, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { JoinInputSchema, validate } from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { joinStaff } from '../../../../services/auth';
import { ActionButton } from '../../components/action-button';
import { FormField } from '../../components/form-field';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';

/** A signed-in person without a role joins the staff with an invitation code. */
export function JoinForm({ onJoined }: { onJoined: () => void }) {
  const [code, setCode] = useState('');
  const { submit, busy, failure, issues, setIssues } = useAction();

  const join = () =>
    submit(validate(JoinInputSchema, { code }), async (input) => {
      await joinStaff(input);
      void Taro.showToast({ title: '已加入', icon: 'success' });
      onJoined();
    });

  return (
    <StaffCard title='加入工作人员'>
      <Text className='staff-home__explain'>请输入管理员发给您的邀请码</Text>
      {failure && <Notice tone='error'>{failure}</Notice>}
      <FormField label='邀请码' field='code' issues={issues} required>
        <Input
          className='form-field__input staff-home__code'
          value={code}
          placeholder='10 位字母或数字'
          onInput={(event) => {
            setCode(event.detail.value);
            setIssues([]);
          }}
        />
      </FormField>
      <ActionButton busy={busy} onClick={() => void join()}>
        加入
      </ActionButton>
    </StaffCard>
  );
}
