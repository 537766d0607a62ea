import { S3ExportFiles } from '../adapters/s3/s3-export-files';
import { mediaConfig } from '../config';
import { once } from './once';

/** Exported files: the media bucket's private exports/ prefix, read by presigned link only. */
export const exportFiles = /* @__PURE__ */ once(() => new S3ExportFiles(mediaConfig()));
