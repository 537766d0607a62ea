import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type { StaffComment } from '@sunshine/shared';
import { ChipRow } from '../../../../components/chip-row';
import { ReportView } from '../../../../components/consultation/consultation-report';
import { useRemote } from '../../../../hooks/use-remote';
import { listContent, getContent } from '../../../../services/content';
import {
  exportConsultationComments,
  listConsultationComments,
} from '../../../../services/consultations';
import { ActionButton } from '../../components/action-button';
import { ExportedFilePanel, useExportFile } from '../../components/export-file';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { consultationUrl } from '../../../../page-urls';
import { CommentCard } from './comment-card';
import { FILTERS, type Filter, matches } from './filters';
import { ReportForm } from './report-form';
import './index.scss';
import { usePageParams } from '../../../../hooks/use-page-params';

/** Staff handle residents' comments: a list of consultations, or one consultation's comments (`?id=`). */
export default function StaffConsultation() {
  const id = usePageParams().id;
  return (
    <View className='staff-consultation'>{id ? <Comments id={id} /> : <Consultations />}</View>
  );
}

function Consultations() {
  const list = useRemote(() => listContent({ kind: 'consultation', limit: 50 }), []);
  const items = list.data?.items ?? [];
  return (
    <StaffPageState
      loading={list.loading}
      error={list.error}
      empty={items.length === 0}
      emptyText='暂无已发布的征求意见'
      onRetry={list.reload}
    >
      {items.map((card) => (
        <View
          key={card.id}
          ariaRole='link'
          onClick={() => void Taro.navigateTo({ url: consultationUrl(card.id) })}
        >
          <StaffCard title={card.title}>
            <Text className='staff-consultation__meta'>
              {card.opensOn} 至 {card.closesOn} · 点击处理意见 ›
            </Text>
          </StaffCard>
        </View>
      ))}
    </StaffPageState>
  );
}

function Comments({ id }: { id: string }) {
  const consultation = useRemote(() => getContent(id), [id]);
  const first = useRemote(() => listConsultationComments(id), [id]);
  const [more, setMore] = useState<{ items: StaffComment[]; nextCursor?: string }>();
  // A comment handled here replaces its old state in place: no reload that would clear other drafts.
  const [changed, setChanged] = useState<Record<string, StaffComment>>({});
  const [filter, setFilter] = useState<Filter>('waiting');
  const {
    start: startExport,
    running: exporting,
    failure: exportFailure,
    file: exported,
  } = useExportFile();
  usePullDownRefresh(() => {
    consultation.reload();
    first.reload();
    setMore(undefined);
    setChanged({});
    Taro.stopPullDownRefresh();
  });
  const all = [...(first.data?.items ?? []), ...(more?.items ?? [])].map(
    (comment) => changed[comment.id] ?? comment,
  );
  const cursor = more ? more.nextCursor : first.data?.nextCursor;
  const loadMore = async () => {
    if (!cursor) return;
    const page = await listConsultationComments(id, cursor);
    setMore({ items: [...(more?.items ?? []), ...page.items], nextCursor: page.nextCursor });
  };
  const status = consultation.data?.consultation;
  const shown = all.filter((comment) => matches(filter, comment));
  const onChanged = (comment: StaffComment) =>
    setChanged((previous) => ({ ...previous, [comment.id]: comment }));
  return (
    <>
      {consultation.data && (
        <StaffCard title={consultation.data.item.title}>
          {status && (
            <Text className='staff-consultation__meta'>
              {status.phase === 'open'
                ? '征求意见中'
                : status.phase === 'closed'
                  ? '已截止'
                  : '尚未开始'}{' '}
              · 收到 {status.received} 条 · 已公开 {status.published} 条
            </Text>
          )}
          {exportFailure && <Notice tone='error'>{exportFailure}</Notice>}
          <ActionButton
            variant='secondary'
            busy={Boolean(exporting)}
            onClick={() => void startExport(() => exportConsultationComments(id))}
          >
            导出全部意见（CSV）
          </ActionButton>
          {exported && <ExportedFilePanel file={exported} />}
        </StaffCard>
      )}
      {status?.report && <ReportView report={status.report} />}
      {status && status.phase === 'closed' && !status.report && (
        <ReportForm id={id} onPublished={consultation.reload} />
      )}
      <ChipRow
        chips={FILTERS.map((key) => ({
          key,
          label: `${FILTER_LABELS[key]}（${all.filter((comment) => matches(key, comment)).length}）`,
        }))}
        active={filter}
        onPick={setFilter}
        small
      />
      <StaffPageState
        loading={first.loading && !first.data}
        error={first.error}
        empty={shown.length === 0}
        emptyText='没有需要处理的意见'
        onRetry={first.reload}
      >
        {shown.map((comment) => (
          <CommentCard
            key={comment.id}
            consultationId={id}
            comment={comment}
            reported={Boolean(status?.report)}
            onChanged={onChanged}
          />
        ))}
      </StaffPageState>
      {cursor && (
        <Text className='staff-consultation__more' onClick={() => void loadMore()}>
          加载更多意见
        </Text>
      )}
    </>
  );
}

const FILTER_LABELS: Record<Filter, string> = {
  waiting: '待审核',
  undecided: '待记录采纳',
  all: '全部',
};
