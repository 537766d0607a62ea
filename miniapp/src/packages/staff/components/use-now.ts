import { useEffect, useState } from 'react';

/** The time now, renewed every `everyMs` while the component is shown: clocks count down on screen. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
