// `node start-parts.mjs <dynamodb port> <sandbox port>`: starts parts of the local stack as
// `npm start` starts them (DynamoDB Local on Java, the sandbox on Node), prints "ready" once they
// listen, then idles, so a test can kill this process with SIGKILL (no handler runs then) and see
// whether the parts outlive it.
import { join } from 'node:path';
import { startDynamoDbLocal } from '../../lib/dynamodb-local.mjs';
import { portInUse, ROOT, spawnPart, waitFor } from '../../lib/process.mjs';

const [dynamodbPort, sandboxPort] = process.argv.slice(2).map(Number);
await startDynamoDbLocal({ port: dynamodbPort });
spawnPart(process.execPath, [join(ROOT, 'sandbox', 'main.js')], {
  env: { ...process.env, WECHAT_SANDBOX_PORT: String(sandboxPort) },
  stdio: 'ignore',
});
await waitFor('the sandbox', async () => {
  if (!(await portInUse(sandboxPort))) throw new Error('not listening yet');
});
process.stdout.write('ready\n');
setInterval(() => undefined, 60_000);
