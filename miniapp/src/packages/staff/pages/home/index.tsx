import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { CONTENT_KINDS, KIND_LABELS, ROLE_LABELS, type MeView } from '@sunshine/shared';
import { useRemote } from '../../../../hooks/use-remote';
import { fetchMe, signOut } from '../../../../services/auth';
import { ActionButton } from '../../components/action-button';
import { SignInPrompt } from '../../components/sign-in-prompt';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import {
  ANSWER_RATINGS_URL,
  ANSWERED_QUESTIONS_URL,
  ANNUAL_REPORT_URL,
  APPLICATIONS_URL,
  AUDIT_URL,
  BROWSER_URL,
  BUREAU_URL,
  calendarUrl,
  CONSULTATIONS_URL,
  RELEASES_URL,
  editorUrl,
  GUIDE_IMPORT_URL,
  NEGATIVE_LIST_ADMIN_URL,
  QUESTIONS_URL,
  SERVICE_LEVELS_URL,
  STAFF_ADMIN_URL,
} from '../../../../page-urls';
import { useShowCount } from '../../components/use-show-count';
import { CalendarReminder } from './calendar-reminder';
import { ConcernSection } from './concern-section';
import { DeadlineSection } from './deadline-section';
import { JoinForm } from './join-form';
import { ReviewReminder } from './review-reminder';
import { ReportReminder } from './report-reminder';
import { useOverdueCount } from './use-overdue-count';
import { WorkflowSection } from './workflow-section';
import './index.scss';

/** The staff desk: sign-in or join when needed, then each role's work. Reloads on every show. */
export default function StaffHome() {
  const showCount = useShowCount();
  const me = useRemote(fetchMe, [showCount]);
  const [signedOut, setSignedOut] = useState(false);

  if (signedOut) {
    return (
      <View className='staff-home'>
        <SignInPrompt />
      </View>
    );
  }
  const leave = () => {
    signOut();
    setSignedOut(true);
  };
  return (
    <View className='staff-home'>
      <StaffPageState loading={me.loading && !me.data} error={me.error} onRetry={me.reload}>
        {me.data &&
          (me.data.roles.length === 0 ? (
            <JoinForm onJoined={me.reload} />
          ) : (
            <Desk me={me.data} refreshKey={showCount} />
          ))}
        {me.data && (
          <View className='staff-home__footer'>
            <ActionButton variant='secondary' onClick={leave}>
              退出登录
            </ActionButton>
          </View>
        )}
      </StaffPageState>
    </View>
  );
}

function Desk({ me, refreshKey }: { me: MeView; refreshKey: number }) {
  const has = (role: MeView['roles'][number]) => me.roles.includes(role);
  const overdue = useOverdueCount(has('responder'), refreshKey);
  const links: Array<{ label: string; url: string; badge?: string }> = [
    ...(has('editor')
      ? CONTENT_KINDS.filter((kind) => kind !== 'annual_report').map((kind) => ({
          label: `新建${KIND_LABELS[kind]}`,
          url: editorUrl(undefined, kind),
        }))
      : []),
    ...(has('editor') ? [{ label: '批量导入、导出办事指南', url: GUIDE_IMPORT_URL }] : []),
    ...(has('editor') || has('reviewer')
      ? [
          // Every item of every kind and status, past the 50 the lists below show.
          { label: '内容管理：全部内容（搜索、筛选）', url: BROWSER_URL },
          { label: '征求意见：审核和采纳群众意见', url: CONSULTATIONS_URL },
          { label: '订阅推送：发送进度', url: RELEASES_URL },
        ]
      : []),
    ...(has('responder')
      ? [
          {
            label: '留言答复',
            url: QUESTIONS_URL,
            badge: overdue ? `${overdue} 件超期` : undefined,
          },
        ]
      : []),
    // Editors who do not answer still turn good answers into public Q&A.
    ...(has('editor') && !has('responder')
      ? [{ label: '留言转为公开问答', url: ANSWERED_QUESTIONS_URL }]
      : []),
    ...(has('responder') || has('admin')
      ? [{ label: '答复评价统计', url: ANSWER_RATINGS_URL }]
      : []),
    ...(has('discloser') ? [{ label: '办理信息公开申请', url: APPLICATIONS_URL }] : []),
    ...(has('responder') || has('discloser') || has('admin')
      ? [{ label: '服务质量：按期答复、用时与好差评', url: SERVICE_LEVELS_URL }]
      : []),
    ...(has('editor') || has('reviewer') || has('admin')
      ? [{ label: '政府信息公开工作年度报告', url: ANNUAL_REPORT_URL }]
      : []),
    ...(has('admin')
      ? [
          { label: '工作人员管理', url: STAFF_ADMIN_URL },
          { label: '机关信息（公开指南、科室、索引号）', url: BUREAU_URL },
          { label: '审计日志', url: AUDIT_URL },
          { label: '负面清单：年度复核', url: NEGATIVE_LIST_ADMIN_URL },
          { label: '工作日历（法定期限按此计算）', url: calendarUrl() },
        ]
      : []),
  ];
  return (
    <>
      <View className='staff-home__header'>
        <Text className='staff-home__name'>{me.displayName ?? '工作人员'}</Text>
        <View className='staff-home__roles'>
          {me.roles.map((role) => (
            <Text key={role} className='staff-home__role'>
              {ROLE_LABELS[role]}
            </Text>
          ))}
        </View>
      </View>
      {/* The concerns' clocks run in hours: the most urgent thing on the desk comes first. */}
      {(has('responder') || has('reviewer') || has('admin')) && (
        <ConcernSection refreshKey={refreshKey} />
      )}
      {(has('editor') || has('reviewer') || has('admin')) && (
        <ReportReminder refreshKey={refreshKey} />
      )}
      <CalendarReminder admin={has('admin')} refreshKey={refreshKey} />
      {links.length > 0 && (
        <View className='staff-home__links'>
          {links.map((link) => (
            <View
              key={link.label}
              className='staff-home__link'
              hoverClass='staff-home__link--pressed'
              onClick={() => void Taro.navigateTo({ url: link.url })}
            >
              <Text className='staff-home__link-label'>{link.label}</Text>
              {link.badge && <Text className='staff-home__badge'>{link.badge}</Text>}
            </View>
          ))}
        </View>
      )}
      <ReviewReminder admin={has('admin')} refreshKey={refreshKey} />
      {(has('editor') || has('reviewer') || has('admin')) && (
        <DeadlineSection refreshKey={refreshKey} />
      )}
      {has('reviewer') && (
        <WorkflowSection
          title='待我审核'
          view='review'
          emptyText='暂无待审核的稿件'
          refreshKey={refreshKey}
        />
      )}
      {has('editor') && (
        <WorkflowSection
          title='我的稿件'
          view='mine'
          emptyText='暂无稿件，点上方「新建」开始撰写'
          refreshKey={refreshKey}
        />
      )}
      {links.length === 0 && !has('reviewer') && (
        <StaffCard>
          <Text className='staff-home__empty'>您的角色暂无可在此处理的工作。</Text>
        </StaffCard>
      )}
    </>
  );
}
