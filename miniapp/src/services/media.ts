import Taro from '@tarojs/taro';
import { ALL_MEDIA_TYPES, type MediaKind } from '@sunshine/shared';
import { ApiError } from './api-error';
import { call } from './request';

/** A file chosen on the phone (or in the browser): where it is, its size, its type. */
export interface ChosenFile {
  path: string;
  size: number;
  contentType: string;
}

const TYPE_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  mp4: 'video/mp4',
};

/** WeChat gives paths, not types: read the type from the extension (the server checks the bytes). */
export function typeOf(path: string, declared?: string): string {
  if (declared && ALL_MEDIA_TYPES.includes(declared)) return declared;
  const extension = /\.(\w+)(?:\?.*)?$/.exec(path)?.[1]?.toLowerCase() ?? '';
  return TYPE_BY_EXTENSION[extension] ?? declared ?? 'application/octet-stream';
}

/** Let the editor pick one image or video from the album or camera. */
export async function chooseFile(
  kind: Exclude<MediaKind, 'audio'>,
): Promise<ChosenFile | undefined> {
  try {
    if (kind === 'image') {
      const { tempFiles } = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] });
      const file = tempFiles[0] as
        | { path: string; size: number; type?: string; originalFileObj?: { type?: string } }
        | undefined;
      return (
        file && {
          path: file.path,
          size: file.size,
          contentType: typeOf(file.path, file.type ?? file.originalFileObj?.type),
        }
      );
    }
    const video = (await Taro.chooseVideo({ compressed: true })) as {
      tempFilePath: string;
      size: number;
      originalFileObj?: { type?: string };
    };
    return {
      path: video.tempFilePath,
      size: video.size,
      contentType: typeOf(video.tempFilePath, video.originalFileObj?.type),
    };
  } catch {
    // The editor closed the picker: nothing chosen, nothing to say.
    return undefined;
  }
}

/**
 * Upload one file: ask the API where (it checks type and size first), send the form to storage
 * as WeChat's uploadFile does, then have the API check what was stored. Answers where it lives.
 */
export async function uploadMedia(file: ChosenFile): Promise<{ kind: MediaKind; url: string }> {
  const target = await call('createMediaUpload', {
    body: { contentType: file.contentType, size: file.size },
  });
  const sent = await Taro.uploadFile({
    url: target.upload.url,
    filePath: file.path,
    name: 'file',
    formData: target.upload.fields,
  });
  if (sent.statusCode >= 300) throw new ApiError('UPSTREAM_BUSY', '文件上传失败，请重试');
  return call('confirmMediaUpload', { body: { key: target.key } });
}
