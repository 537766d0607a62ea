import { Switch, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useLargeText } from '../../../../hooks/use-large-text';
import { useAction } from '../../../../hooks/use-submission';
import { IMPORT_PHASE_LABELS, type ImportMode } from '@sunshine/shared';
import { ActionButton } from '../../components/action-button';
import { FormField } from '../../components/form-field';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';
import { CatalogueExport } from './catalogue-export';
import { pickImportFile } from './file-picker';
import { FormatHelp } from './format-help';
import { ImportProgress } from './import-progress';
import { ImportResult } from './import-result';
import { ModeChoice } from './mode-choice';
import { isFinished, useGuideImport } from './use-guide-import';
import './index.scss';

/** The service catalogue in bulk: export it as a template, import a file of guides back. */
export default function GuideImport() {
  const { pageClass } = useLargeText();
  const [mode, setMode] = useState<ImportMode>('all');
  const [submit, setSubmit] = useState(false);
  // A file that is not CSV or JSON is refused here; the import's own failures are the importer's.
  const { run, failure: pickFailure } = useAction();
  const importer = useGuideImport();
  const { job } = importer;

  const chooseAndImport = () =>
    run(async () => {
      const file = await pickImportFile();
      if (file) await importer.importFile(file, { mode, submit });
    });

  return (
    <View className={`guide-import${pageClass}`}>
      <StaffCard title='文件格式'>
        <FormatHelp />
        <CatalogueExport />
      </StaffCard>

      <StaffCard title='导入'>
        <FormField label='导入方式'>
          <ModeChoice value={mode} disabled={importer.busy} onChange={setMode} />
        </FormField>
        <FormField label='导入后提交审核' field='submit'>
          <View className='guide-import__switch'>
            <Text className='guide-import__switch-text'>
              {submit ? '新建和更新的指南提交审核' : '存为草稿，稍后逐条提交'}
            </Text>
            {/* The theme's primary blue: a Switch takes its colour as a prop, not from SCSS. */}
            <Switch
              nativeProps={{ 'aria-label': '导入后提交审核' }}
              checked={submit}
              disabled={importer.busy}
              color='#1e4da1'
              onChange={(event) => setSubmit(event.detail.value)}
            />
          </View>
        </FormField>
        {pickFailure && <Notice tone='error'>{pickFailure}</Notice>}
        <ActionButton busy={importer.busy} onClick={() => void chooseAndImport()}>
          选择文件并导入
        </ActionButton>

        {importer.uploading && <ImportProgress label='正在上传文件' />}
        {job && !isFinished(job) && (
          <ImportProgress label={IMPORT_PHASE_LABELS[job.phase]} progress={job.progress} />
        )}
        {importer.error && <Notice tone='error'>{importer.error}</Notice>}
        {importer.error && job && !isFinished(job) && (
          <ActionButton variant='secondary' onClick={() => void importer.resume()}>
            继续导入
          </ActionButton>
        )}
      </StaffCard>

      {job && isFinished(job) && (
        <StaffCard title='导入结果'>
          <ImportResult
            job={job}
            busy={importer.busy}
            onImportValidOnly={() => void importer.importValidOnly(submit)}
          />
        </StaffCard>
      )}
    </View>
  );
}
