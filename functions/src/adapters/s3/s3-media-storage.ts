import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  NoSuchKey,
  S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import type { MediaStorage } from '../../ports/media-storage';

export interface S3MediaConfig {
  bucket: string;
  /** Where residents read objects (a CDN in AWS; the local web server's /media/ path locally). */
  publicUrl: string;
  /** Where browsers and phones send uploads, if not the bucket's own address (the local proxy). */
  uploadUrl?: string;
  /** A local S3-compatible server (s3rver); absent in AWS. */
  endpoint?: string;
  region?: string;
}

const isMissing = (error: unknown) =>
  error instanceof NotFound ||
  error instanceof NoSuchKey ||
  ['NotFound', 'NoSuchKey'].includes((error as { name?: string }).name ?? '');

/** Uploads go as a presigned POST (what WeChat's uploadFile sends), valid for ten minutes. */
const UPLOAD_VALID_SECONDS = 600;
const HEAD_BYTES = 16;

export class S3MediaStorage implements MediaStorage {
  private readonly client: S3Client;

  constructor(private readonly config: S3MediaConfig) {
    this.client = new S3Client({
      region: config.region ?? 'us-east-1',
      ...(config.endpoint && {
        endpoint: config.endpoint,
        forcePathStyle: true,
        // s3rver's own well-known key pair: only ever used against a local server.
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      }),
    });
  }

  async presignUpload({
    key,
    contentType,
    maxBytes,
  }: {
    key: string;
    contentType: string;
    maxBytes: number;
  }) {
    // Given a Key without ${filename}, the SDK puts {"key": key} in the signed policy: the form
    // writes that key and no other (S3 refuses a changed key field), for as long as it is valid.
    const { url, fields } = await createPresignedPost(this.client, {
      Bucket: this.config.bucket,
      Key: key,
      Conditions: [
        ['content-length-range', 1, maxBytes],
        ['eq', '$Content-Type', contentType],
      ],
      Fields: { 'Content-Type': contentType },
      Expires: UPLOAD_VALID_SECONDS,
    });
    return { url: this.config.uploadUrl ?? url, fields };
  }

  async inspect(key: string) {
    try {
      const head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.config.bucket, Key: key }),
      );
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.config.bucket,
          Key: key,
          Range: `bytes=0-${HEAD_BYTES - 1}`,
        }),
      );
      const bytes = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
      return {
        size: head.ContentLength ?? 0,
        contentType: head.ContentType ?? '',
        head: bytes.slice(0, HEAD_BYTES),
      };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async copy(from: string, to: string) {
    try {
      await this.client.send(
        new CopyObjectCommand({
          Bucket: this.config.bucket,
          CopySource: `${this.config.bucket}/${from}`,
          Key: to,
        }),
      );
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async remove(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }

  async *read(key: string, offset: number): AsyncIterable<Uint8Array> {
    const object = await this.client.send(
      new GetObjectCommand({ Bucket: this.config.bucket, Key: key, Range: `bytes=${offset}-` }),
    );
    // In Node the body is a Readable: an async iterable of Buffers.
    yield* object.Body as unknown as AsyncIterable<Uint8Array>;
  }

  publicUrl(key: string) {
    return `${this.config.publicUrl.replace(/\/$/, '')}/${key}`;
  }
}
