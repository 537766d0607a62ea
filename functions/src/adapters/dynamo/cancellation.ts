import { TransactionCanceledException, type CancellationReason } from '@aws-sdk/client-dynamodb';

/** Why DynamoDB cancelled a transaction, item by item in the transaction's order; none for any other error. */
export const cancellationReasons = (error: unknown): CancellationReason[] =>
  error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];

/** Transactions that met on one item take turns: wait a little, at random and longer each time, before the next try. */
export const backOff = (attempt: number, stepMs = 20) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * stepMs * attempt));
