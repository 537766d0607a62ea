import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './copy-link.scss';

/**
 * The H5 twin's address of a resident page: the document's own address before the hash, the
 * page's path and query after it (hash routing, see config/index.ts).
 */
export function h5Link(path: string, here: string = window.location.href): string {
  return `${here.split('#')[0]}#${path}`;
}

/**
 * 复制链接, in the H5 twin only: a browser has no capsule menu to share from. The link is the
 * page's shared path (useShare), so it reopens what is on screen now, the words typed included.
 */
export function CopyLink({ path }: { path: string }) {
  if (process.env.TARO_ENV !== 'h5') return null;
  const copy = () =>
    Taro.setClipboardData({ data: h5Link(path) }).then(
      () => Taro.showToast({ title: '链接已复制', icon: 'none' }),
      // A browser that refuses programmatic copying: the address bar holds the same link.
      () => Taro.showToast({ title: '复制失败，请复制浏览器地址栏中的链接', icon: 'none' }),
    );
  return (
    <View className='copy-link'>
      <View className='copy-link__action' ariaRole='button' onClick={() => void copy()}>
        <Text>复制链接</Text>
      </View>
    </View>
  );
}
