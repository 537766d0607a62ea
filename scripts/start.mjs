// `npm start`: the whole product on this machine. Ctrl-C stops every part; so does `kill -9` of
// this process, through each part's watchdog (spawnPart in lib/process.mjs).
import { join } from 'node:path';
import { ROOT } from './lib/process.mjs';
import { ensureDataVersion } from './lib/data-version.mjs';
import { startStack } from './lib/stack.mjs';

try {
  const dbPath = join(ROOT, '.data');
  const movedTo = ensureDataVersion(dbPath);
  if (movedTo)
    console.log(
      `The data model changed since the last start: the old local data was moved to ${movedTo} (delete it when you no longer need it).`,
    );
  const stack = await startStack({ dbPath });
  const { web, api, sandbox, dynamodb } = stack.urls;
  console.log(`
阳光政务 is running:
  mini-program (H5)   ${web}
  API                 ${api}
  WeChat sandbox      ${sandbox}
  DynamoDB Local      ${dynamodb}  (data in .data/)
Staff pages: 工作人员入口 at the bottom of the home page; sign in as demo-admin, demo-editor,
demo-reviewer, demo-discloser (or any other name, as a resident). First admin elsewhere: npm run staff:invite.
Press Ctrl-C to stop.`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  console.error(`\n${error.message}`);
  process.exit(1);
}
