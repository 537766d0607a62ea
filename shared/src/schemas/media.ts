import * as v from 'valibot';

/**
 * What staff may upload for an interpretation (graphics, audio, video interviews): the types
 * WeChat's Image, Audio and Video components play everywhere, and sizes a phone uploads in
 * reasonable time. The server checks them again on the stored object, by its first bytes.
 */
export const MEDIA_KINDS = ['image', 'audio', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const MEDIA_RULES: Record<
  MediaKind,
  { label: string; contentTypes: readonly string[]; maxBytes: number }
> = {
  image: {
    label: '图片',
    contentTypes: ['image/jpeg', 'image/png', 'image/webp'],
    maxBytes: 5 * 1024 * 1024,
  },
  audio: {
    label: '音频',
    contentTypes: ['audio/mpeg', 'audio/mp4', 'audio/aac'],
    maxBytes: 20 * 1024 * 1024,
  },
  video: { label: '视频', contentTypes: ['video/mp4'], maxBytes: 100 * 1024 * 1024 },
};

export const ALL_MEDIA_TYPES = MEDIA_KINDS.flatMap((kind) => MEDIA_RULES[kind].contentTypes);

export const mediaKindOf = (contentType: string): MediaKind | undefined =>
  MEDIA_KINDS.find((kind) => MEDIA_RULES[kind].contentTypes.includes(contentType));

/** An editor asks where to upload one file. */
export const MediaUploadInputSchema = v.pipe(
  v.object({
    contentType: v.picklist(
      ALL_MEDIA_TYPES as [string, ...string[]],
      `只能上传 JPG、PNG、WebP 图片，MP3、M4A 音频或 MP4 视频`,
    ),
    size: v.pipe(
      v.number('请提供文件大小'),
      v.integer('文件大小须为整数'),
      v.minValue(1, '文件是空的'),
    ),
  }),
  v.check((input) => {
    const kind = mediaKindOf(input.contentType);
    return kind !== undefined && input.size <= MEDIA_RULES[kind].maxBytes;
  }, '文件过大：图片不超过 5 MB，音频不超过 20 MB，视频不超过 100 MB'),
);
export type MediaUploadInput = v.InferOutput<typeof MediaUploadInputSchema>;

/** Where to send the file (a form POST, as WeChat's uploadFile sends it) and what to keep after. */
export interface MediaUploadView {
  /** The upload's own key, fresh for each upload: what to confirm. Never where residents load it from. */
  key: string;
  kind: MediaKind;
  upload: { url: string; fields: Record<string, string> };
  /** Where residents will load it from once it is confirmed (a draft accepts it only then). */
  url: string;
}

/** An upload to confirm: the key its form wrote (uploads/…), as createMediaUpload gave it. */
export const MediaConfirmInputSchema = v.object({
  key: v.pipe(
    v.string('缺少文件标识'),
    v.regex(/^uploads\/[0-9A-HJKMNP-TV-Z]{26}\.(jpg|png|webp|mp3|m4a|aac|mp4)$/, '文件标识无效'),
  ),
});

const text = (max: number, label: string) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.trim(),
    v.minLength(1, `请填写${label}`),
    v.maxLength(max, `${label}不能超过 ${max} 字`),
  );

/** One uploaded file in an interpretation: an image must say what it shows (for screen readers). */
export const MediaItemSchema = v.variant('kind', [
  v.object({
    kind: v.literal('image'),
    url: v.pipe(v.string(), v.url('文件地址无效')),
    alt: text(120, '图片说明（替代文字）'),
  }),
  v.object({
    kind: v.literal('audio'),
    url: v.pipe(v.string(), v.url('文件地址无效')),
    title: text(60, '音频标题'),
  }),
  v.object({
    kind: v.literal('video'),
    url: v.pipe(v.string(), v.url('文件地址无效')),
    title: text(60, '视频标题'),
  }),
]);
export type MediaItem = v.InferOutput<typeof MediaItemSchema>;
