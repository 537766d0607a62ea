import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ExportFileView } from '@sunshine/shared';
import { useAction } from '../../../hooks/use-submission';
import { weChatCall } from '../../../services/wechat-call';
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

/** Most often WeChat refuses a download because the bucket is not a downloadFile合法域名. */
const DOWNLOAD_FAILED = '文件下载失败：请确认下载域名已配置，或稍后重试';
const EXPIRED = '链接已过期，请重新导出';
/** The link is a presigned GET: whoever holds it can download the file until it expires. */
const LINK_NOTICE = '持有链接的任何人都可在 10 分钟内下载此文件';

const expired = (file: ExportFileView) => Date.now() >= Date.parse(file.expiresAt);

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
        const download = await weChatCall(
          () => Taro.downloadFile({ url: view.url }),
          DOWNLOAD_FAILED,
        );
        if (download?.statusCode !== 200) throw new Error(DOWNLOAD_FAILED);
        setFile({ ...view, filePath: download.tempFilePath });
      },
      { as },
    );

  return { start, running, failure, file };
}

/** The file just exported: its name, size and rows, and what can be done with it here. */
export function ExportedFilePanel({ file }: { file: ExportedFile }) {
  const { run, failure } = useAction();
  // An expired link answers 403 from storage: say so instead of downloading an error page.
  const withLink = (use: () => unknown) =>
    void run(async () => {
      if (expired(file)) throw new Error(EXPIRED);
      await use();
    });
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
      {file.truncated && (
        <Text className='export-file__error'>
          {`已达导出上限：仅导出前 ${file.rows} 条，请按条件缩小范围`}
        </Text>
      )}
      {inWeChat && <Text className='export-file__hint'>{LINK_NOTICE}</Text>}
      {failure && <Text className='export-file__error'>{failure}</Text>}
      <View className='export-file__actions'>
        {inWeChat && type && (
          <ActionButton
            compact
            onClick={() =>
              void run(() =>
                weChatCall(
                  () =>
                    Taro.openDocument({ filePath: file.filePath!, fileType: type, showMenu: true }),
                  '无法打开文件，请重试',
                  { cancelIsFine: true },
                ),
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
                // Closing the chat picker rejects with "fail cancel": not a failure.
                weChatCall(
                  () =>
                    Taro.shareFileMessage({ filePath: file.filePath!, fileName: file.fileName }),
                  '发送失败，请重试',
                  { cancelIsFine: true },
                ),
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
            onClick={() =>
              withLink(() =>
                weChatCall(() => Taro.setClipboardData({ data: file.url }), '复制失败，请重试'),
              )
            }
          >
            复制下载链接
          </ActionButton>
        ) : (
          <ActionButton
            variant='secondary'
            compact
            onClick={() => withLink(() => downloadInBrowser(file))}
          >
            重新下载
          </ActionButton>
        )}
      </View>
    </View>
  );
}
