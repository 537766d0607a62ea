import { Text, View } from '@tarojs/components';
import { AUDIT_ACTION_LABELS, ROLE_LABELS, type AuditEntryView } from '@sunshine/shared';
import { formatDateTime } from '../../components/format-time';

/** One audit entry: when, who (with the roles held then), what, on which item. */
export function AuditEntry({ entry }: { entry: AuditEntryView }) {
  return (
    <View className='audit__entry'>
      <View className='audit__entry-header'>
        <Text className='audit__action'>{AUDIT_ACTION_LABELS[entry.action] ?? entry.action}</Text>
        <Text className='audit__time'>{formatDateTime(entry.at)}</Text>
      </View>
      <Text className='audit__actor'>
        {entry.actorName}
        {entry.roles.length > 0 && `（${entry.roles.map((role) => ROLE_LABELS[role]).join('、')}）`}
      </Text>
      {entry.summary && <Text className='audit__summary'>{entry.summary}</Text>}
      {entry.itemId && <Text className='audit__item'>对象编号：{entry.itemId}</Text>}
    </View>
  );
}
