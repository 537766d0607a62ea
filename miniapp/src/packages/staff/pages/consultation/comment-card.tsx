import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import {
  COMMENT_STATUS_LABELS,
  DECISION_LABELS,
  DECISIONS,
  DecideCommentInputSchema,
  RefusalReasonSchema,
  validate,
  type Decision,
  type StaffComment,
} from '@sunshine/shared';
import { ownWords, useAction } from '../../../../hooks/use-submission';
import { decideComment, moderateComment } from '../../../../services/consultations';
import { ActionButton } from '../../components/action-button';
import { ConfirmWithText } from '../../components/confirm-with-text';
import { FieldError } from '../../components/field-error';
import { fieldsOf } from '../../components/field-issues';
import { formatDateTime } from '../../components/format-time';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';

interface Props {
  consultationId: string;
  comment: StaffComment;
  /** Once the report is out, decisions stand. */
  reported: boolean;
  onChanged: (comment: StaffComment) => void;
}

/** One comment: the resident's words as text, who left it (private), and the step it waits for. */
export function CommentCard({ consultationId, comment, reported, onChanged }: Props) {
  return (
    <StaffCard>
      <View className='staff-consultation__comment'>
        <Text className='staff-consultation__badge'>
          {COMMENT_STATUS_LABELS[comment.status]}
          {comment.decision ? ` · ${DECISION_LABELS[comment.decision.decision]}` : ''}
        </Text>
        {comment.heldForCheck && comment.status === 'held' && (
          <Notice tone='warning'>微信内容安全检测要求人工先阅读此意见。</Notice>
        )}
        <Text className='staff-consultation__meta'>
          {comment.section ?? '总体意见'} · {formatDateTime(comment.at)}
        </Text>
        <Text className='staff-consultation__text' userSelect>
          {comment.text}
        </Text>
        {(comment.name || comment.contact) && (
          <Text className='staff-consultation__meta'>
            {comment.name && `称呼 ${comment.name}`}{' '}
            {comment.contact && `联系方式 ${comment.contact}`}（不公开）
          </Text>
        )}
        {comment.status === 'rejected' && comment.reason && (
          <Text className='staff-consultation__meta'>不予公开：{comment.reason}</Text>
        )}
        {comment.decision?.reason && (
          <Text className='staff-consultation__meta'>理由：{comment.decision.reason}</Text>
        )}
      </View>
      {(comment.status === 'pending' || comment.status === 'held') && (
        <ModerateActions consultationId={consultationId} comment={comment} onChanged={onChanged} />
      )}
      {comment.status === 'approved' && !reported && (
        <DecisionForm consultationId={consultationId} comment={comment} onChanged={onChanged} />
      )}
    </StaffCard>
  );
}

function ModerateActions({ consultationId, comment, onChanged }: Omit<Props, 'reported'>) {
  const [refusing, setRefusing] = useState(false);
  const { run, busy, failure } = useAction();
  const approve = () =>
    run(async () =>
      onChanged(await moderateComment(consultationId, comment.id, { approve: true, reason: '' })),
    );
  return (
    <View className='staff-consultation__actions'>
      {failure && <Notice tone='error'>{failure}</Notice>}
      <ActionButton compact busy={busy} onClick={() => void approve()}>
        审核公开
      </ActionButton>
      <ActionButton compact variant='secondary' onClick={() => setRefusing(true)}>
        不予公开
      </ActionButton>
      {refusing && (
        <ConfirmWithText
          title='不予公开的理由'
          schema={RefusalReasonSchema}
          field='reason'
          placeholder='如：与本草案无关、含不文明用语（将告知提意见的群众）'
          confirmText='不予公开'
          danger
          onConfirm={async (reason) =>
            onChanged(await moderateComment(consultationId, comment.id, { approve: false, reason }))
          }
          onCancel={() => setRefusing(false)}
        />
      )}
    </View>
  );
}

function DecisionForm({ consultationId, comment, onChanged }: Omit<Props, 'reported'>) {
  const [decision, setDecision] = useState<Decision | undefined>(comment.decision?.decision);
  const [reason, setReason] = useState(comment.decision?.reason ?? '');
  // A refusal without fields is said under the choice of decision: the form has no other place for it.
  const { submit, busy, issues } = useAction({
    read: (caught) => ({
      issues: fieldsOf(caught).length
        ? fieldsOf(caught)
        : [{ field: 'decision', message: ownWords(caught).message! }],
    }),
  });
  const save = () =>
    submit(validate(DecideCommentInputSchema, { decision, reason }), async (decided) =>
      onChanged(await decideComment(consultationId, comment.id, decided)),
    );
  return (
    <View className='staff-consultation__decide'>
      <View className='staff-consultation__choices' ariaRole='radiogroup' ariaLabel='采纳情况'>
        {DECISIONS.map((each) => (
          <View
            key={each}
            className={`staff-consultation__choice${decision === each ? ' staff-consultation__choice--chosen' : ''}`}
            ariaRole='radio'
            aria-checked={decision === each}
            onClick={() => setDecision(each)}
          >
            <Text>{DECISION_LABELS[each]}</Text>
          </View>
        ))}
      </View>
      <FieldError issues={issues} field='decision' />
      <Textarea
        className='form-field__textarea'
        value={reason}
        maxlength={500}
        autoHeight
        placeholder='理由（部分采纳、未采纳时必填，将在采纳情况中公布）'
        onInput={(event) => setReason(event.detail.value)}
      />
      <FieldError issues={issues} field='reason' />
      <ActionButton busy={busy} onClick={() => void save()}>
        {comment.decision ? '修改采纳情况' : '记录采纳情况'}
      </ActionButton>
    </View>
  );
}
