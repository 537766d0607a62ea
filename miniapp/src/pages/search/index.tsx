import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import {
  CATEGORY_LABELS,
  SEARCH_TYPE_LABELS,
  SEARCH_TYPES,
  type SearchHit,
  type SearchType,
} from '@sunshine/shared';
import { ChipRow } from '../../components/chip-row';
import { ConcernBanner } from '../../components/concern-banner';
import { Highlighted } from '../../components/highlighted';
import { looksLikeQuestion, QaSuggestions } from '../../components/qa-suggestions';
import { PageState } from '../../components/page-state';
import type { ApiError } from '../../services/api-error';
import { asApiError } from '../../hooks/use-remote';
import { searchContent } from '../../services/search';
import { useLargeText } from '../../hooks/use-large-text';
import { detailUrl, searchUrl } from '../../page-urls';
import { CopyLink } from '../../components/copy-link';
import { titled, useShare } from '../../hooks/use-share';
import './index.scss';
import { usePageParams } from '../../hooks/use-page-params';

/** Typing pauses this long before the search runs, so each keystroke is not a request. */
const TYPING_PAUSE_MS = 300;

/** Search the published library by a few words; results update as one types. */
export default function Search() {
  const largeText = useLargeText();
  const params = usePageParams();
  const [query, setQuery] = useState(() => params.q ?? '');
  const [type, setType] = useState<SearchType | undefined>();
  const [hits, setHits] = useState<SearchHit[]>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError>();
  // The words typed so far: a shared search opens with them and runs again.
  const words = query.trim();
  const share = useShare({
    title: titled(words ? `搜索「${words}」` : '搜索政策文件、解读、问答'),
    path: searchUrl(words),
  });

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setHits(undefined);
      setError(undefined);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setLoading(true);
      searchContent(q, { type })
        .then((result) => current && (setHits(result.hits), setError(undefined)))
        .catch((caught) => current && setError(asApiError(caught)))
        .finally(() => current && setLoading(false));
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, type]);

  // A question gets the Q&A that may answer it first, then everything else.
  const answers =
    hits && looksLikeQuestion(query) ? hits.filter((hit) => hit.type === 'qa').slice(0, 3) : [];
  const rest = hits?.filter((hit) => !answers.includes(hit));
  return (
    <View className={`search${largeText.pageClass}`}>
      <View className='search__bar'>
        <Input
          className='search__input'
          value={query}
          focus
          confirmType='search'
          maxlength={50}
          placeholder='输入关键词，如：舆情回应、户籍'
          onInput={(event) => setQuery(event.detail.value)}
        />
      </View>
      <ChipRow
        small
        chips={[
          { key: undefined as SearchType | undefined, label: '全部' },
          ...SEARCH_TYPES.map((key) => ({
            key: key as SearchType | undefined,
            label: SEARCH_TYPE_LABELS[key],
          })),
        ]}
        active={type}
        onPick={setType}
      />
      {/* Its first screen is the search box alone, so the banner may be read at once. */}
      <ConcernBanner ready />
      {!query.trim() ? (
        <Text className='search__hint'>
          可搜索政策文件、政策解读、政策问答和权威发布，支持繁体字。
        </Text>
      ) : (
        <PageState
          loading={loading && !hits}
          error={error}
          empty={hits?.length === 0}
          emptyText={`没有找到与「${query.trim()}」相关的内容`}
        >
          <QaSuggestions hits={answers} />
          {rest?.map((hit) => (
            <View
              key={`${hit.id}-${hit.qaIndex ?? ''}`}
              className='search__hit'
              hoverClass='search__hit--pressed'
              onClick={() => Taro.navigateTo({ url: detailUrl(hit.id) })}
            >
              <View className='search__tags'>
                <Text className='search__tag'>{SEARCH_TYPE_LABELS[hit.type]}</Text>
                <Text className='search__tag search__tag--plain'>
                  {CATEGORY_LABELS[hit.category]}
                </Text>
              </View>
              <Highlighted
                className='search__title'
                text={hit.type === 'qa' ? `问：${hit.title}` : hit.title}
                ranges={
                  hit.type === 'qa'
                    ? hit.titleHighlights.map(([a, b]) => [a + 2, b + 2])
                    : hit.titleHighlights
                }
              />
              <Highlighted
                className='search__snippet'
                text={hit.snippet}
                ranges={hit.snippetHighlights}
              />
            </View>
          ))}
        </PageState>
      )}
      <CopyLink path={share.path} />
    </View>
  );
}
