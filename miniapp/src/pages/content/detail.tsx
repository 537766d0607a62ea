import { Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useEffect } from 'react';
import { KIND_LABELS, type ContentView } from '@sunshine/shared';
import { ContentBody } from '../../components/content-body';
import { ContentCard, detailUrl } from '../../components/content-card';
import { DemoBadge } from '../../components/demo-badge';
import { DocumentReferences } from '../../components/document-references';
import { GuideRating } from '../../components/guide-rating';
import { HelpfulVote } from '../../components/helpful-vote';
import { PageState } from '../../components/page-state';
import { useRemote } from '../../hooks/use-remote';
import { formatDate } from '../../services/format';
import { getContent } from '../../services/content';
import { useLargeText } from '../../hooks/use-large-text';
import './detail.scss';

/** One published item of any kind, with the documents it rests on and what refers to it. */
export default function ContentDetail() {
  const largeText = useLargeText();
  const id = useRouter().params.id ?? '';
  const remote = useRemote(() => getContent(id), [id]);
  const view = remote.data;
  useEffect(() => {
    if (view) void Taro.setNavigationBarTitle({ title: KIND_LABELS[view.item.kind] });
  }, [view]);
  // Residents forward items to family and neighbours: share the page itself.
  useShareAppMessage(() => ({ title: view?.item.title ?? '阳光政务', path: detailUrl(id) }));
  return (
    <View className={`content-detail${largeText.pageClass}`}>
      <PageState loading={remote.loading} error={remote.error} onRetry={remote.reload}>
        {view && <Published view={view} />}
      </PageState>
    </View>
  );
}

function Published({ view }: { view: ContentView }) {
  const { item, documents, related, helpful, rating } = view;
  const references = documents.length > 0 && <DocumentReferences documents={documents} label={item.kind === 'interpretation' ? '解读文件' : '依据文件'} />;
  return (
    <>
      <ContentBody
        content={item}
        id={item.id}
        badges={item.demo && <DemoBadge />}
        byline={<Text className='content-body__byline'>发布日期：{formatDate(item.publishedAt)}</Text>}
        document={item.kind === 'interpretation' ? references || undefined : undefined}
      />
      {item.kind !== 'interpretation' && references}
      {helpful && <HelpfulVote id={item.id} counts={helpful} />}
      {rating && <GuideRating id={item.id} summary={rating} />}
      {related.length > 0 && (
        <View className='content-detail__related'>
          <Text className='content-detail__related-title'>相关解读与问答（{related.length}）</Text>
          {related.map((card) => (
            <ContentCard key={card.id} item={card} showKind />
          ))}
        </View>
      )}
    </>
  );
}
