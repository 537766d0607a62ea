import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ExportFileView } from '@sunshine/shared';
import { useAction } from '../../../hooks/use-submission';
import { ActionButton } from './action-button';
import { formatDateTime } from './format-time';
import './export-file.scss';

/** What WeChat's openDocument opens (developers.weixin.qq.com, wx.openDocument); CSV and JSON are not among them. */
const OPENABLE = ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'] as const;
type Openable = (typeof OPENABLE)[number];

const extensionOf = (fileName: string) =>
  fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
const openable = (fileName: string): Openable | undefined =>
  OPENABLE.find((type) => type === extensionOf(fileName));

/** 2.4 MB, 830 KB, 120 B. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** An export ready to use: on a phone, also where WeChat saved it. */
export interface ExportedFile extends ExportFileView {
  filePath?: string;
}

/** The browser saves the file itself: the link's Content-Disposition names it (in Chinese). */
function downloadInBrowser(file: ExportFileView) {
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.fileName; // a hint only: the link is on storage's origin, its header decides
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * Every staff export button: ask the route for the file (written to private storage, answered as a
 * ten-minute link), then hand it over. In the browser it downloads at once. In WeChat it is
 * downloaded to the phone (`downloadFile`); what follows needs a tap of its own (WeChat allows
 * `shareFileMessage` only from a tap), so `ExportedFilePanel` offers it: send to a chat — how a
 * CSV or JSON reaches a computer or another app, since `openDocument` opens only Office files and
 * PDF — or open it in place when it is one of those.
 */
export function useExportFile<K extends string = never>() {
  const { run, running, failure } = useAction<K>();
  const [file, setFile] = useState<ExportedFile>();

  const start = (make: () => Promise<ExportFileView>, as?: K) =>
    run(
      async () => {
        setFile(undefined);
        const view = await make();
        if (process.env.TARO_ENV === 'h5') {
          downloadInBrowser(view);
          setFile(view);
          return;
        }
        const download = await Taro.downloadFile({ url: view.url });
        if (download.statusCode !== 200) throw new Error('文件下载失败，请重试');
        setFile({ ...view, filePath: download.tempFilePath });
      },
      { as },
    );

  return { start, running, failure, file };
}

/** The file just exported: its name, size and rows, and what can be done with it here. */
export function ExportedFilePanel({ file }: { file: ExportedFile }) {
  const { run, failure } = useAction();
  const type = openable(file.fileName);
  const inWeChat = Boolean(file.filePath);
  return (
    <View className='export-file' role='status'>
      <Text className='export-file__name'>{file.fileName}</Text>
      <Text className='export-file__meta'>
        {`${file.rows} 行 · ${formatBytes(file.bytes)} · 链接 ${formatDateTime(file.expiresAt)} 前有效`}
      </Text>
      {!inWeChat && (
        <Text className='export-file__hint'>已开始下载；如未开始，请点击“重新下载”。</Text>
      )}
      {failure && <Text className='export-file__error'>{failure}</Text>}
      <View className='export-file__actions'>
        {inWeChat && type && (
          <ActionButton
            compact
            onClick={() =>
              void run(() =>
                Taro.openDocument({ filePath: file.filePath!, fileType: type, showMenu: true }),
              )
            }
          >
            打开
          </ActionButton>
        )}
        {inWeChat && (
          <ActionButton
            compact
            onClick={() =>
              void run(() =>
                Taro.shareFileMessage({ filePath: file.filePath!, fileName: file.fileName }),
              )
            }
          >
            发送到聊天
          </ActionButton>
        )}
        {inWeChat ? (
          <ActionButton
            variant='secondary'
            compact
            onClick={() => void run(() => Taro.setClipboardData({ data: file.url }))}
          >
            复制下载链接
          </ActionButton>
        ) : (
          <ActionButton variant='secondary' compact onClick={() => downloadInBrowser(file)}>
            重新下载
          </ActionButton>
        )}
      </View>
    </View>
  );
}
