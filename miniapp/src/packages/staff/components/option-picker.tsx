import { Picker, Text, View } from '@tarojs/components';
import './form-field.scss';

interface Props<T extends string> {
  options: readonly T[];
  labels: Record<T, string>;
  value?: T;
  placeholder: string;
  disabled?: boolean;
  onChange: (value: T) => void;
}

/** A selector picker over a list of keys shown by their labels, styled as a form field's input. */
export function OptionPicker<T extends string>({
  options,
  labels,
  value,
  placeholder,
  disabled,
  onChange,
}: Props<T>) {
  const index = value === undefined ? -1 : options.indexOf(value);
  return (
    <Picker
      mode='selector'
      range={options.map((option) => labels[option])}
      value={Math.max(index, 0)}
      disabled={disabled}
      onChange={(event) => {
        const picked = options[Number(event.detail.value)];
        if (picked !== undefined) onChange(picked);
      }}
    >
      <View className='form-field__picker'>
        <Text className={value === undefined ? 'form-field__picker-placeholder' : ''}>
          {value === undefined ? placeholder : labels[value]}
        </Text>
        <Text className='form-field__picker-arrow'>选择 ›</Text>
      </View>
    </Picker>
  );
}
