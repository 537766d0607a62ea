'use strict';

// Starts the WeChat sandbox: `node sandbox/main.js`. Not part of the deployed backend.

const { createSandbox } = require('./wechat-sandbox');

const HOST = '127.0.0.1';

function fail(message) {
  console.error(message);
  process.exit(1);
}

function readPort() {
  const raw = process.env.WECHAT_SANDBOX_PORT || '3900';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`WECHAT_SANDBOX_PORT must be a port number, got "${raw}"`);
  return port;
}

async function main() {
  const port = readPort();
  const overrides = {};
  // Using the backend's own credentials lets it run unchanged against the sandbox.
  if (process.env.WECHAT_APPID) overrides.appid = process.env.WECHAT_APPID;
  if (process.env.WECHAT_SECRET) overrides.secret = process.env.WECHAT_SECRET;
  const sandbox = createSandbox(overrides);

  // Installed before the URL is printed, so a signal sent as soon as it appears is handled.
  const shutdown = () => sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  try {
    const address = await sandbox.listen(port, HOST);
    console.log(
      `WeChat sandbox listening on http://${HOST}:${address.port} (status page: http://${HOST}:${address.port}/)`,
    );
  } catch (err) {
    if (err && err.code === 'EADDRINUSE') fail(`port ${port} is in use; set WECHAT_SANDBOX_PORT`);
    fail(`cannot start WeChat sandbox: ${err && err.message}`);
  }
}

main();
