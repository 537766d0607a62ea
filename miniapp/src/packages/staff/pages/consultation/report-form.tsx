import { Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { PublishReportInputSchema, validate } from '@sunshine/shared';
import { ownWords, useAction } from '../../../../hooks/use-submission';
import { publishConsultationReport } from '../../../../services/consultations';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';

/** After closing: staff's overall account, then the report is built from the decisions and published. */
export function ReportForm({ id, onPublished }: { id: string; onPublished: () => void }) {
  const [summary, setSummary] = useState('');
  // 409s say what is missing: comments to review or decide first.
  const { submit, busy, failure, issues } = useAction({
    read: (caught) => ({ message: ownWords(caught).message, issues: [] }),
  });
  const publish = () =>
    submit(validate(PublishReportInputSchema, { summary }), async (report) => {
      await publishConsultationReport(id, report.summary);
      void Taro.showToast({ title: '已公布', icon: 'success' });
      onPublished();
    });
  return (
    <StaffCard title='公布意见采纳情况'>
      <View className='staff-consultation__report'>
        <Notice tone='info'>
          所有意见审核完毕、已公开的意见都记录采纳情况后，方可公布。统计和逐条采纳情况自动生成，不含群众称呼和联系方式。
        </Notice>
        <Textarea
          className='form-field__textarea'
          value={summary}
          maxlength={3000}
          autoHeight
          placeholder='总体情况说明，如：共收到意见 N 条，经研究……'
          onInput={(event) => setSummary(event.detail.value)}
        />
        <FieldError issues={issues} field='summary' />
        {failure && <Notice tone='error'>{failure}</Notice>}
        <ActionButton busy={busy} onClick={() => void publish()}>
          公布采纳情况
        </ActionButton>
      </View>
    </StaffCard>
  );
}
