import { Text, View } from '@tarojs/components';
import type { FieldChange } from '@sunshine/shared';
import { ClampedText } from '../../components/clamped-text';

/** Up to this length, and on one line, a change reads "before → after" on a single row. */
const SHORT_CHARS = 30;

const isShort = (text: string) => text.length <= SHORT_CHARS && !text.includes('\n');
const shown = (text: string) => text || '（空）';

/** One changed field of a version: short values side by side, long ones in two blocks. */
export function ChangeRow({ change }: { change: FieldChange }) {
  const { label, before, after } = change;
  if (isShort(before) && isShort(after)) {
    return (
      <View className='revisions__change'>
        <Text className='revisions__label'>{label}</Text>
        <Text className='revisions__inline'>
          <Text className='revisions__before'>{shown(before)}</Text>
          {' → '}
          <Text className='revisions__after'>{shown(after)}</Text>
        </Text>
      </View>
    );
  }
  return (
    <View className='revisions__change'>
      <Text className='revisions__label'>{label}</Text>
      <View className='revisions__block revisions__block--before'>
        <Text className='revisions__block-label'>修改前</Text>
        <ClampedText text={shown(before)} />
      </View>
      <View className='revisions__block revisions__block--after'>
        <Text className='revisions__block-label'>修改后</Text>
        <ClampedText text={shown(after)} />
      </View>
    </View>
  );
}
