import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';

/**
 * Counts the times the page came back into view (0 on first show), for use in `useRemote` deps:
 * data reloads when the user returns from a page that may have changed it.
 */
export function useShowCount(): number {
  const [count, setCount] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setCount((previous) => previous + 1);
    shown.current = true;
  });
  return count;
}
