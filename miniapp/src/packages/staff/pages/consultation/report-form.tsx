import { Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { PublishReportInputSchema, validate, type FieldIssue } from '@sunshine/shared';
import { publishConsultationReport } from '../../../../services/consultations';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';

/** After closing: staff's overall account, then the report is built from the decisions and published. */
export function ReportForm({ id, onPublished }: { id: string; onPublished: () => void }) {
  const [summary, setSummary] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const publish = async () => {
    const checked = validate(PublishReportInputSchema, { summary });
    setIssues(checked.ok ? [] : checked.issues);
    if (!checked.ok) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await publishConsultationReport(id, checked.value.summary);
      void Taro.showToast({ title: '已公布', icon: 'success' });
      onPublished();
    } catch (caught) {
      // 409s say what is missing: comments to review or decide first.
      setFailure(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <StaffCard title='公布意见采纳情况'>
      <View className='staff-consultation__report'>
        <Notice tone='info'>所有意见审核完毕、已公开的意见都记录采纳情况后，方可公布。统计和逐条采纳情况自动生成，不含群众称呼和联系方式。</Notice>
        <Textarea className='form-field__textarea' value={summary} maxlength={3000} autoHeight placeholder='总体情况说明，如：共收到意见 N 条，经研究……' onInput={(event) => setSummary(event.detail.value)} />
        <FieldError issues={issues} field='summary' />
        {failure && <Notice tone='error'>{failure}</Notice>}
        <ActionButton busy={busy} onClick={() => void publish()}>
          公布采纳情况
        </ActionButton>
      </View>
    </StaffCard>
  );
}
