import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { ROLE_LABELS, type AssignableStaffView, type FieldIssue } from '@sunshine/shared';
import { useRemote } from '../../../hooks/use-remote';
import { listAssignableStaff } from '../../../services/concerns';
import { messagesFor } from './field-issues';
import './assignee-picker.scss';

interface Props {
  /** The user ids checked, in the order they were checked. */
  value: string[];
  onChange: (userIds: string[]) => void;
  /** Problems the server named per assignee (`assignees.<n>`, n indexing `value`). */
  issues?: FieldIssue[];
}

/**
 * 承办人: a checkbox list of the staff who may act on a concern (active responders and reviewers,
 * `GET /v1/staff/concerns/assignable`), by name and role. Someone checked who is no longer on the
 * list (left, or no longer a responder) is unchecked once the list has loaded.
 */
export function AssigneePicker({ value, onChange, issues = [] }: Props) {
  const remote = useRemote(listAssignableStaff, []);
  const staff: AssignableStaffView[] = remote.data ?? [];
  useEffect(() => {
    if (!remote.data) return;
    const listed = new Set(remote.data.map((member) => member.userId));
    if (value.some((userId) => !listed.has(userId)))
      onChange(value.filter((userId) => listed.has(userId)));
    // Only when the list arrives: later changes are the person's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remote.data]);

  if (remote.loading && !remote.data)
    return <Text className='assignee-picker__state'>正在读取工作人员…</Text>;
  if (remote.error)
    return (
      <Text className='assignee-picker__state' onClick={remote.reload}>
        工作人员读取失败，点此重试
      </Text>
    );

  const toggle = (userId: string) =>
    onChange(value.includes(userId) ? value.filter((id) => id !== userId) : [...value, userId]);
  return (
    <View className='assignee-picker'>
      {staff.map((member) => {
        const checked = value.includes(member.userId);
        const problems = checked
          ? messagesFor(issues, `assignees.${value.indexOf(member.userId)}`)
          : [];
        return (
          <View
            key={member.userId}
            className={`assignee-picker__option${checked ? ' assignee-picker__option--checked' : ''}`}
            role='checkbox'
            aria-checked={checked}
            onClick={() => toggle(member.userId)}
          >
            <Text className='assignee-picker__box'>{checked ? '☑' : '☐'}</Text>
            <Text className='assignee-picker__name'>{member.name}</Text>
            <Text className='assignee-picker__roles'>
              {member.roles.map((role) => ROLE_LABELS[role]).join('、')}
            </Text>
            {problems.map((problem) => (
              <Text key={problem} className='assignee-picker__problem'>
                {problem}
              </Text>
            ))}
          </View>
        );
      })}
    </View>
  );
}
