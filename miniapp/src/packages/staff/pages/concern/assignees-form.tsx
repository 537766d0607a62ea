import { View } from '@tarojs/components';
import { useState } from 'react';
import { ReassignConcernInputSchema, validate, type StaffConcernView } from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { reassignConcern } from '../../../../services/concerns';
import { ActionButton } from '../../components/action-button';
import { AssigneePicker } from '../../components/assignee-picker';
import { FormField } from '../../components/form-field';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';

/**
 * 调整承办人: the same checkbox list as 新建关切, the concern's assignees checked. The new list
 * replaces the old; reminders already sent are not sent again to those added.
 */
export function AssigneesForm({
  concern,
  onSaved,
  onCancel,
}: {
  concern: StaffConcernView;
  onSaved: (concern: StaffConcernView) => void;
  onCancel: () => void;
}) {
  const [assignees, setAssignees] = useState(() => concern.assignees.map((each) => each.userId));
  const { submit, busy, failure, issues } = useAction();

  const send = () =>
    submit(validate(ReassignConcernInputSchema, { assignees }), (input) =>
      reassignConcern(concern.id, input),
    ).then((saved) => saved && onSaved(saved));

  return (
    <StaffCard title='调整承办人'>
      <FormField
        label='承办人'
        field='assignees'
        issues={issues}
        required
        hint='之后的时限提醒发给新的承办人；已发出的提醒不再补发'
      >
        <AssigneePicker value={assignees} onChange={setAssignees} issues={issues} />
      </FormField>
      {failure && <Notice tone='error'>{failure}</Notice>}
      <View className='staff-concern__actions'>
        <ActionButton variant='secondary' compact disabled={busy} onClick={onCancel}>
          取消
        </ActionButton>
        <ActionButton compact busy={busy} onClick={() => void send()}>
          保存承办人
        </ActionButton>
      </View>
    </StaffCard>
  );
}
