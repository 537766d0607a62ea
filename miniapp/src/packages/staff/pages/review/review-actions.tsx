import Taro from '@tarojs/taro';
import { useState } from 'react';
import {
  isPubliclyDisclosed,
  KIND_LABELS,
  ReturnInputSchema,
  WithdrawInputSchema,
  type MeView,
  type WorkflowItemView,
} from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { publishItem, returnDraft, withdrawItem } from '../../../../services/staff';
import { ActionButton } from '../../components/action-button';
import { ConfirmWithText } from '../../components/confirm-with-text';
import { Notice } from '../../components/notice';
import { RatingsButton } from '../../components/ratings-button';
import { StaffCard } from '../../components/staff-card';
import { editorUrl, revisionsUrl } from '../../../../page-urls';
import { SchedulePanel } from './schedule-panel';

interface Props {
  item: WorkflowItemView;
  me: MeView;
  /** After a successful action: show this toast and reload the item. */
  onDone: (toast: string) => void;
}

/** What publishing does to this item, asked before it is done. */
function publishQuestion(item: WorkflowItemView): string {
  if (!isPubliclyDisclosed(item.draft))
    return '此文件不向群众公开，发布后只在工作人员端留存，确定发布吗？';
  return `发布后群众即可看到本${KIND_LABELS[item.kind]}，确定发布吗？`;
}

const EDITABLE: ReadonlyArray<WorkflowItemView['status']> = [
  'draft',
  'returned',
  'published',
  'withdrawn',
];

/**
 * What this person may do with the item now. The server decides (and refuses with FORBIDDEN or
 * CONFLICT); this only hides what would certainly be refused, and shows any refusal.
 */
export function ReviewActions({ item, me, onDone }: Props) {
  const [dialog, setDialog] = useState<'return' | 'withdraw'>();
  const [scheduling, setScheduling] = useState(false);
  const { run, busy: publishing, failure } = useAction();

  const reviewer = me.roles.includes('reviewer');
  const editor = me.roles.includes('editor');
  // Four-eyes: whoever edited the pending version may not approve it.
  const editedByMe = item.editors.some((each) => each.userId === me.userId);
  const reviewable = reviewer && (item.status === 'in_review' || item.status === 'scheduled');

  const publishNow = async () => {
    const { confirm } = await Taro.showModal({
      title: '立即发布',
      content: publishQuestion(item),
      confirmText: '发布',
    });
    if (!confirm) return;
    await run(async () => {
      await publishItem(item.id);
      onDone('已发布');
    });
  };

  return (
    <StaffCard title='操作'>
      {failure && <Notice tone='error'>{failure}</Notice>}
      {reviewable && editedByMe && (
        <Notice tone='warning'>您编辑过此稿，不能审核本稿（四眼原则）</Notice>
      )}
      {reviewable && !editedByMe && (
        <>
          {item.status === 'in_review' && (
            <>
              <ActionButton busy={publishing} onClick={() => void publishNow()}>
                立即发布
              </ActionButton>
              {scheduling ? (
                <SchedulePanel
                  itemId={item.id}
                  onCancel={() => setScheduling(false)}
                  onScheduled={() => {
                    setScheduling(false);
                    onDone('已设定时发布');
                  }}
                />
              ) : (
                <ActionButton variant='secondary' onClick={() => setScheduling(true)}>
                  定时发布
                </ActionButton>
              )}
            </>
          )}
          <ActionButton variant='secondary' onClick={() => setDialog('return')}>
            退回修改
          </ActionButton>
        </>
      )}
      {reviewer && item.status === 'published' && (
        <ActionButton variant='danger' onClick={() => setDialog('withdraw')}>
          撤回
        </ActionButton>
      )}
      {editor && EDITABLE.includes(item.status) && (
        <ActionButton
          variant='secondary'
          onClick={() => void Taro.navigateTo({ url: editorUrl(item.id) })}
        >
          修改稿件
        </ActionButton>
      )}
      <ActionButton
        variant='secondary'
        onClick={() => void Taro.navigateTo({ url: revisionsUrl(item.id) })}
      >
        版本记录
      </ActionButton>
      <RatingsButton item={item} />

      {dialog === 'return' && (
        <ConfirmWithText
          title='退回修改'
          schema={ReturnInputSchema}
          field='comment'
          placeholder='请写明需要修改的地方，编辑人员将看到此意见'
          confirmText='确认退回'
          onCancel={() => setDialog(undefined)}
          onConfirm={async (comment) => {
            await returnDraft(item.id, comment);
            setDialog(undefined);
            onDone('已退回修改');
          }}
        />
      )}
      {dialog === 'withdraw' && (
        <ConfirmWithText
          title={`撤回已发布的${KIND_LABELS[item.kind]}`}
          schema={WithdrawInputSchema}
          field='reason'
          placeholder='请填写撤回原因'
          confirmText='确认撤回'
          danger
          onCancel={() => setDialog(undefined)}
          onConfirm={async (reason) => {
            await withdrawItem(item.id, reason);
            setDialog(undefined);
            onDone('已撤回');
          }}
        />
      )}
    </StaffCard>
  );
}
