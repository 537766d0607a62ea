import { Audio, Image, Text, Video, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MediaItem } from '@sunshine/shared';
import './media-gallery.scss';

/**
 * An interpretation's graphics, audio and video. Every image carries its description: as `alt`
 * in the H5 build and `aria-label` in WeChat, so a screen reader says what the graphic shows;
 * a tap opens it full screen for reading the small print.
 */
export function MediaGallery({ media }: { media: MediaItem[] }) {
  const images = media.filter((item) => item.kind === 'image').map((item) => item.url);
  return (
    <View className='media-gallery'>
      {media.map((item, index) => {
        if (item.kind === 'image') {
          return (
            <View key={index} className='media-gallery__item'>
              <Image
                className='media-gallery__image'
                src={item.url}
                mode='widthFix'
                ariaLabel={item.alt}
                nativeProps={{ alt: item.alt }}
                onClick={() => void Taro.previewImage({ current: item.url, urls: images })}
              />
              <Text className='media-gallery__caption'>{item.alt}</Text>
            </View>
          );
        }
        return (
          <View key={index} className='media-gallery__item'>
            <Text className='media-gallery__caption'>{item.title}</Text>
            {item.kind === 'video' ? (
              <Video
                className='media-gallery__video'
                src={item.url}
                controls
                title={item.title}
                nativeProps={{ 'aria-label': item.title }}
              />
            ) : (
              <Audio
                className='media-gallery__audio'
                src={item.url}
                controls
                name={item.title}
                author=''
                poster=''
                nativeProps={{ 'aria-label': item.title }}
              />
            )}
          </View>
        );
      })}
    </View>
  );
}
