// Seed demo content into the table named by TABLE_NAME at DYNAMODB_ENDPOINT. Idempotent: an
// item that already exists (perhaps edited by staff since) is left as it is.
import { createDocumentClient } from '../src/adapters/dynamo/client';
import { DynamoInterpretationStore } from '../src/adapters/dynamo/interpretation-store';
import { requireEnv } from '../src/commons/config';
import { seedDemoContent } from '../src/seed/seed-demo';

async function main() {
  const client = createDocumentClient({ endpoint: requireEnv('DYNAMODB_ENDPOINT') });
  const result = await seedDemoContent(new DynamoInterpretationStore(client, requireEnv('TABLE_NAME')));
  console.log(`demo content: ${result.written} interpretations written, ${result.existing} already present`);
  client.destroy();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
