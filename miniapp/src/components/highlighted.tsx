import { Text } from '@tarojs/components';

/** Text with the [start, end) ranges that matched a search marked. */
export function Highlighted({
  text,
  ranges,
  className,
}: {
  text: string;
  ranges: Array<[number, number]>;
  className?: string;
}) {
  const parts: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return (
    <Text className={className}>
      {parts.map((part, index) => (
        <Text key={index} className={part.hit ? 'search-hit' : undefined}>
          {part.text}
        </Text>
      ))}
    </Text>
  );
}
