import Taro from '@tarojs/taro';
import type { ImportFormat } from '@sunshine/shared';
import { ApiError } from './api-error';
import { createImportUpload } from './staff';
import { weChatCall } from './wechat-call';

/** A catalogue file chosen for import: where it is (a WeChat temp path or a browser blob URL). */
export interface ImportFile {
  path: string;
  name: string;
  size: number;
  format: ImportFormat;
  /** Frees what the picker holds for the file (a browser blob URL) once it is sent. */
  release?: () => void;
}

// A 50 MB file over an office uplink can take minutes; the 60 s default would cut it off.
const UPLOAD_TIMEOUT_MS = 10 * 60_000;

/**
 * Send an import file to storage: ask the API where (it checks format and size first), then
 * post the form as WeChat's uploadFile does. Answers the key an import job reads it by.
 */
export async function uploadImportFile(file: ImportFile): Promise<string> {
  try {
    const target = await createImportUpload(file.format, file.size);
    // uploadFile rejects with a bare { errMsg }: weChatCall says it in words staff can act on.
    const sent = await weChatCall(
      () =>
        Taro.uploadFile({
          url: target.upload.url,
          filePath: file.path,
          name: 'file',
          formData: target.upload.fields,
          timeout: UPLOAD_TIMEOUT_MS,
        }),
      '文件上传失败，请检查网络后重试',
    );
    if (!sent || sent.statusCode >= 300)
      throw new ApiError('UPSTREAM_BUSY', '文件上传失败，请重试');
    return target.key;
  } finally {
    file.release?.();
  }
}
