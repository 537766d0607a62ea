import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from './adapters/dynamo/client';
import { DynamoInterpretationStore } from './adapters/dynamo/interpretation-store';
import { optionalEnv, requireEnv } from './commons/config';
import type { InterpretationStore } from './ports/interpretation-store';

/**
 * Adapters built once per Lambda container (on first use, so a test can set the environment
 * before importing a handler) and reused by every request it serves.
 */
let client: DynamoDBDocumentClient | undefined;
let interpretations: InterpretationStore | undefined;

export function documentClient(): DynamoDBDocumentClient {
  client ??= createDocumentClient({ endpoint: optionalEnv('DYNAMODB_ENDPOINT'), region: optionalEnv('AWS_REGION') });
  return client;
}

export function interpretationStore(): InterpretationStore {
  interpretations ??= new DynamoInterpretationStore(documentClient(), requireEnv('TABLE_NAME'));
  return interpretations;
}
