'use strict';

const { spawn } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');

const MAIN = path.join(__dirname, '..', 'main.js');

/** Runs main.js until it exits or prints its first line; resolves with what it printed. */
function runMain(env, { stopAfterStart = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stopAfterStart && stdout.includes('listening')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('main.js', () => {
  test('exits 1 with a one-line message when the port is taken', async () => {
    // Arrange
    const blocker = net.createServer();
    await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address();

    // Act
    const result = await runMain({ WECHAT_SANDBOX_PORT: String(port) });
    blocker.close();

    // Assert
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`port ${port} is in use; set WECHAT_SANDBOX_PORT`);
  });

  test('prints its URL and exits 0 on SIGTERM', async () => {
    // Act
    const result = await runMain(
      { WECHAT_SANDBOX_PORT: '0', WECHAT_SECRET: 'top-secret-value' },
      { stopAfterStart: true },
    );

    // Assert
    expect(result.stdout).toMatch(/http:\/\/127\.0\.0\.1:\d+/);
    expect(result.stdout).not.toContain('top-secret-value');
    expect(result.code).toBe(0);
  });
});
