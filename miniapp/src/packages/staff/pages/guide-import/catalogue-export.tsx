import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ImportFormat } from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { exportGuides } from '../../../../services/staff';
import { ActionButton } from '../../components/action-button';
import { chinaDate } from '../../components/format-time';
import { Notice } from '../../components/notice';
import { saveTextFile } from '../../components/save-text-file';

/** The whole catalogue as CSV or JSON: a backup, and the template an import is best made from. */
export function CatalogueExport() {
  const { run, running: exporting, failure } = useAction<ImportFormat>();

  const save = (format: ImportFormat) =>
    run(
      async () => {
        const saved = await saveTextFile(
          await exportGuides(format),
          `guides-${chinaDate()}.${format}`,
        );
        if (saved === 'copied') void Taro.showToast({ title: '已复制到剪贴板', icon: 'success' });
      },
      { as: format },
    );

  return (
    <View>
      {failure && <Notice tone='error'>{failure}</Notice>}
      <View className='guide-import__row'>
        <ActionButton
          variant='secondary'
          compact
          busy={exporting === 'csv'}
          disabled={exporting === 'json'}
          onClick={() => void save('csv')}
        >
          导出 CSV
        </ActionButton>
        <ActionButton
          variant='secondary'
          compact
          busy={exporting === 'json'}
          disabled={exporting === 'csv'}
          onClick={() => void save('json')}
        >
          导出 JSON
        </ActionButton>
      </View>
    </View>
  );
}
