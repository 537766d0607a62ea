import { DynamoMediaRecords } from '../adapters/dynamo/media-store';
import { S3MediaStorage } from '../adapters/s3/s3-media-storage';
import { mediaConfig } from '../config';
import type { MediaDeps } from '../domain/media/upload';
import { clock, ids, tableStore } from './base';
import { once } from './once';

export const mediaStorage = /* @__PURE__ */ once(() => new S3MediaStorage(mediaConfig()));
/** Which uploads passed their check: written by the confirmation, read by every draft save. */
export const mediaRecords = /* @__PURE__ */ tableStore(DynamoMediaRecords);
export const mediaDeps = (): MediaDeps => ({
  media: mediaStorage(),
  records: mediaRecords(),
  ids: ids(),
  clock,
});
