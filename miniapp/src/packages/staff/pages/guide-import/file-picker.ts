import Taro from '@tarojs/taro';
import { IMPORT_FORMATS, type ImportFormat } from '@sunshine/shared';
import type { ImportFile } from '../../../../services/guide-import';
import { pickBrowserFile } from './browser-file';

/** The format a file's name declares; the server checks the content. */
export function formatOf(name: string): ImportFormat | undefined {
  const extension = /\.(\w+)$/.exec(name.trim())?.[1]?.toLowerCase();
  return IMPORT_FORMATS.find((format) => format === extension);
}

/**
 * Let the staff member choose one CSV or JSON file: in WeChat from a chat (a mini-program sees
 * no other files), in the browser from disk. Answers undefined when they cancel, and fails with
 * a message to show when the file is neither.
 */
export async function pickImportFile(): Promise<ImportFile | undefined> {
  const chosen =
    process.env.TARO_ENV === 'h5'
      ? await pickBrowserFile(IMPORT_FORMATS.map((format) => `.${format}`).join(','))
      : await pickFromChat();
  if (!chosen) return undefined;
  const format = formatOf(chosen.name);
  if (!format) {
    chosen.release?.();
    throw new Error(`「${chosen.name}」不是 CSV 或 JSON 文件，请选择 .csv 或 .json 文件`);
  }
  return { ...chosen, format };
}

async function pickFromChat(): Promise<Omit<ImportFile, 'format'> | undefined> {
  try {
    const { tempFiles } = await Taro.chooseMessageFile({
      count: 1,
      type: 'file',
      extension: [...IMPORT_FORMATS],
    });
    const file = tempFiles[0];
    return file && { path: file.path, name: file.name || file.path, size: file.size };
  } catch {
    // The picker was closed: nothing chosen, nothing to say.
    return undefined;
  }
}
