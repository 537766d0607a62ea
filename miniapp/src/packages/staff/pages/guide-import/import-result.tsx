import { Text, View } from '@tarojs/components';
import { IMPORT_PHASE_LABELS, type GuideImportView } from '@sunshine/shared';
import { ActionButton } from '../../components/action-button';
import { Notice } from '../../components/notice';
import { ImportCounts } from './import-counts';
import { ProblemList } from './problem-list';

interface Props {
  job: GuideImportView;
  busy: boolean;
  onImportValidOnly: () => void;
}

function outcome(job: GuideImportView): string {
  if (job.phase === 'rejected')
    return `文件共 ${job.rows} 行，其中 ${job.invalid} 行有误，因此没有导入任何指南。请按下列问题修改文件后重新导入，或只导入有效的行。`;
  const written = job.created + job.updated;
  const where = job.submit
    ? '新建和更新的指南已提交审核，审核通过后发布。'
    : '新建和更新的指南已存为草稿，提交审核并发布后居民才能看到。';
  const left = job.invalid > 0 ? `有误的 ${job.invalid} 行未导入，见下方问题。` : '';
  return `${written > 0 ? where : '没有需要新建或更新的指南。'}${left}`;
}

/** A finished job: what happened, the figures, the rows to fix, and the way on after a rejection. */
export function ImportResult({ job, busy, onImportValidOnly }: Props) {
  const rejected = job.phase === 'rejected';
  return (
    <View className='guide-import__result'>
      <Notice tone={rejected ? 'error' : 'info'} title={IMPORT_PHASE_LABELS[job.phase]}>
        {outcome(job)}
      </Notice>
      <ImportCounts job={job} />
      {job.skipped > 0 && (
        <Text className='guide-import__hint'>{`跳过的 ${job.skipped} 个指南正在审核或已排期发布，保持原样。`}</Text>
      )}
      <ProblemList problems={job.problems} more={job.moreProblems} format={job.format} />
      {rejected && (
        <ActionButton busy={busy} onClick={onImportValidOnly}>
          只导入有效的行
        </ActionButton>
      )}
    </View>
  );
}
