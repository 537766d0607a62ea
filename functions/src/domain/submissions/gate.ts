import { AppError, RateLimitedError } from '../../commons/errors';
import {
  RateLimitError,
  type ClientKeyUse,
  type RecordedSubmission,
  type SubmissionGate,
  type SubmissionKind,
  type SubmissionLimits,
  type SubmissionSource,
} from '../../ports/submission-guard';

/** JSON with its keys sorted at every level: the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, each]) => each !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, each]) => `${JSON.stringify(key)}:${canonical(each)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What a client key is used for: the kind and the gate's keyed fingerprint of what was sent
 * without the key (so the key's record holds no copy of a resident's text, contact or identity
 * number, nor a plain hash that would confirm a guess at one).
 */
export function clientKeyUse(
  gate: Pick<SubmissionGate, 'fingerprint'>,
  kind: SubmissionKind,
  payload: object,
): ClientKeyUse {
  return { kind, fingerprint: fingerprintOf(gate, payload) };
}

/** The gate's keyed fingerprint of a payload: the same content, in any key order, the same fingerprint. */
export function fingerprintOf(gate: Pick<SubmissionGate, 'fingerprint'>, payload: object): string {
  return gate.fingerprint(canonical(payload));
}

/**
 * The earlier submission a retry answers with. A key used for another kind or another content is
 * refused: answering the first submission would tell the resident that what they sent now was stored.
 */
export function sameSubmission(
  recorded: RecordedSubmission,
  use: ClientKeyUse,
): RecordedSubmission {
  // A key recorded before fingerprints were kept can only be compared by kind.
  if (
    recorded.kind !== use.kind ||
    (recorded.fingerprint !== undefined && recorded.fingerprint !== use.fingerprint)
  )
    throw new AppError('CLIENT_KEY_REUSED');
  return recorded;
}

/** Refused for the hour: try again when its counter turns (the next whole hour, UTC: the counters' buckets). */
export function rateLimited(at: Date): RateLimitedError {
  const nextHour = Math.floor(at.getTime() / 3_600_000 + 1) * 3_600_000;
  return new RateLimitedError((nextHour - at.getTime()) / 1000, '提交过于频繁，请稍后再试');
}

/** The store's refusal (a neighbour took the last slot meanwhile) as the same 429 as the gate's. */
export function limitedOr(error: unknown, at: Date): unknown {
  return error instanceof RateLimitError ? rateLimited(at) : error;
}

/**
 * WeChat content checks a person (or an address) may cause in an hour, per submission the hour
 * allows: twice, so a resident whose text was refused can rewrite it and still use every slot,
 * while a burst of copies sent at once costs at most twice the limit (20 for questions, not one
 * per copy).
 */
const CONTENT_CHECKS_PER_SUBMISSION = 2;

/**
 * Before a submission costs a WeChat call: a retry of a recorded one answers from it (the earlier
 * submission, returned), a key reused for something else is refused, and a person or address
 * already at the hour's limit is refused. Nothing of the hour's submissions is counted here (the
 * slot is taken with the write), so a request refused later, by validation or WeChat's check,
 * uses none; the `checks` it is about to cause are taken from the content checks' budget, which
 * read-only counts cannot hold against copies sent at the same moment.
 */
export async function admitSubmission(
  gate: SubmissionGate,
  request: {
    clientKey: string;
    use: ClientKeyUse;
    source: SubmissionSource;
    limits: SubmissionLimits;
    at: Date;
    checks?: number;
  },
): Promise<RecordedSubmission | undefined> {
  const { clientKey, use, source, limits, at, checks = 1 } = request;
  const recorded = await gate.recorded(source.userId, clientKey);
  if (recorded) return sameSubmission(recorded, use);
  const budget = {
    ...limits,
    perPersonPerHour: CONTENT_CHECKS_PER_SUBMISSION * limits.perPersonPerHour,
    perAddressPerHour: CONTENT_CHECKS_PER_SUBMISSION * limits.perAddressPerHour,
  };
  try {
    await gate.checkLimits(source, limits, at.toISOString());
    await gate.spendContentChecks(source, budget, at.toISOString(), checks);
  } catch (error) {
    // A copy of this very submission, refused because its twins spent the budget, answers what one of them stored.
    const stored =
      error instanceof RateLimitError ? await gate.recorded(source.userId, clientKey) : undefined;
    if (stored) return sameSubmission(stored, use);
    throw limitedOr(error, at);
  }
  return undefined;
}
