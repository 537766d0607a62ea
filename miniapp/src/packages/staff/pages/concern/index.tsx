import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import {
  CloseConcernInputSchema,
  CONCERN_ENTRY_KINDS,
  CONCERN_ENTRY_LABELS,
  type ConcernEntryKind,
  type StaffConcernView,
} from '@sunshine/shared';
import { useLargeText } from '../../../../hooks/use-large-text';
import { SubscribeButton } from '../../../../components/subscribe-button';
import { useRemote } from '../../../../hooks/use-remote';
import { closeConcern, getStaffConcern } from '../../../../services/concerns';
import { readSession } from '../../../../services/session';
import { concernNoticeUrl, concernUrl, detailUrl } from '../../../../page-urls';
import { ActionButton } from '../../components/action-button';
import { ConcernClock } from '../../components/concern-clock';
import { ConfirmWithText } from '../../components/confirm-with-text';
import { formatDateTime } from '../../components/format-time';
import { OptionPicker } from '../../components/option-picker';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { useNow } from '../../components/use-now';
import { useShowCount } from '../../components/use-show-count';
import { AssigneesForm } from './assignees-form';
import { PressConferenceForm } from './press-conference-form';
import './index.scss';
import { usePageParams } from '../../../../hooks/use-page-params';

/**
 * One concern for staff: its clocks, its thread, and what to do next: publish the next release
 * (the editor opens a notice attached to it), record the press conference, close it with the
 * statement residents read. Reloads when shown again (back from the editor).
 */
export default function StaffConcern() {
  const { pageClass } = useLargeText();
  const id = usePageParams().id ?? '';
  const shown = useShowCount();
  const remote = useRemote(() => getStaffConcern(id), [id, shown]);
  const [changed, setChanged] = useState<StaffConcernView>();
  usePullDownRefresh(() => {
    setChanged(undefined);
    remote.reload();
    Taro.stopPullDownRefresh();
  });
  const concern = changed?.id === id && !remote.loading ? changed : remote.data;
  return (
    <View className={`staff-concern${pageClass}`}>
      <StaffPageState
        loading={remote.loading && !remote.data}
        error={remote.error}
        onRetry={remote.reload}
      >
        {concern && <ConcernDesk concern={concern} onChanged={setChanged} />}
      </StaffPageState>
    </View>
  );
}

