import { Text, View } from '@tarojs/components';
import { openPage } from '../services/navigation';
import './entry-list.scss';

export interface Entry {
  title: string;
  /** A line under the title: what the entry holds. */
  hint?: string;
  /** An address from page-urls.ts; `openPage` decides how it opens (a tab or a pushed page). */
  url: string;
}

/** A titled group of entries, one row each, the whole row a tap target (the 互动 and 我的 tabs). */
export function EntryList({ title, entries }: { title?: string; entries: readonly Entry[] }) {
  return (
    <View className='entry-list'>
      {title && <Text className='entry-list__title'>{title}</Text>}
      <View className='entry-list__rows'>
        {entries.map((entry) => (
          <View
            key={entry.url}
            className='entry-list__row'
            hoverClass='entry-list__row--pressed'
            ariaRole='link'
            onClick={() => void openPage(entry.url)}
          >
            <View className='entry-list__words'>
              <Text className='entry-list__name'>{entry.title}</Text>
              {entry.hint && <Text className='entry-list__hint'>{entry.hint}</Text>}
            </View>
            <Text className='entry-list__chevron'>›</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
