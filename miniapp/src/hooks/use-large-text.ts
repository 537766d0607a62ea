import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { readLargeText, saveLargeText } from '../services/preferences';

/**
 * Whether large-text mode is on, and a switch for it. Read again each time a page shows, so a
 * change on one page holds on the pages behind it when the resident goes back.
 */
export function useLargeText() {
  const [on, setOn] = useState(readLargeText);
  useDidShow(() => setOn(readLargeText()));
  const toggle = () => {
    saveLargeText(!on);
    setOn(!on);
  };
  /** Append to a page's root class. */
  const pageClass = on ? ' large-text' : '';
  return { on, toggle, pageClass };
}
