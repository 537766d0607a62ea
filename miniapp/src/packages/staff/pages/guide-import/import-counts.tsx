import { Text, View } from '@tarojs/components';
import type { GuideImportView } from '@sunshine/shared';

type Counted = 'rows' | 'invalid' | 'created' | 'updated' | 'unchanged' | 'skipped';

const COUNTS: ReadonlyArray<{ key: Counted; label: string }> = [
  { key: 'rows', label: '行数' },
  { key: 'invalid', label: '有误' },
  { key: 'created', label: '新建' },
  { key: 'updated', label: '更新' },
  { key: 'unchanged', label: '未改变' },
  { key: 'skipped', label: '跳过' },
];

/** What a job found and did, one figure per outcome, each under its label. */
export function ImportCounts({ job }: { job: GuideImportView }) {
  return (
    <View className='guide-import__counts'>
      {COUNTS.map(({ key, label }) => (
        <View
          key={key}
          className={`guide-import__count${key === 'invalid' && job.invalid > 0 ? ' guide-import__count--alert' : ''}`}
        >
          <Text className='guide-import__count-value'>{String(job[key])}</Text>
          <Text className='guide-import__count-label'>{label}</Text>
        </View>
      ))}
    </View>
  );
}
