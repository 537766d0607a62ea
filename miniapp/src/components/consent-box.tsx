import { Text, View } from '@tarojs/components';
import './consent-box.scss';

/** The privacy consent a resident ticks before sending anything personal: what is kept, who sees it. */
export function ConsentBox({
  checked,
  text,
  problem,
  onChange,
}: {
  checked: boolean;
  text: string;
  problem?: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <>
      <View
        className='consent-box'
        ariaRole='checkbox'
        aria-checked={checked}
        onClick={() => onChange(!checked)}
      >
        <Text className={`consent-box__box${checked ? ' consent-box__box--checked' : ''}`}>
          {checked ? '✓' : ''}
        </Text>
        <Text className='consent-box__text'>{text}</Text>
      </View>
      {problem && <Text className='consent-box__problem'>{problem}</Text>}
    </>
  );
}
