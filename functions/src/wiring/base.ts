import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../adapters/dynamo/client';
import { shiftedClock } from '../adapters/system/shifted-clock';
import { ulidIds } from '../adapters/system/ulid-ids';
import { localClockFile, tableConfig } from '../config';
import type { AuditDeps } from '../domain/audit/entry';
import { systemClock } from '../ports/clock';
import { once } from './once';

/**
 * What every feature's wiring builds on: one DynamoDB client and the table, the clock and ids.
 * Each feature's adapters are built once per Lambda container, on first use (so a test can set
 * the environment before importing a handler), and shared by every request it serves; `once`
 * calls are marked pure so a bundle keeps only the adapters its handler uses.
 */
export const documentClient: () => DynamoDBDocumentClient = /* @__PURE__ */ once(() =>
  createDocumentClient(tableConfig()),
);
export const table = () => tableConfig().name;
/** A store that needs only the client and the table, built once. */
export const tableStore = <T>(
  Store: new (client: DynamoDBDocumentClient, tableName: string) => T,
) => /* @__PURE__ */ once(() => new Store(documentClient(), table()));

export const ids = /* @__PURE__ */ once(ulidIds);
// A value, not a builder: handlers read it as `clock`. Moved only under `npm start` (time travel).
const clockFile = localClockFile();
export const clock = clockFile ? shiftedClock(clockFile) : systemClock;

export const auditDeps = (): AuditDeps => ({ clock, ids: ids() });
