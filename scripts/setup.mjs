// `npm run setup`: fetch what `npm start` and the tests need beyond npm packages (the DynamoDB
// Local jar) and check Java, so the first start says what is missing before it runs anything.
import { ensureDynamoDbLocal, requireJava } from './lib/dynamodb-local.mjs';

try {
  requireJava();
  ensureDynamoDbLocal();
  console.log('Setup complete: Java found, DynamoDB Local in .dynamodb-local/.');
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