function ConcernDesk({
  concern,
  onChanged,
}: {
  concern: StaffConcernView;
  onChanged: (concern: StaffConcernView) => void;
}) {
  const now = useNow();
  const open = concern.status === 'open';
  const [entry, setEntry] = useState<ConcernEntryKind>(
    concern.entries.length ? 'update' : 'first_release',
  );
  const [closing, setClosing] = useState(false);
  const [reassigning, setReassigning] = useState(false);
  const user = readSession()?.user;
  const userId = user?.userId;
  // Drafts are written by editors; others are told how a release comes to answer the concern.
  const writes = user?.roles.includes('editor') ?? false;
  // Those who act on a concern (responders, reviewers) change who is told of its deadlines.
  const acts = user?.roles.some((role) => role === 'responder' || role === 'reviewer') ?? false;
  const needsPressConference =
    open &&
    concern.clocks.some((clock) => clock.clock === 'press_conference') &&
    !concern.pressConference;

  return (
    <>
      <StaffCard>
        <View className='staff-concern__tags'>
          <Text className={`staff-concern__level staff-concern__level--${concern.level}`}>
            {concern.levelLabel}
          </Text>
          <Text className='staff-concern__status'>{open ? '正在回应' : '已结束'}</Text>
        </View>
        <Text className='staff-concern__title'>{concern.title}</Text>
        {concern.summary && <Text className='staff-concern__summary'>{concern.summary}</Text>}
        <Text className='staff-concern__meta'>
          {concern.officeName} · 发生于 {formatDateTime(concern.arisenAt)} · {concern.openedBy.name}{' '}
          开启于 {formatDateTime(concern.openedAt)}
        </Text>
        <View className='staff-concern__assignees'>
          <Text className='staff-concern__meta'>
            承办人：{concern.assignees.map((assignee) => assignee.name).join('、')}
          </Text>
          {open && acts && !reassigning && (
            <Text className='staff-concern__link' onClick={() => setReassigning(true)}>
              调整承办人 ›
            </Text>
          )}
        </View>
        <View className='staff-concern__clocks'>
          {concern.clocks.map((clock) => (
            <ConcernClock key={clock.clock} clock={clock} arisenAt={concern.arisenAt} now={now} />
          ))}
        </View>
        <Text
          className='staff-concern__link'
          onClick={() => void Taro.navigateTo({ url: concernUrl(concern.id) })}
        >
          查看群众看到的页面 ›
        </Text>
      </StaffCard>

      {open && acts && reassigning && (
        <AssigneesForm
          concern={concern}
          onCancel={() => setReassigning(false)}
          onSaved={(saved) => {
            setReassigning(false);
            onChanged(saved);
            void Taro.showToast({ title: '承办人已调整', icon: 'success' });
          }}
        />
      )}

      <StaffCard title='回应进展'>
        {concern.entries.length === 0 && (
          <Text className='staff-concern__empty'>尚未发布关切信息</Text>
        )}
        {concern.entries.map((each) => (
          <View
            key={each.itemId}
            className='staff-concern__entry'
            onClick={() => void Taro.navigateTo({ url: detailUrl(each.itemId) })}
          >
            <Text className='staff-concern__entry-kind'>{each.entryLabel}</Text>
            <Text className='staff-concern__entry-title'>{each.title}</Text>
            <Text className='staff-concern__meta'>{formatDateTime(each.publishedAt)} 发布</Text>
          </View>
        ))}
        {concern.pressConference && (
          <Text className='staff-concern__meta'>
            新闻发布会：
            {concern.pressConference.held
              ? `${formatDateTime(concern.pressConference.at)} 举行 ${concern.pressConference.link ?? ''}`
              : `未举行（${concern.pressConference.note ?? ''}）`}
          </Text>
        )}
        {concern.statement && (
          <Text className='staff-concern__summary'>
            结束说明（{formatDateTime(concern.closedAt)}）：{concern.statement}
          </Text>
        )}
      </StaffCard>

      {open && !writes && (
        <StaffCard title='发布关切信息'>
          <Text className='staff-concern__hint'>
            权威发布由编辑人员撰写：在编辑器的「关联关切」中选择本关切，审核发布后即列入回应进展，并通知关注者和紧急通告订阅者。
          </Text>
        </StaffCard>
      )}
      {open && writes && (
        <StaffCard title='发布关切信息'>
          <OptionPicker
            options={CONCERN_ENTRY_KINDS}
            labels={CONCERN_ENTRY_LABELS}
            value={entry}
            placeholder='请选择信息类别'
            onChange={setEntry}
          />
          <Text className='staff-concern__hint'>
            在编辑器中撰写权威发布，提交审核；发布后即列入本关切的回应进展，并通知关注者和紧急通告订阅者。
          </Text>
          <ActionButton
            onClick={() => void Taro.navigateTo({ url: concernNoticeUrl(concern.id, entry) })}
          >
            发布关切信息
          </ActionButton>
        </StaffCard>
      )}

      {needsPressConference && (
        <PressConferenceForm concernId={concern.id} onRecorded={onChanged} />
      )}

      {open && (
        <StaffCard title='结束关切'>
          <Text className='staff-concern__hint'>
            结束时写明情况说明（群众可见），并记录各项时限是否按时。
          </Text>
          <ActionButton variant='danger' onClick={() => setClosing(true)}>
            结束关切
          </ActionButton>
        </StaffCard>
      )}

      {open && userId && <SubscribeButton topic={`staff:${userId}`} />}

      {closing && (
        <ConfirmWithText
          title='结束关切'
          schema={CloseConcernInputSchema}
          field='statement'
          placeholder='情况说明：处置结果和后续安排，群众可见（10 字以上）'
          confirmText='确认结束'
          danger
          onCancel={() => setClosing(false)}
          onConfirm={async (statement) => {
            const closed = await closeConcern(concern.id, { statement });
            setClosing(false);
            onChanged(closed);
            void Taro.showToast({ title: '已结束', icon: 'success' });
          }}
        />
      )}
    </>
  );
}
