// One DynamoDB Local (in memory) for the integration run; each suite creates its own table in it.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { startDynamoDbLocal } from '../../../scripts/lib/dynamodb-local.mjs';
import { readTableDefinitions } from '../../../scripts/lib/tables.mjs';
import { startS3Local } from '../../../scripts/lib/s3-local.mjs';

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  const { child, endpoint } = await startDynamoDbLocal({ port: await freePort() });
  globalThis.__DYNAMODB_LOCAL__ = child;
  // A real S3-compatible server for the media tests, in a temporary directory.
  const s3 = await startS3Local({ port: 0 });
  globalThis.__S3_LOCAL__ = s3;
  process.env.TEST_S3_ENDPOINT = s3.endpoint;
  const definitionsFile = join(tmpdir(), `sunshine-tables-${process.pid}.json`);
  writeFileSync(definitionsFile, JSON.stringify(readTableDefinitions({ stage: 'test' })));
  // Workers start after this and inherit these.
  process.env.TEST_DYNAMODB_ENDPOINT = endpoint;
  process.env.TEST_TABLE_DEFINITIONS = definitionsFile;
}
