import { randomUUID } from 'node:crypto';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { contentDisposition } from '../../commons/content-disposition';
import type { ExportFiles } from '../../ports/export-files';
import type { S3MediaConfig } from './s3-media-storage';

/** Where exports are kept: private (the bucket policy opens media/ only), expired after a day. */
const PREFIX = 'exports/';
/** Long enough to tap the link and download on a slow phone, short enough that a forwarded one dies soon. */
export const EXPORT_LINK_SECONDS = 600;
/**
 * A file is sent to S3 in parts of this size as it is written (S3 asks at least 5 MB of each part
 * but the last): a 10,000-guide catalogue (about 15 MB as CSV) never sits whole in memory.
 */
const PART_BYTES = 8 * 1024 * 1024;

const extensionOf = (fileName: string) =>
  /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase() ?? 'bin';

export class S3ExportFiles implements ExportFiles {
  private readonly client: S3Client;

  constructor(private readonly config: Pick<S3MediaConfig, 'bucket' | 'endpoint' | 'region'>) {
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

  async save(file: { fileName: string; contentType: string; body: AsyncIterable<string> }) {
    // An unguessable key: the signed link is the only way in, and it names this object alone.
    const key = `${PREFIX}${randomUUID()}.${extensionOf(file.fileName)}`;
    const object = {
      Bucket: this.config.bucket,
      Key: key,
      ContentType: file.contentType,
      // Stored with the object, so every download of the link is named, in Chinese, in H5.
      ContentDisposition: contentDisposition(file.fileName),
      CacheControl: 'private, no-store',
    };
    const bytes = await this.upload(object, file.body);
    const expiresAt = new Date(Date.now() + EXPORT_LINK_SECONDS * 1000).toISOString();
    const url = await getSignedUrl(
      this.client,
      new GetObjectCommand({ Bucket: this.config.bucket, Key: key }),
      { expiresIn: EXPORT_LINK_SECONDS },
    );
    return { url, expiresAt, bytes };
  }

  /** One PutObject for a small file; a multipart upload, part by part as the text comes, for a large one. */
  private async upload(
    object: { Bucket: string; Key: string; ContentType: string; ContentDisposition: string },
    body: AsyncIterable<string>,
  ): Promise<number> {
    const encoder = new TextEncoder();
    let held: Uint8Array[] = [];
    let heldBytes = 0;
    let total = 0;
    let uploadId: string | undefined;
    const parts: Array<{ ETag?: string; PartNumber: number }> = [];
    const take = () => {
      const buffer = Buffer.concat(held, heldBytes);
      held = [];
      heldBytes = 0;
      return buffer;
    };
    const sendPart = async () => {
      uploadId ??= (await this.client.send(new CreateMultipartUploadCommand(object))).UploadId;
      const PartNumber = parts.length + 1;
      const { ETag } = await this.client.send(
        new UploadPartCommand({
          Bucket: object.Bucket,
          Key: object.Key,
          UploadId: uploadId,
          PartNumber,
          Body: take(),
        }),
      );
      parts.push({ ETag, PartNumber });
    };
    try {
      for await (const text of body) {
        const chunk = encoder.encode(text);
        held.push(chunk);
        heldBytes += chunk.length;
        total += chunk.length;
        if (heldBytes >= PART_BYTES) await sendPart();
      }
      if (!uploadId) {
        await this.client.send(new PutObjectCommand({ ...object, Body: take() }));
        return total;
      }
      if (heldBytes > 0) await sendPart();
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: object.Bucket,
          Key: object.Key,
          UploadId: uploadId,
          MultipartUpload: { Parts: parts },
        }),
      );
      return total;
    } catch (error) {
      if (uploadId)
        await this.client
          .send(
            new AbortMultipartUploadCommand({
              Bucket: object.Bucket,
              Key: object.Key,
              UploadId: uploadId,
            }),
          )
          .catch(() => undefined);
      throw error;
    }
  }
}
