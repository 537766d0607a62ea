import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { SearchHit } from '@sunshine/shared';
import { detailUrl } from '../page-urls';
import { Highlighted } from './highlighted';
import './qa-suggestions.scss';

/** Typed text reads as a question in Chinese: a question mark, or the words questions are made of. */
export const looksLikeQuestion = (text: string) =>
  /[?？]\s*$|吗|呢|怎么|怎样|如何|哪里|哪儿|哪些|多少|多久|几天|能不能|可不可以|是否|什么|为什么/.test(
    text,
  );

/** Answers first: while a resident types a question, the policy Q&A that may already answer it. */
export function QaSuggestions({ hits }: { hits: SearchHit[] }) {
  if (hits.length === 0) return null;
  return (
    <View className='qa-suggestions' ariaRole='region' ariaLabel='可能解答您问题的问答'>
      <Text className='qa-suggestions__title'>这些问答也许能解答您的问题</Text>
      {hits.map((hit) => (
        <View
          key={`${hit.id}-${hit.qaIndex ?? ''}`}
          className='qa-suggestions__item'
          hoverClass='qa-suggestions__item--pressed'
          onClick={() => Taro.navigateTo({ url: detailUrl(hit.id) })}
        >
          <Highlighted
            className='qa-suggestions__question'
            text={`问：${hit.title}`}
            ranges={hit.titleHighlights.map(([a, b]) => [a + 2, b + 2])}
          />
          <Highlighted
            className='qa-suggestions__answer'
            text={`答：${hit.snippet}`}
            ranges={hit.snippetHighlights.map(([a, b]) => [a + 2, b + 2])}
          />
        </View>
      ))}
    </View>
  );
}
