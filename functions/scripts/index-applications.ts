// `npm run applications:report-index [-- --stage local]`
// Puts every application received before the annual report's index existed into it (data-model
// #114): open ones from the queue, ended ones from the retention list, each with its ending, old
// reply kinds read through the documented mapping (application-legacy.ts). Run it once when the
// change is deployed; running it again changes nothing. The demo seed runs it too.
import { parseArgs } from 'node:util';
import { createDocumentClient } from '../src/adapters/dynamo/client';
import { DynamoApplicationStore } from '../src/adapters/dynamo/application-store';
import { DynamoReportApplicationSource } from '../src/adapters/dynamo/report-application-source';
import { SubmissionGuard } from '../src/adapters/dynamo/submission-guard';

async function main() {
  const { values } = parseArgs({ options: { stage: { type: 'string', default: 'local' } } });
  const local = values.stage === 'local';
  const endpoint =
    process.env.DYNAMODB_ENDPOINT ||
    (local ? `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}` : undefined);
  const table = process.env.TABLE_NAME || `sunshine-${values.stage}-main`;
  const client = createDocumentClient({ endpoint, region: process.env.AWS_REGION });
  const indexed = await reportIndexBackfill(client, table).backfill();
  console.log(`report index: ${indexed} applications indexed`);
  client.destroy();
}

/** The source with a store that only reads (the backfill never submits: no secrets needed). */
export function reportIndexBackfill(
  client: ReturnType<typeof createDocumentClient>,
  table: string,
) {
  const unused = () => {
    throw new Error('the backfill does not submit');
  };
  const store = new DynamoApplicationStore(
    client,
    table,
    new SubmissionGuard(client, table, { address: unused, fingerprint: unused }),
  );
  return new DynamoReportApplicationSource(client, table, store);
}

if (require.main === module)
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
