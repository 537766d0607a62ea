import { Text, View } from '@tarojs/components';
import { useLargeText } from '../hooks/use-large-text';
import './large-text-switch.scss';

interface Props {
  /** `banner`: white on the blue banner (home); `row`: a row on a white card (我的). */
  tone?: 'banner' | 'row';
}

/**
 * The 大字模式 switch (适老化). Drop it on any page: the page's own useLargeText follows a tap at
 * once, and so does every page behind it. Its label says what a tap does.
 */
export function LargeTextSwitch({ tone = 'banner' }: Props) {
  const largeText = useLargeText();
  return (
    <View
      className={`large-text-switch large-text-switch--${tone}`}
      ariaRole='switch'
      aria-checked={largeText.on}
      ariaLabel='大字模式'
      onClick={largeText.toggle}
    >
      {tone === 'row' && <Text className='large-text-switch__label'>大字模式</Text>}
      <Text className='large-text-switch__state'>
        {tone === 'row'
          ? largeText.on
            ? '已开启'
            : '已关闭'
          : largeText.on
            ? '标准字号'
            : '大字模式'}
      </Text>
    </View>
  );
}
