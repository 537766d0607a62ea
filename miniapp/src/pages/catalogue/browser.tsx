import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import {
  CONTENT_KINDS,
  KIND_LABELS,
  topicLabel,
  type ContentKind,
  type SubscriptionTopic,
} from '@sunshine/shared';
import { ConcernBanner } from '../../components/concern-banner';
import { ContentCard } from '../../components/content-card';
import { LoadMoreFooter } from '../../components/load-more-footer';
import { PageState } from '../../components/page-state';
import { SubscribeButton } from '../../components/subscribe-button';
import { usePagedList } from '../../hooks/use-paged-list';
import { listContent } from '../../services/content';
import { ChipRow } from '../../components/chip-row';
import { useTopics } from '../../hooks/use-topics';
import { useOffices } from '../../hooks/use-bureau';
import { defaultFacet, FACET_NAMES, facets, type CatalogueChoice } from './facets';
import { useLargeText } from '../../hooks/use-large-text';
import { catalogueUrl } from '../../page-urls';
import { CopyLink } from '../../components/copy-link';
import { titled, useShare } from '../../hooks/use-share';
import './index.scss';

// Twenty cards fill two screens, so a district's whole guide catalogue of one topic is one request.
const PAGE_SIZE = 20;

/** What a list shares when nothing narrower than its kind is chosen; by default, its catalogue link. */
type SharedWhole = { title: string; path: string };

/**
 * The policy library: documents, interpretations, Q&A and notices, each browsed by disclosure
 * category, office or topic; newest first, pull to refresh, load more. The catalogue page opens it
 * where its link says; the 办事 tab opens it at the guides alone (`kinds`), sharing itself
 * (`whole`) until a topic is chosen.
 */
export function CatalogueBrowser({
  initial,
  kinds = CONTENT_KINDS,
  whole,
}: {
  initial: CatalogueChoice;
  kinds?: readonly ContentKind[];
  whole?: SharedWhole;
}) {
  const largeText = useLargeText();
  const [choice, setChoice] = useState<CatalogueChoice>(initial);
  const { kind, facet, value } = choice;
  const list = usePagedList(
    (cursor) =>
      listContent({ kind, ...(value ? { [facet]: value } : {}), cursor, limit: PAGE_SIZE }),
    [kind, facet, value],
  );

  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    if (list.hasMore && !list.moreError) void list.loadMore();
  });

  // The offices to browse by are the bureau's: read once a session when browsing by office.
  const options = facets(
    useTopics(facet === 'topic'),
    useOffices(facet === 'office' ? 'list' : []),
  );
  const { values, labels } = options[facet];
  const chosen = value ? `「${labels[value] ?? topicLabel(value)}」` : '';
  // The list on screen: its kind and the value chosen, which the shared link opens again.
  const share = useShare(
    whole && !value
      ? whole
      : {
          title: titled(`${chosen}${KIND_LABELS[kind]}`),
          path: catalogueUrl({ kind, facet, value }),
        },
  );
  return (
    <View className={`catalogue${largeText.pageClass}`}>
      <View className='catalogue__filters'>
        {kinds.length > 1 && (
          <ChipRow
            chips={kinds.map((key) => ({ key, label: KIND_LABELS[key] }))}
            active={kind}
            onPick={(next) =>
              setChoice(
                next === 'guide' || kind === 'guide'
                  ? { kind: next, facet: defaultFacet(next) }
                  : { ...choice, kind: next },
              )
            }
          />
        )}
        <ChipRow
          small
          chips={FACET_NAMES.map((key) => ({ key, label: options[key].label }))}
          active={facet}
          onPick={(next) => setChoice({ kind, facet: next })}
        />
        <ChipRow
          small
          chips={[
            { key: undefined as string | undefined, label: '全部' },
            ...values.map((key) => ({ key: key as string | undefined, label: labels[key]! })),
          ]}
          active={value}
          onPick={(next) => setChoice({ ...choice, value: next })}
        />
      </View>

      <ConcernBanner ready={!list.loading} />

      {/* A category, an office or a topic may be followed: every kind filed under it is announced. */}
      {value && (
        <SubscribeButton
          key={`${facet}:${value}`}
          topic={`${facet}:${value}` as SubscriptionTopic}
          name={labels[value] ?? topicLabel(value)}
        />
      )}

      <PageState
        loading={list.loading}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={`${chosen}暂无已发布的${KIND_LABELS[kind]}`}
        onRetry={() => void list.refresh()}
      >
        <View className='catalogue__items'>
          {list.items.map((item) => (
            <ContentCard key={item.id} item={item} />
          ))}
        </View>
        <LoadMoreFooter list={list} />
      </PageState>
      <CopyLink path={share.path} />
    </View>
  );
}
