import { TransactionCanceledException, type CancellationReason } from '@aws-sdk/client-dynamodb';

/** Why DynamoDB cancelled a transaction, item by item in the transaction's order; none for any other error. */
export const cancellationReasons = (error: unknown): CancellationReason[] => (error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : []);
