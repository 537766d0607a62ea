import { Text, View } from '@tarojs/components';
import type { DiffSegment, FieldChange } from '@sunshine/shared';
import { ClampedText } from '../../components/clamped-text';

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
      <Text className='revisions__seg revisions__seg--skipped'>
        {`……未改动 ${segment.sentences} 句……`}
      </Text>
    );
  if (segment.op === 'same')
    return <Text className='revisions__seg revisions__seg--same'>{segment.text}</Text>;
  const added = segment.op === 'added';
  return (
    <Text className={`revisions__seg revisions__seg--${segment.op}`}>
      <Text className={`revisions__mark revisions__mark--${segment.op}`}>
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
      <View className='revisions__change'>
        <Text className='revisions__label'>{label}</Text>
        <View className='revisions__segments'>
          {segments.map((segment, index) => (
            <Segment key={index} segment={segment} />
          ))}
        </View>
      </View>
    );
  }
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
