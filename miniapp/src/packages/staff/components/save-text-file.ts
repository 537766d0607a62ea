import Taro from '@tarojs/taro';

const BYTE_ORDER_MARK = '\uFEFF';
const TYPES: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/**
 * Hand an exported file (CSV or JSON) to the user: a file download in the browser; in WeChat,
 * where a mini-program cannot save a file the user can open, the clipboard.
 */
export async function saveTextFile(
  text: string,
  fileName: string,
): Promise<'downloaded' | 'copied'> {
  if (process.env.TARO_ENV === 'h5') {
    const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
    // Excel reads UTF-8 Chinese correctly only with a byte order mark; JSON must not have one.
    const body =
      extension === 'csv' && !text.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK + text : text;
    const url = URL.createObjectURL(
      new Blob([body], { type: TYPES[extension] ?? 'text/plain;charset=utf-8' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    return 'downloaded';
  }
  await Taro.setClipboardData({ data: text });
  return 'copied';
}
