import { View } from '@tarojs/components';
import type { ImportFormat } from '@sunshine/shared';
import { exportGuides } from '../../../../services/staff';
import { ActionButton } from '../../components/action-button';
import { ExportedFilePanel, useExportFile } from '../../components/export-file';
import { Notice } from '../../components/notice';

/** The whole catalogue as CSV or JSON: a backup, and the template an import is best made from. */
export function CatalogueExport() {
  const { start, running: exporting, failure, file } = useExportFile<ImportFormat>();
  const save = (format: ImportFormat) => void start(() => exportGuides(format), format);

  return (
    <View>
      {failure && <Notice tone='error'>{failure}</Notice>}
      <View className='guide-import__row'>
        <ActionButton
          variant='secondary'
          compact
          busy={exporting === 'csv'}
          disabled={exporting === 'json'}
          onClick={() => save('csv')}
        >
          导出 CSV
        </ActionButton>
        <ActionButton
          variant='secondary'
          compact
          busy={exporting === 'json'}
          disabled={exporting === 'csv'}
          onClick={() => save('json')}
        >
          导出 JSON
        </ActionButton>
      </View>
      {file && <ExportedFilePanel file={file} />}
    </View>
  );
}
