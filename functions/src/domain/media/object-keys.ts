/**
 * Where uploaded files lie in storage. A presigned form writes uploads/<id>.<ext> (private, expired
 * by storage after a day); its confirmation copies it to media/<id>.<ext>, the only prefix residents
 * read and the only one a draft may name. No form is ever signed for a media/ key.
 */
export const UPLOAD_PREFIX = 'uploads/';
export const PUBLISHED_PREFIX = 'media/';

/** The key a confirmed upload is served from: same id and extension, under media/. */
export const publishedKeyOf = (uploadKey: string) =>
  `${PUBLISHED_PREFIX}${uploadKey.slice(UPLOAD_PREFIX.length)}`;

/** The storage key a URL of ours names (under media/), or undefined if it is not one of ours. */
export function publishedKeyOfUrl(publicBaseUrl: string, url: string): string | undefined {
  const base = `${publicBaseUrl.replace(/\/$/, '')}/`;
  if (!url.startsWith(base)) return undefined;
  const key = url.slice(base.length);
  return key.startsWith(PUBLISHED_PREFIX) ? key : undefined;
}
