import { SubmissionGuard } from '../adapters/dynamo/submission-guard';
import { addressSecret } from '../config';
import { addressKey, fingerprintKey } from '../commons/secrets';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient, table } from './base';
import { once } from './once';

// Source addresses are counted under a keyed hash, and client keys record keyed fingerprints, their
// keys derived from a secret of its own (see submission-guard.ts).
export const submissionGuard = /* @__PURE__ */ once(
  () =>
    new SubmissionGuard(documentClient(), table(), {
      address: () => addressKey(addressSecret()),
      fingerprint: () => fingerprintKey(addressSecret()),
    }),
);

/** A store whose writes take their limits and client keys through the guard, built once. */
export const guardedStore = <T>(
  Store: new (client: DynamoDBDocumentClient, tableName: string, guard: SubmissionGuard) => T,
) => /* @__PURE__ */ once(() => new Store(documentClient(), table(), submissionGuard()));
