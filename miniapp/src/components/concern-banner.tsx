import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { OpenConcernBanner } from '@sunshine/shared';
import { concernUrl } from '../page-urls';
import { listOpenMajorConcerns } from '../services/concerns';
import './concern-banner.scss';

/**
 * 「重大关切：…」 while a major concern is open, on the home page and the list pages. `ready`: the
 * page's first screen has loaded. Only then is the banner read, so the first screen keeps its one
 * request (docs/performance.md); the answer is kept a minute in memory, so moving between the
 * list pages costs nothing, and a page shown again reads it again only once that minute is over.
 */
export function ConcernBanner({ ready }: { ready: boolean }) {
  const [banners, setBanners] = useState<OpenConcernBanner[]>([]);
  const [shown, setShown] = useState(0);
  useDidShow(() => setShown((count) => count + 1));

  useEffect(() => {
    if (!ready) return undefined;
    let live = true;
    // A banner that cannot be read is left out: it never stands in the way of the page.
    listOpenMajorConcerns().then(
      (open) => live && setBanners(open),
      () => undefined,
    );
    return () => void (live = false);
  }, [ready, shown]);

  if (banners.length === 0) return null;
  return (
    <View className='concern-banner'>
      {banners.map((banner) => (
        <View
          key={banner.id}
          className='concern-banner__item'
          hoverClass='concern-banner__item--pressed'
          ariaRole='link'
          onClick={() => void Taro.navigateTo({ url: concernUrl(banner.id) })}
        >
          <Text className='concern-banner__text'>重大关切：{banner.title}</Text>
          <Text className='concern-banner__more'>查看 ›</Text>
        </View>
      ))}
    </View>
  );
}
