import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  CASE_KIND_LABELS,
  RATING_LABELS,
  type CaseKind,
  type ServiceCaseView,
  type ServiceFigure,
  type StaffRole,
} from '@sunshine/shared';
import { useRemote } from '../../../../hooks/use-remote';
import { staffApplicationUrl, staffQuestionUrl } from '../../../../page-urls';
import {
  listServiceLevelCases,
  type ServiceLevelSelection,
} from '../../../../services/service-levels';
import { readSession } from '../../../../services/session';
import { ActionButton } from '../../components/action-button';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';

/** What a figure's list asks for: the selection, and which cell was tapped. */
export interface FigureChoice extends ServiceLevelSelection {
  office?: string;
  kind: CaseKind;
  figure: ServiceFigure;
}

const STATE_LABELS: Record<ServiceCaseView['state'], string> = {
  on_time: '按期',
  late: '逾期',
  open_past_due: '超期未答复',
  open: '办理中',
};

/** The staff page a case is handled on: the question on the questions page, the application's case. */
function caseUrl(counted: ServiceCaseView): string {
  if (counted.kind === 'application') return staffApplicationUrl(counted.id);
  return staffQuestionUrl(counted.id, Boolean(counted.answeredOn));
}

/**
 * Whether the caller may open a case's page: an application's case route is disclosers' only; the
 * question queue is responders', the answered list responders' and editors'.
 */
export function canOpenCase(counted: ServiceCaseView, roles: readonly StaffRole[]): boolean {
  if (counted.kind === 'application') return roles.includes('discloser');
  return roles.includes('responder') || (Boolean(counted.answeredOn) && roles.includes('editor'));
}

function caseDetail(counted: ServiceCaseView): string {
  const about = counted.approximate ? '约 ' : '';
  return [
    `受理 ${counted.receivedOn}`,
    counted.dueOn && `期限 ${counted.dueOn}`,
    counted.answeredOn &&
      `答复 ${counted.answeredOn}（${about}${counted.workingDays ?? 0} 个工作日）`,
    counted.score && `评价：${RATING_LABELS[counted.score]}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The cases behind one figure; each the caller may handle opens the page it is handled on. */
export function CaseList({ choice, onClose }: { choice: FigureChoice; onClose: () => void }) {
  const roles = readSession()?.user.roles ?? [];
  const remote = useRemote(
    () => listServiceLevelCases(choice),
    [choice.year, choice.month, choice.office, choice.kind, choice.figure],
  );
  return (
    <StaffCard
      title={remote.data ? `${remote.data.label}：${remote.data.cases.length} 件` : '明细'}
    >
      <StaffPageState
        loading={remote.loading}
        error={remote.error}
        empty={remote.data?.cases.length === 0}
        emptyText='没有符合的件'
        onRetry={remote.reload}
      >
        {remote.data?.cases.some((counted) => !canOpenCase(counted, roles)) && (
          <Text className='service-levels__note'>
            {roles.includes('discloser')
              ? '只有答复留言的人员可以打开留言。'
              : '只有信息公开办理人员可以打开申请；此处只列出统计用的信息。'}
          </Text>
        )}
        {remote.data?.cases.map((counted) => {
          const opens = canOpenCase(counted, roles);
          return (
            <View
              key={counted.id}
              className={`service-levels__case${opens ? '' : ' service-levels__case--plain'}`}
              ariaRole={opens ? 'link' : undefined}
              onClick={opens ? () => void Taro.navigateTo({ url: caseUrl(counted) }) : undefined}
            >
              <Text className='service-levels__case-title'>
                {CASE_KIND_LABELS[counted.kind]}
                {counted.subKind ? `（${counted.subKind}）` : ''} · {counted.officeName} ·{' '}
                {STATE_LABELS[counted.state]}
              </Text>
              <Text className='service-levels__case-detail'>{caseDetail(counted)}</Text>
              <Text className='service-levels__case-id'>
                {`编号 ${counted.id}${opens ? ' ›' : ''}`}
              </Text>
            </View>
          );
        })}
      </StaffPageState>
      <ActionButton variant='secondary' onClick={onClose}>
        收起明细
      </ActionButton>
    </StaffCard>
  );
}
