import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import {
  CONCERN_ENTRY_KINDS,
  CONTENT_KINDS,
  KIND_LABELS,
  type ConcernLink,
  type ContentDraft,
  type WorkflowItemView,
} from '@sunshine/shared';
import { useLargeText } from '../../../../hooks/use-large-text';
import { useRemote } from '../../../../hooks/use-remote';
import { useAction } from '../../../../hooks/use-submission';
import {
  createDraft,
  getWorkflowItem,
  submitForReview,
  updateDraft,
} from '../../../../services/staff';
import { ActionButton } from '../../components/action-button';
import { Notice } from '../../components/notice';
import { RatingsButton } from '../../components/ratings-button';
import { StaffPageState } from '../../components/staff-page-state';
import { annualReportUrl, editorUrl, STAFF_HOME_URL } from '../../../../page-urls';
import { StatusBadge } from '../../components/status-badge';
import { ContentFields } from './content-fields';
import { isPlaced } from './placed-field';
import { isEditorKind, type EditorKind } from './editor-kind';
import { useDraftForm } from './use-draft-form';
import './index.scss';
import { usePageParams } from '../../../../hooks/use-page-params';

/** The kind a new draft is asked for (`?kind=`); an interpretation when none or an unknown one. */
function newDraftKind(param: string | undefined): EditorKind {
  return CONTENT_KINDS.filter(isEditorKind).find((kind) => kind === param) ?? 'interpretation';
}

/** A new draft opened from a concern's page (`?concern=&entry=`) answers that concern. */
function concernLink(concern: string | undefined, entry: string | undefined) {
  const kind = CONCERN_ENTRY_KINDS.find((each) => each === entry);
  return concern && kind ? { id: concern, entry: kind } : undefined;
}

/** Write any kind of content: a new draft without `id` (of `?kind=`), an existing one with it. */
export default function Editor() {
  const { pageClass } = useLargeText();
  const { id, kind, concern, entry } = usePageParams();
  return (
    <View className={`draft-editor${pageClass}`}>
      {id ? (
        <ExistingDraft id={id} />
      ) : (
        <DraftEditor kind={newDraftKind(kind)} concern={concernLink(concern, entry)} />
      )}
    </View>
  );
}

function ExistingDraft({ id }: { id: string }) {
  const remote = useRemote(() => getWorkflowItem(id), [id]);
  return (
    <StaffPageState loading={remote.loading} error={remote.error} onRetry={remote.reload}>
      {remote.data &&
        (isEditorKind(remote.data.draft.kind) ? (
          <DraftEditor kind={remote.data.draft.kind} item={remote.data} />
        ) : (
          <ToReportPage draft={remote.data.draft} />
        ))}
    </StaffPageState>
  );
}

/** An annual report is written on its own page: go there, at its year. */
function ToReportPage({ draft }: { draft: WorkflowItemView['draft'] }) {
  useEffect(() => {
    if (draft.kind === 'annual_report') void Taro.redirectTo({ url: annualReportUrl(draft.year) });
  }, [draft]);
  return <Notice tone='info'>年度报告请在「年度报告」页面填写和提交。</Notice>;
}

const LOCKED_REASONS: Partial<Record<WorkflowItemView['status'], string>> = {
  in_review: '稿件正在审核中，暂不能修改。如需修改，请联系审核人员退回。',
  scheduled: '稿件已定时发布，暂不能修改。如需修改，请联系审核人员退回。',
};

function DraftEditor({
  kind: requested,
  item,
  concern,
}: {
  kind: EditorKind;
  item?: WorkflowItemView;
  concern?: ConcernLink;
}) {
  const state = useDraftForm(
    requested,
    item && item.draft.kind !== 'annual_report' ? item.draft : undefined,
    concern,
  );
  // A saved draft's form follows the draft itself.
  const { kind } = state.form;
  const [current, setCurrent] = useState(item);
  // Problems land under their fields, the server's as well as this form's own.
  const {
    submit,
    running: busy,
    failure,
  } = useAction<'save' | 'submit'>({ setIssues: state.setIssues });
  const lockedReason = current && LOCKED_REASONS[current.status];
  const reviewComment =
    current && (current.status === 'returned' || current.status === 'draft')
      ? current.review?.comment
      : undefined;
  const unplaced = state.issues.filter((issue) => !isPlaced(kind, issue.field));
  const invalidCount = state.issues.length;

  useEffect(() => {
    // One page serves every kind: its title says which one is being written.
    Taro.setNavigationBarTitle({ title: `编辑${KIND_LABELS[kind]}` }).catch(() => undefined);
  }, [kind]);

  /** Validated here first (by the submission), then saved. */
  const save = async (draft: ContentDraft): Promise<WorkflowItemView> => {
    const saved = current ? await updateDraft(current.id, draft) : await createDraft(draft);
    setCurrent(saved);
    return saved;
  };

  const onSave = async () => {
    const isNew = !current;
    const saved = await submit(state.check(), save, { as: 'save' });
    if (!saved) return;
    void Taro.showToast({ title: '已保存', icon: 'success' });
    // A new draft gets its own address, so a reload or a later submit knows which one it is.
    if (isNew) void Taro.redirectTo({ url: editorUrl(saved.id) });
  };

  const onSubmit = () =>
    submit(
      state.check(),
      async (draft) => {
        const saved = await save(draft);
        await submitForReview(saved.id);
        void Taro.showToast({ title: '已提交审核', icon: 'success' });
        await Taro.navigateBack().catch(() => Taro.redirectTo({ url: STAFF_HOME_URL }));
      },
      { as: 'submit' },
    );

  return (
    <>
      <View className='draft-editor__top'>
        <View className='draft-editor__status'>
          <Text className='draft-editor__kind'>{KIND_LABELS[kind]}</Text>
          {current ? (
            <StatusBadge status={current.status} />
          ) : (
            <Text className='draft-editor__status-label'>新稿件</Text>
          )}
        </View>
        {reviewComment && <Notice tone='warning'>审核意见：{reviewComment}</Notice>}
        {lockedReason && <Notice tone='info'>{lockedReason}</Notice>}
        {!lockedReason && current && current.publishedVersion > 0 && (
          <Notice tone='info'>
            已发布第 {current.publishedVersion}{' '}
            版。修改后须重新提交审核，审核通过前群众看到的仍是已发布的版本。
          </Notice>
        )}
        {current && <RatingsButton item={current} />}
      </View>

      <ContentFields
        state={state}
        disabled={Boolean(lockedReason)}
        published={Boolean(current && current.publishedVersion > 0)}
      />

      {!lockedReason && (
        <View className='draft-editor__actions'>
          {failure && <Notice tone='error'>{failure}</Notice>}
          {!failure && invalidCount > 0 && (
            <Notice tone='error'>有 {invalidCount} 处需要修改，请按标红的提示修改后再保存。</Notice>
          )}
          {unplaced.map((issue, index) => (
            <Notice key={index} tone='error'>
              {issue.message}
            </Notice>
          ))}
          <ActionButton
            variant='secondary'
            busy={busy === 'save'}
            disabled={busy === 'submit'}
            onClick={() => void onSave()}
          >
            保存草稿
          </ActionButton>
          {current && (
            <ActionButton
              busy={busy === 'submit'}
              disabled={busy === 'save'}
              onClick={() => void onSubmit()}
            >
              提交审核
            </ActionButton>
          )}
        </View>
      )}
    </>
  );
}
