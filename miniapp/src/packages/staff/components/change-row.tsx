import { Text, View } from '@tarojs/components';
import type { DiffSegment, FieldChange } from '@sunshine/shared';
import { ClampedText } from './clamped-text';
import './change-row.scss';

/** Up to this length, and on one line, a change reads "before → after" on a single row. */
const SHORT_CHARS = 30;

const isShort = (text: string) => text.length <= SHORT_CHARS && !text.includes('\n');
const shown = (text: string) => text || '（空）';

/**
 * One run of a sentence-by-sentence comparison. Colour is not the only sign: an addition carries
 * 「新增」 and an underline, a deletion 「删除」 and a strike-through, for screen readers and for
 * staff who do not tell red from green.
 */
function Segment({ segment }: { segment: DiffSegment }) {
  if (segment.op === 'skipped')
    return (
      <Text className='change-row__seg change-row__seg--skipped'>
        {`……未改动 ${segment.sentences} 句……`}
      </Text>
    );
  if (segment.op === 'same')
    return <Text className='change-row__seg change-row__seg--same'>{segment.text}</Text>;
  const added = segment.op === 'added';
  return (
    <Text className={`change-row__seg change-row__seg--${segment.op}`}>
      <Text className={`change-row__mark change-row__mark--${segment.op}`}>
        {added ? '新增' : '删除'}
      </Text>
      {segment.text}
    </Text>
  );
}

/**
 * One changed field of a version: short values side by side; long text changed in place sentence
 * by sentence, as the server compared it; other long values (a first version) in two blocks.
 */
export function ChangeRow({ change }: { change: FieldChange }) {
  const { label, before, after, segments } = change;
  if (segments) {
    return (
      <View className='change-row'>
        <Text className='change-row__label'>{label}</Text>
        <View className='change-row__segments'>
          {segments.map((segment, index) => (
            <Segment key={index} segment={segment} />
          ))}
        </View>
      </View>
    );
  }
  if (isShort(before) && isShort(after)) {
    return (
      <View className='change-row'>
        <Text className='change-row__label'>{label}</Text>
        <Text className='change-row__inline'>
          <Text className='change-row__before'>{shown(before)}</Text>
          {' → '}
          <Text className='change-row__after'>{shown(after)}</Text>
        </Text>
      </View>
    );
  }
  return (
    <View className='change-row'>
      <Text className='change-row__label'>{label}</Text>
      <View className='change-row__block change-row__block--before'>
        <Text className='change-row__block-label'>修改前</Text>
        <ClampedText text={shown(before)} />
      </View>
      <View className='change-row__block change-row__block--after'>
        <Text className='change-row__block-label'>修改后</Text>
        <ClampedText text={shown(after)} />
      </View>
    </View>
  );
}
