import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  APPLICATION_STATUS_LABELS,
  type ApplicationAction,
  type StaffApplicationView,
} from '@sunshine/shared';
import { ActionButton } from '../../components/action-button';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';
import { ACTION_LABELS, ActionForm } from './action-form';
import { CaseDetails } from './case-details';
import { caseUrgency, URGENCY_LABELS } from './urgency';

/** The steps worth offering from where a case stands; the server decides, and says why not. */
function offered(application: StaffApplicationView): ApplicationAction[] {
  const extended = application.events.some((event) => event.type === 'extended');
  const corrected = application.events.some((event) => event.type === 'correction_requested');
  const charged = application.events.some((event) => event.type === 'fee_notified');
  switch (application.status) {
    case 'received':
      return [
        'reply',
        ...(corrected ? [] : ['request_correction' as const]),
        'start_third_party',
        ...(extended ? [] : ['extend' as const]),
        ...(charged ? [] : ['notify_fee' as const]),
      ];
    // Offered at once; the server refuses the closing, with the last day, while the period runs.
    case 'awaiting_fee':
      return ['record_fee_paid', 'close_unpaid'];
    case 'third_party':
      return ['end_third_party'];
    // Offered at once; the server refuses it, with the last day, while the period runs.
    case 'awaiting_correction':
      return ['close_uncorrected'];
    default:
      return [];
  }
}

interface Props {
  application: StaffApplicationView;
  now: number;
  onChanged: (view: StaffApplicationView) => void;
}

/** One case in the queue: its clock at a glance; tapped open, who applied, its steps and the actions. */
export function CaseCard({ application, now, onChanged }: Props) {
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<ApplicationAction>();
  const urgency = caseUrgency(application, now);
  const due =
    application.status === 'received' && application.dueOn
      ? `答复期限 ${application.dueApproximate ? '约 ' : ''}${application.dueOn}`
      : application.stoppedSince
        ? `${application.stoppedSince} 起暂停计时`
        : '';
  return (
    <StaffCard>
      <View
        className='staff-applications__summary'
        ariaRole='button'
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <View className='staff-applications__badges'>
          <Text className='staff-applications__status'>
            {APPLICATION_STATUS_LABELS[application.status]}
          </Text>
          {urgency !== 'normal' && (
            <Text className={`staff-applications__badge staff-applications__badge--${urgency}`}>
              {URGENCY_LABELS[urgency]}
            </Text>
          )}
          {application.heldForCheck && (
            <Text className='staff-applications__badge staff-applications__badge--held'>
              待人工审核
            </Text>
          )}
        </View>
        {/* Residents' words, shown as text: never parsed as markup. */}
        <Text className='staff-applications__text' userSelect>
          {application.description}
        </Text>
        <Text className={`staff-applications__meta staff-applications__due--${urgency}`}>
          {due}
        </Text>
        <Text className='staff-applications__meta'>{`${application.applicant.name || '（已删除）'} · ${application.identity.masked || '—'}`}</Text>
        <Text className='staff-applications__toggle'>{open ? '收起' : '展开办理'}</Text>
      </View>
      {open && (
        <>
          {application.heldForCheck && (
            <Notice tone='warning'>
              微信内容安全检测要求人工先阅读此申请，请确认内容后再办理。
            </Notice>
          )}
          <CaseDetails application={application} />
          {action ? (
            <ActionForm
              application={application}
              action={action}
              onCancel={() => setAction(undefined)}
              onDone={(view) => {
                setAction(undefined);
                onChanged(view);
              }}
            />
          ) : (
            <View className='staff-applications__actions'>
              {offered(application).map((each) => (
                <ActionButton
                  key={each}
                  variant={each === 'reply' ? 'primary' : 'secondary'}
                  compact
                  onClick={() => setAction(each)}
                >
                  {ACTION_LABELS[each]}
                </ActionButton>
              ))}
              {application.status === 'awaiting_correction' && (
                <Text className='staff-applications__meta'>
                  等待申请人补正，补正后重新计算期限。
                </Text>
              )}
              {application.fee && application.status === 'awaiting_fee' && (
                <Text className='staff-applications__meta'>
                  {`等待申请人缴纳 ${application.fee.amount} 元（${application.fee.payBy} 前），缴费期间不计入答复期限。`}
                </Text>
              )}
            </View>
          )}
        </>
      )}
    </StaffCard>
  );
}
