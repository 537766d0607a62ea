import { createDocumentClient } from './adapters/dynamo/client';
import { DynamoInterpretationStore } from './adapters/dynamo/interpretation-store';
import { optionalEnv, requireEnv } from './commons/config';
import type { InterpretationStore } from './ports/interpretation-store';

/**
 * Adapters built once per Lambda container (on first use, so a test can set the environment
 * before importing a handler) and reused by every request it serves.
 */
let interpretations: InterpretationStore | undefined;

export function interpretationStore(): InterpretationStore {
  interpretations ??= new DynamoInterpretationStore(
    createDocumentClient({ endpoint: optionalEnv('DYNAMODB_ENDPOINT'), region: optionalEnv('AWS_REGION') }),
    requireEnv('TABLE_NAME'),
  );
  return interpretations;
}
