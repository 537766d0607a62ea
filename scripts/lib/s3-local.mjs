// A local S3-compatible server (s3rver) for the media of interpretations: under `npm start`
// (objects kept beside the database) and in tests (a fresh temporary directory).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export const LOCAL_MEDIA_BUCKET = 'media';

/** Start s3rver on 127.0.0.1:port with the media bucket; directory undefined = a temporary one. */
export async function startS3Local({ port, directory }) {
  const dir = directory ?? mkdtempSync(join(tmpdir(), 'sunshine-s3-'));
  mkdirSync(dir, { recursive: true });
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    directory: dir,
    silent: true,
    configureBuckets: [{ name: LOCAL_MEDIA_BUCKET }],
  });
  const { port: actualPort } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    stop: () => server.close(),
  };
}
