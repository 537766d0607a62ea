import { Text, View } from '@tarojs/components';
import type { ImportMode } from '@sunshine/shared';

const CHOICES: ReadonlyArray<{ mode: ImportMode; label: string; description: string }> = [
  { mode: 'all', label: '全部有效才导入', description: '有一行有误就一行也不导入，改好后再导入' },
  { mode: 'valid_only', label: '只导入有效的行', description: '有误的行跳过，其余照常导入' },
];

interface Props {
  value: ImportMode;
  disabled?: boolean;
  onChange: (mode: ImportMode) => void;
}

/** All or nothing, or only the valid rows: two large radio chips, each saying what it means. */
export function ModeChoice({ value, disabled, onChange }: Props) {
  return (
    <View className='guide-import__modes' role='radiogroup'>
      {CHOICES.map((choice) => {
        const checked = choice.mode === value;
        return (
          <View
            key={choice.mode}
            className={`guide-import__mode${checked ? ' guide-import__mode--checked' : ''}`}
            role='radio'
            aria-checked={checked}
            aria-disabled={disabled ? true : undefined}
            onClick={() => {
              if (!disabled) onChange(choice.mode);
            }}
          >
            <Text className='guide-import__mode-label'>
              {checked ? '● ' : '○ '}
              {choice.label}
            </Text>
            <Text className='guide-import__mode-description'>{choice.description}</Text>
          </View>
        );
      })}
    </View>
  );
}
