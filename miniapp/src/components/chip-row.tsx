import { ScrollView, Text, View } from '@tarojs/components';
import './chip-row.scss';

interface Chip<K> {
  key: K;
  label: string;
}

/** A row of choices that scrolls sideways; the chosen one is filled. */
export function ChipRow<K>({
  chips,
  active,
  onPick,
  small = false,
}: {
  chips: Chip<K>[];
  active: K;
  onPick: (key: K) => void;
  small?: boolean;
}) {
  return (
    <ScrollView className={`chip-row${small ? ' chip-row--small' : ''}`} scrollX enableFlex>
      {chips.map((chip) => (
        <View
          key={chip.label}
          className={`chip-row__chip${chip.key === active ? ' chip-row__chip--active' : ''}`}
          ariaRole='button'
          ariaLabel={chip.label}
          onClick={() => onPick(chip.key)}
        >
          <Text>{chip.label}</Text>
        </View>
      ))}
    </ScrollView>
  );
}
