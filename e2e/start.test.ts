import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

describe('npm start', () => {
  test('says the port is taken, without a stack trace, when the stack already runs', () => {
    // The e2e stack holds these ports, as a first `npm start` would.
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], { env: process.env, encoding: 'utf8', timeout: 60_000 });

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/port \d+ is already in use \(set [A-Z_]+=<port>/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
