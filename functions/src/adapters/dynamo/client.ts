import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConfig {
  /** Set for DynamoDB Local; unset in AWS, where the SDK finds the regional endpoint. */
  endpoint?: string;
  region?: string;
}

/**
 * Build the document client. With a local endpoint the SDK gets static dummy credentials:
 * otherwise it walks the credential chain, finds nothing and the first call crashes
 * serverless-offline.
 */
export function createDocumentClient({
  endpoint,
  region,
}: DynamoConfig = {}): DynamoDBDocumentClient {
  const client = new DynamoDBClient(
    endpoint
      ? {
          endpoint,
          region: region ?? 'local',
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : { region },
  );
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
