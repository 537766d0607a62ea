import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { KIND_LABELS, type ContentView } from '@sunshine/shared';
import { ContentBody } from '../../components/content-body';
import { ContentCard } from '../../components/content-card';
import { ConsultationPanel } from '../../components/consultation/consultation-panel';
import { DemoBadge } from '../../components/demo-badge';
import { DocumentReferences } from '../../components/document-references';
import { GuideRating } from '../../components/guide-rating';
import { HelpfulVote } from '../../components/helpful-vote';
import { PageState } from '../../components/page-state';
import { useRemote } from '../../hooks/use-remote';
import { formatDate } from '../../services/format';
import { getContent } from '../../services/content';
import { useLargeText } from '../../hooks/use-large-text';
import { detailUrl } from '../../page-urls';
import { CopyLink } from '../../components/copy-link';
import { titled, useShare } from '../../hooks/use-share';
import './detail.scss';
import { usePageParams } from '../../hooks/use-page-params';

/** One published item of any kind, with the documents it rests on and what refers to it. */
export default function ContentDetail() {
  const largeText = useLargeText();
  const id = usePageParams().id ?? '';
  const remote = useRemote(() => getContent(id), [id]);
  const view = remote.data;
  useEffect(() => {
    if (view) void Taro.setNavigationBarTitle({ title: KIND_LABELS[view.item.kind] });
  }, [view]);
  // Residents forward items to family and neighbours: the item itself, under its own title.
  const share = useShare({ title: view?.item.title ?? titled('政务公开'), path: detailUrl(id) });
  return (
    <View className={`content-detail${largeText.pageClass}`}>
      <PageState loading={remote.loading} error={remote.error} onRetry={remote.reload}>
        {view && <Published view={view} />}
      </PageState>
      <CopyLink path={share.path} />
    </View>
  );
}

/** Cards of the items linked to this one, under a heading with their count. */
function CardSection({ title, cards }: { title: string; cards: ContentView['related'] }) {
  if (cards.length === 0) return null;
  return (
    <View className='content-detail__related'>
      <Text className='content-detail__related-title'>
        {title}（{cards.length}）
      </Text>
      {cards.map((card) => (
        <ContentCard key={card.id} item={card} showKind />
      ))}
    </View>
  );
}

/** The catalogue's particulars (政府信息公开目录): the 索引号, and the date of making where there is one. */
function indexLine(item: ContentView['item']): string {
  const made = item.kind === 'document' ? `\u3000成文日期：${item.issuedAt}` : '';
  return `索引号：${item.indexNumber ?? ''}${made}`;
}

function Published({ view }: { view: ContentView }) {
  const { item, documents, guides, related, helpful, rating, consultation } = view;
  const references = documents.length > 0 && (
    <DocumentReferences
      documents={documents}
      label={item.kind === 'interpretation' ? '解读文件' : '依据文件'}
    />
  );
  return (
    <>
      <ContentBody
        content={item}
        id={item.id}
        badges={item.demo && <DemoBadge />}
        byline={
          <>
            {item.indexNumber && <Text className='content-body__byline'>{indexLine(item)}</Text>}
            <Text className='content-body__byline'>发布日期：{formatDate(item.publishedAt)}</Text>
          </>
        }
        document={item.kind === 'interpretation' ? references || undefined : undefined}
      />
      {item.kind !== 'interpretation' && references}
      {helpful && <HelpfulVote id={item.id} counts={helpful} />}
      {rating && <GuideRating id={item.id} summary={rating} />}
      {item.kind === 'consultation' && consultation && (
        <ConsultationPanel consultation={item} status={consultation} />
      )}
      {/* A guide that left the catalogue is not offered to open. */}
      <CardSection
        title='相关办事指南'
        cards={guides.filter(
          (card): card is Exclude<typeof card, { withdrawn: true }> => !card.withdrawn,
        )}
      />
      <CardSection
        title={item.kind === 'guide' ? '相关政策问答' : '相关解读与问答'}
        cards={related}
      />
    </>
  );
}
