import Taro from '@tarojs/taro';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Hand an exported CSV to the user: a file download in the browser; in WeChat, where a
 * mini-program cannot save a file the user can open, the clipboard.
 */
export async function saveCsv(csv: string, fileName: string): Promise<'downloaded' | 'copied'> {
  if (process.env.TARO_ENV === 'h5') {
    // Excel reads UTF-8 Chinese correctly only with a byte order mark.
    const text = csv.startsWith(BYTE_ORDER_MARK) ? csv : BYTE_ORDER_MARK + csv;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    return 'downloaded';
  }
  await Taro.setClipboardData({ data: csv });
  return 'copied';
}
