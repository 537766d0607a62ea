import { Text, View } from '@tarojs/components';

interface Props {
  title: string;
  disabled: boolean;
  onRemove: () => void;
  /** Only for lists whose order means something, and not on the first entry. */
  onMoveUp?: () => void;
}

/** The heading of one entry of a list the editor grows, with its own remove (and move) actions. */
export function EntryHeader({ title, disabled, onRemove, onMoveUp }: Props) {
  return (
    <View className='draft-editor__entry-header'>
      <Text className='draft-editor__entry-title'>{title}</Text>
      {!disabled && (
        <View className='draft-editor__entry-actions'>
          {onMoveUp && (
            <Text className='draft-editor__entry-move' onClick={onMoveUp}>
              上移
            </Text>
          )}
          <Text className='draft-editor__entry-remove' onClick={onRemove}>
            删除
          </Text>
        </View>
      )}
    </View>
  );
}
