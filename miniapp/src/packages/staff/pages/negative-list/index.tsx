import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import {
  RecordReviewInputSchema,
  validate,
  WITHHOLDING_GROUND_RULES,
  WITHHOLDING_GROUNDS,
  type StaffNegativeListView,
  type WithholdingGround,
} from '@sunshine/shared';
import { useLargeText } from '../../../../hooks/use-large-text';
import { useRemote } from '../../../../hooks/use-remote';
import { useAction } from '../../../../hooks/use-submission';
import { getStaffNegativeList, recordNegativeListReview } from '../../../../services/staff';
import { ActionButton } from '../../components/action-button';
import { FormField } from '../../components/form-field';
import { chinaDate } from '../../components/format-time';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { DateField } from '../editor/date-field';
import './index.scss';

/**
 * The negative list (负面清单) for staff: each ground with its count, the yearly review's dates,
 * the form an admin records a review with (动态调整), and every review recorded.
 */
export default function NegativeListAdmin() {
  const { pageClass } = useLargeText();
  const list = useRemote(getStaffNegativeList, []);
  const [recorded, setRecorded] = useState<StaffNegativeListView>();
  const shown = recorded ?? list.data;
  return (
    <View className={`negative-list-admin${pageClass}`}>
      <StaffPageState loading={list.loading && !shown} error={list.error} onRetry={list.reload}>
        {shown && (
          <>
            <StaffCard title='负面清单'>
              <Text className='negative-list-admin__explain'>
                依申请公开或不予公开的文件按理由计数，群众在「负面清单」页看到每类的依据和数量，看不到文件本身。
              </Text>
              {shown.grounds.map((entry) => (
                <View key={entry.ground} className='negative-list-admin__ground'>
                  <View className='negative-list-admin__ground-head'>
                    <Text className='negative-list-admin__label'>{entry.label}</Text>
                    <Text className='negative-list-admin__count'>{entry.count} 件</Text>
                  </View>
                  <Text className='negative-list-admin__basis'>{entry.basis}</Text>
                </View>
              ))}
            </StaffCard>
            <StaffCard title='年度复核'>
              <Text className='negative-list-admin__dates'>
                {shown.lastReviewedOn
                  ? `上次复核：${shown.lastReviewedOn}；下次应于 ${shown.nextReviewDueOn} 前复核`
                  : '尚无复核记录'}
              </Text>
              <ReviewForm onRecorded={setRecorded} />
            </StaffCard>
            <StaffCard title={`复核记录（${shown.reviews.length}）`}>
              {shown.reviews.length === 0 && (
                <Text className='negative-list-admin__explain'>暂无复核记录</Text>
              )}
              {shown.reviews.map((review) => (
                <View key={review.id} className='negative-list-admin__review'>
                  <Text className='negative-list-admin__review-date'>
                    {review.reviewedOn} · {review.by}
                  </Text>
                  <Text className='negative-list-admin__review-note'>{review.note}</Text>
                  {WITHHOLDING_GROUNDS.filter((ground) => review.remarks[ground]).map((ground) => (
                    <Text key={ground} className='negative-list-admin__remark'>
                      {`${WITHHOLDING_GROUND_RULES[ground].label}：${review.remarks[ground]}`}
                    </Text>
                  ))}
                </View>
              ))}
            </StaffCard>
          </>
        )}
      </StaffPageState>
    </View>
  );
}

/** An admin's record of a review: its date (today by default), a note, remarks on some grounds. */
function ReviewForm({ onRecorded }: { onRecorded: (view: StaffNegativeListView) => void }) {
  const [reviewedOn, setReviewedOn] = useState(chinaDate());
  const [note, setNote] = useState('');
  const [remarks, setRemarks] = useState<Partial<Record<WithholdingGround, string>>>({});
  const { submit, busy, failure, issues } = useAction();

  const send = async () => {
    const answer = await submit(
      validate(RecordReviewInputSchema, { reviewedOn, note, remarks }),
      recordNegativeListReview,
    );
    if (!answer) return;
    onRecorded(answer);
    setNote('');
    setRemarks({});
    void Taro.showToast({ title: '已记录', icon: 'success' });
  };

  return (
    <View className='negative-list-admin__form'>
      <DateField
        label='复核日期'
        field='reviewedOn'
        value={reviewedOn}
        issues={issues}
        required
        end={chinaDate()}
        disabled={busy}
        onChange={setReviewedOn}
      />
      <FormField label='复核说明' field='note' issues={issues} required>
        <Textarea
          className='form-field__textarea'
          value={note}
          maxlength={1000}
          autoHeight
          disabled={busy}
          placeholder='如：逐类核对本年度不予公开的文件，调整情况……'
          onInput={(event) => setNote(event.detail.value)}
        />
      </FormField>
      {WITHHOLDING_GROUNDS.map((ground) => (
        <FormField
          key={ground}
          label={WITHHOLDING_GROUND_RULES[ground].label}
          field={`remarks.${ground}`}
          issues={issues}
          hint='可不填'
        >
          <Input
            className='form-field__input'
            value={remarks[ground] ?? ''}
            maxlength={200}
            disabled={busy}
            placeholder='本类的调整说明'
            onInput={(event) =>
              setRemarks((previous) => ({ ...previous, [ground]: event.detail.value }))
            }
          />
        </FormField>
      ))}
      {failure && <Text className='negative-list-admin__failure'>{failure}</Text>}
      <ActionButton busy={busy} onClick={() => void send()}>
        记录本次复核
      </ActionButton>
    </View>
  );
}
