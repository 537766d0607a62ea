import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { onLargeTextChange, readLargeText, saveLargeText } from '../services/preferences';

/**
 * Whether large-text mode is on, and a switch for it. Every instance follows a change made
 * anywhere (the switch is its own component), and reads again each time a page shows, so a change
 * on one page holds on the pages behind it when the resident goes back.
 */
export function useLargeText() {
  const [on, setOn] = useState(readLargeText);
  useDidShow(() => setOn(readLargeText()));
  useEffect(() => onLargeTextChange(setOn), []);
  const toggle = () => saveLargeText(!on);
  /** Append to a page's root class: `.large-text` sets the scale every `text()` size follows. */
  const pageClass = on ? ' large-text' : '';
  return { on, toggle, pageClass };
}
