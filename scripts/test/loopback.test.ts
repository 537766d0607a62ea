import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynamoDbLocal } from '../lib/dynamodb-local.mjs';
import { waitFor } from '../lib/process.mjs';
import { startS3Local } from '../lib/s3-local.mjs';
import { startWebServer } from '../lib/web-server.mjs';
import { freePort, listeningAddresses } from './support/listening';

/**
 * The README says every part of `npm start` is on 127.0.0.1: each part, started as the stack
 * starts it, listens there and on no other address (the kernel's table of listening sockets, as
 * `ss -ltn` shows it). serverless-offline, slow to start, is checked in e2e/start.test.ts.
 */
const DYNAMODB_START_MS = 60_000;

const stopped = (child: ChildProcess) =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(undefined)
      : child.once('exit', resolve),
  );

describe('every part of the local stack listens on 127.0.0.1 only', () => {
  test(
    'DynamoDB Local',
    async () => {
      const port = await freePort();
      const { child } = await startDynamoDbLocal({ port });
      try {
        expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
      } finally {
        child.kill('SIGTERM');
        await stopped(child);
      }
    },
    DYNAMODB_START_MS,
  );

  test('the S3-compatible media storage (s3rver)', async () => {
    const s3 = await startS3Local({
      port: 0,
      directory: mkdtempSync(join(tmpdir(), 'loopback-s3-')),
    });
    try {
      expect(listeningAddresses(s3.port)).toEqual(['127.0.0.1']);
    } finally {
      await s3.stop();
    }
  });

  test('the web server', async () => {
    const server = await startWebServer({ root: tmpdir(), port: 0, proxies: {} });
    try {
      expect(listeningAddresses((server.address() as AddressInfo).port)).toEqual(['127.0.0.1']);
    } finally {
      server.close();
    }
  });

  test('the WeChat sandbox', async () => {
    const port = await freePort();
    const sandbox = spawn(process.execPath, [join(__dirname, '..', '..', 'sandbox', 'main.js')], {
      env: { ...process.env, WECHAT_SANDBOX_PORT: String(port) },
      stdio: 'ignore',
    });
    try {
      await waitFor(
        'the sandbox',
        async () => {
          if (listeningAddresses(port).length === 0) throw new Error('not listening yet');
        },
        10_000,
      );
      expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
    } finally {
      sandbox.kill('SIGTERM');
      await stopped(sandbox);
    }
  });
});
