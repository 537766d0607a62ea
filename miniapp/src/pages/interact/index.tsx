import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { chinaDate, type ContentCard as Card } from '@sunshine/shared';
import { ContentCard } from '../../components/content-card';
import { CopyLink } from '../../components/copy-link';
import { EntryList } from '../../components/entry-list';
import { PageState } from '../../components/page-state';
import { useLargeText } from '../../hooks/use-large-text';
import { useRemote } from '../../hooks/use-remote';
import { titled, useShare } from '../../hooks/use-share';
import {
  APPLY_URL,
  ASK_URL,
  catalogueUrl,
  DISCLOSURE_GUIDE_URL,
  INTERACT_URL,
  NEGATIVE_LIST_URL,
} from '../../page-urls';
import { listContent } from '../../services/content';
import { openPage } from '../../services/navigation';
import './index.scss';

// The consultations newest first, a page at a time: a bureau runs a few a year, so one page is
// usually all of them. No access pattern lists the open ones alone, and one published long ago
// may still be open (a period has no upper bound), so further pages are read, up to
// CONSULTATION_PAGES (60 consultations: many years of a bureau's), before none is said to be open.
const CONSULTATIONS_READ = 20;
export const CONSULTATION_PAGES = 3;

/** Whether a consultation takes comments today (China's date: its period is in China's days). */
export const openForComment = (card: Card, today = chinaDate(new Date())) =>
  !!card.opensOn && !!card.closesOn && card.opensOn <= today && today <= card.closesOn;

const ASKING = [
  { title: '我要留言', hint: '向分局咨询政策、办事问题，答复后可在“我的留言”查看', url: ASK_URL },
];

const DISCLOSURE = [
  { title: '申请信息公开', hint: '依申请公开：网上提交，进度随时可查', url: APPLY_URL },
  {
    title: '政府信息公开指南',
    hint: '如何获取信息、向谁申请、收费与救济途径',
    url: DISCLOSURE_GUIDE_URL,
  },
  { title: '负面清单', hint: '不予公开的事项及其依据', url: NEGATIVE_LIST_URL },
];

/** The consultations open today, from the newest pages (at most CONSULTATION_PAGES requests). */
async function openConsultations(): Promise<Card[]> {
  const today = chinaDate(new Date());
  const open: Card[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < CONSULTATION_PAGES; page += 1) {
    const { items, nextCursor } = await listContent({
      kind: 'consultation',
      limit: CONSULTATIONS_READ,
      ...(cursor ? { cursor } : {}),
    });
    open.push(...items.filter((card) => openForComment(card, today)));
    if (!nextCursor) break;
    cursor = nextCursor;
  }
  return open;
}

/**
 * 互动 (a tab): the drafts open for comment now (征求意见), asking staff, applying for information
 * and how to. The consultations are one request (a few more pages only for a bureau with more than
twenty); the entries none.
 */
export default function Interact() {
  const largeText = useLargeText();
  const share = useShare({ title: titled('政民互动'), path: INTERACT_URL });
  const consultations = useRemote(openConsultations, []);
  usePullDownRefresh(() => {
    consultations.reload();
    Taro.stopPullDownRefresh();
  });
  const open = consultations.data ?? [];
  return (
    <View className={`interact${largeText.pageClass}`}>
      <View className='interact__header'>
        <Text className='interact__title'>正在征求意见</Text>
        <View
          className='interact__more'
          ariaRole='link'
          onClick={() => void openPage(catalogueUrl({ kind: 'consultation' }))}
        >
          <Text>全部征求意见</Text>
        </View>
      </View>
      <PageState
        loading={consultations.loading}
        error={consultations.error}
        empty={open.length === 0}
        emptyText='目前没有正在征求意见的草案'
        onRetry={consultations.reload}
      >
        {open.map((card) => (
          <ContentCard key={card.id} item={card} />
        ))}
      </PageState>
      <EntryList title='留言咨询' entries={ASKING} />
      <EntryList title='信息公开' entries={DISCLOSURE} />
      <CopyLink path={share.path} />
    </View>
  );
}
