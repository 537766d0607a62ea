import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CATEGORY_DESCRIPTIONS, CATEGORY_LABELS, DISCLOSURE_CATEGORIES } from '@sunshine/shared';
import { catalogueUrl } from '../page-urls';
import './category-grid.scss';

/** The five disclosure categories ("五公开"), each opening its own list. */
export function CategoryGrid() {
  return (
    <View className='category-grid'>
      {DISCLOSURE_CATEGORIES.map((category) => (
        <View
          key={category}
          className={`category-grid__item category-grid__item--${category}`}
          hoverClass='category-grid__item--pressed'
          onClick={() =>
            Taro.navigateTo({
              url: catalogueUrl({ kind: 'interpretation', facet: 'category', value: category }),
            })
          }
        >
          <Text className='category-grid__label'>{CATEGORY_LABELS[category]}</Text>
          <Text className='category-grid__description'>{CATEGORY_DESCRIPTIONS[category]}</Text>
        </View>
      ))}
    </View>
  );
}
