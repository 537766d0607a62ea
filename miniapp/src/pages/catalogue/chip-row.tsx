import { ScrollView, Text, View } from '@tarojs/components';

interface Chip<K> {
  key: K;
  label: string;
}

/** A row of choices that scrolls sideways; the chosen one is filled. */
export function ChipRow<K>({ chips, active, onPick, small = false }: { chips: Chip<K>[]; active: K; onPick: (key: K) => void; small?: boolean }) {
  return (
    <ScrollView className={`catalogue__tabs${small ? ' catalogue__tabs--small' : ''}`} scrollX enableFlex>
      {chips.map((chip) => (
        <View
          key={chip.label}
          className={`catalogue__tab${chip.key === active ? ' catalogue__tab--active' : ''}`}
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
