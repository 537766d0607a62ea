// `npm run index:backfill [-- --stage local]`
// Gives every item published before 索引号 existed its number, in order of first publication, per
// year (numberEarlierItems). Run it once when the change is deployed, after an admin saved the
// bureau's 统一社会信用代码 (without it the numbers leave the code out, for good). Idempotent.
// Locally (stage "local", the default) it writes to the DynamoDB Local of `npm start`; for an AWS
// stage, run it with that account's credentials and AWS_REGION set, then let the CDN expire (60 s).
import { parseArgs } from 'node:util';
import { createDocumentClient } from '../src/adapters/dynamo/client';
import { DynamoBureauStore } from '../src/adapters/dynamo/bureau-store';
import { DynamoWorkflowStore } from '../src/adapters/dynamo/workflow-store';
import { numberEarlierItems } from '../src/domain/workflow/index-number';

async function main() {
  const { values } = parseArgs({ options: { stage: { type: 'string', default: 'local' } } });
  const local = values.stage === 'local';
  const endpoint =
    process.env.DYNAMODB_ENDPOINT ||
    (local ? `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}` : undefined);
  const table = process.env.TABLE_NAME || `sunshine-${values.stage}-main`;
  const client = createDocumentClient({ endpoint, region: process.env.AWS_REGION });
  const { numbered } = await numberEarlierItems({
    workflow: new DynamoWorkflowStore(client, table),
    bureau: new DynamoBureauStore(client, table),
  });
  console.log(`索引号: ${numbered} earlier items numbered`);
  client.destroy();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
