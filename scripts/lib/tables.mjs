// Tables come from serverless.yml (the one source of truth): `serverless print` resolves its
// variables, and each AWS::DynamoDB::Table resource becomes a CreateTable call locally.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { ROOT } from './process.mjs';

// This machine runs Node 20 (the Lambda runtime is nodejs22.x); the pinned SDK supports both,
// so its notice about future versions is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export function localDynamoClient(endpoint) {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

const printed = new Map();

/** serverless.yml with its variables resolved, for one stage (printed once per process). */
function printConfig(stage) {
  if (printed.has(stage)) return printed.get(stage);
  const text = execFileSync(
    join(ROOT, 'node_modules', '.bin', 'serverless'),
    ['print', '--format', 'json', '--stage', stage],
    {
      cwd: ROOT,
      encoding: 'utf8',
      // Print resolves every variable: placeholders keep it from asking SSM for the secrets,
      // which the table definitions do not use.
      env: {
        SESSION_SECRET: 'unused',
        WECHAT_APPID: 'unused',
        WECHAT_SECRET: 'unused',
        ...process.env,
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
      },
      timeout: 60_000,
    },
  );
  printed.set(stage, JSON.parse(text));
  return printed.get(stage);
}

/** The names of the functions serverless.yml declares. */
export function readFunctionNames({ stage = 'local' } = {}) {
  return Object.keys(printConfig(stage).functions ?? {});
}

/** The CreateTable inputs of every table serverless.yml declares, for one stage. */
export function readTableDefinitions({ stage = 'local' } = {}) {
  const resources = printConfig(stage).resources?.Resources ?? {};
  return Object.entries(resources)
    .filter(([, resource]) => resource.Type === 'AWS::DynamoDB::Table')
    .map(([logicalId, { Properties }]) => {
      // Properties DynamoDB's CreateTable does not take; PITR, TTL and deletion protection are AWS-side settings.
      const {
        PointInTimeRecoverySpecification,
        TimeToLiveSpecification,
        DeletionProtectionEnabled,
        Tags,
        ...input
      } = Properties;
      return { logicalId, input };
    });
}

/** Create each table that does not exist yet; `rename` maps a declared name to a local one. */
export async function createTables(endpoint, definitions, rename = (name) => name) {
  const client = localDynamoClient(endpoint);
  try {
    const existing = new Set((await client.send(new ListTablesCommand({}))).TableNames ?? []);
    const created = [];
    for (const { input } of definitions) {
      const TableName = rename(input.TableName);
      if (existing.has(TableName)) continue;
      await client.send(new CreateTableCommand({ ...input, TableName }));
      created.push(TableName);
    }
    return created;
  } finally {
    client.destroy();
  }
}
