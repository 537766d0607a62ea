import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { RELEASE_STATUS_LABELS, type ReleaseView } from '@sunshine/shared';
import { useLargeText } from '../../../../hooks/use-large-text';
import { useRemote } from '../../../../hooks/use-remote';
import { useAction } from '../../../../hooks/use-submission';
import { listReleases, retryRelease } from '../../../../services/releases';
import { ActionButton } from '../../components/action-button';
import { formatDateTime } from '../../components/format-time';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import './index.scss';

/** While anything is still going out, the page looks again this often: a live view of the sending. */
const LIVE_MS = 3000;
const moving = (release: ReleaseView) =>
  release.status === 'dispatching' || release.status === 'sending';

/** Staff follow each release to subscribers: targeted, sent, refused, failed, unknown; retry the failed. */
export default function Releases() {
  const { pageClass } = useLargeText();
  const remote = useRemote(listReleases, []);
  const { reload } = remote;
  const [changed, setChanged] = useState<Record<string, ReleaseView>>({});
  const releases = (remote.data ?? []).map((release) => changed[release.id] ?? release);
  const live = releases.some(moving);
  useEffect(() => {
    if (!live) return undefined;
    const timer = setInterval(() => {
      setChanged({});
      reload();
    }, LIVE_MS);
    return () => clearInterval(timer);
  }, [live, reload]);
  usePullDownRefresh(() => {
    remote.reload();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className={`releases${pageClass}`}>
      <StaffPageState
        loading={remote.loading && !remote.data}
        error={remote.error}
        empty={releases.length === 0}
        emptyText='还没有推送。首次发布政策解读或权威发布时，会推送给订阅的群众。'
        onRetry={remote.reload}
      >
        {releases.map((release) => (
          <ReleaseCard
            key={release.id}
            release={release}
            onChanged={(view) => setChanged((previous) => ({ ...previous, [view.id]: view }))}
          />
        ))}
      </StaffPageState>
    </View>
  );
}

function ReleaseCard({
  release,
  onChanged,
}: {
  release: ReleaseView;
  onChanged: (view: ReleaseView) => void;
}) {
  const { run, busy, failure } = useAction();
  const { counts } = release;
  const done = counts.sent + counts.refused + counts.failed + counts.unknown;
  const share = (count: number) =>
    counts.targeted > 0 ? Math.round((count / counts.targeted) * 100) : 0;
  const retry = () => run(async () => onChanged(await retryRelease(release.id)));
  return (
    <StaffCard title={release.title}>
      <View className='releases__head'>
        {release.urgent && <Text className='releases__urgent'>紧急</Text>}
        <Text className={`releases__status releases__status--${release.status}`}>
          {RELEASE_STATUS_LABELS[release.status]}
        </Text>
        <Text className='releases__meta'>{formatDateTime(release.createdAt)}</Text>
      </View>
      <View
        className='releases__track'
        ariaRole='progressbar'
        aria-valuenow={share(done)}
        ariaLabel={`已处理 ${done} / ${counts.targeted}`}
      >
        <View
          className='releases__bar releases__bar--sent'
          style={{ width: `${share(counts.sent)}%` }}
        />
        <View
          className='releases__bar releases__bar--other'
          style={{ width: `${share(counts.refused + counts.unknown)}%` }}
        />
        <View
          className='releases__bar releases__bar--failed'
          style={{ width: `${share(counts.failed)}%` }}
        />
      </View>
      <Text className='releases__counts'>
        订阅者 {counts.targeted} · 已送达 {counts.sent} · 未接收 {counts.refused} · 失败{' '}
        {counts.failed} · 结果未知 {counts.unknown}
      </Text>
      {release.status === 'scheduled' && release.pausedUntil && (
        <Notice tone='info'>
          征求意见尚未开始，将于 {formatDateTime(release.pausedUntil)} 发送。
        </Notice>
      )}
      {release.status === 'paused' && release.pausedUntil && (
        <Notice tone='warning'>
          今日发送额度已用完，将于 {formatDateTime(release.pausedUntil)} 后继续。
        </Notice>
      )}
      {release.status === 'stopped' && (
        <Notice tone='error'>
          微信拒绝了该消息（错误码 {release.stoppedBy}），请检查模板配置后重试。
        </Notice>
      )}
      {failure && <Notice tone='error'>{failure}</Notice>}
      {counts.failed > 0 && !moving(release) && (
        <ActionButton variant='secondary' busy={busy} onClick={() => void retry()}>
          重新发送失败的 {counts.failed} 条
        </ActionButton>
      )}
    </StaffCard>
  );
}
