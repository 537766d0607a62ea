import { chinaDayStart } from '@sunshine/shared';
import { logger } from '../../commons/logger';
import type { Clock } from '../../ports/clock';
import type { Delivery } from '../../ports/job-queue';
import type {
  CreditLedger,
  CreditOf,
  MessageSender,
  PublicItems,
} from '../../ports/notification-ports';
import type {
  Attempt,
  Release,
  ReleaseStore,
  SendEnd,
  SendOutcomeState,
} from '../../ports/release-store';
import { stoppedIfWithdrawn } from './item-withdrawn';

export interface DeliverDeps {
  releases: ReleaseStore;
  sender: MessageSender;
  credits: CreditLedger;
  clock: Clock;
  items: PublicItems;
}

/** Transient failures are retried through the queue up to this many deliveries, then counted failed. */
export const MAX_DELIVERIES = 4;

/** 00:00 next day, China time: when WeChat's daily quota starts again. */
const nextChinaMidnight = (now: Date) => chinaDayStart(now, 1).toISOString();

/** One message of the batch with its release as this batch knows it. */
interface Work {
  delivery: Delivery;
  attempt: Attempt;
  releaseId: string;
}

/**
 * What the batch decided, recorded together at its end (one write for the claims' ends and
 * give-backs, one for the credits) rather than per message.
 */
interface Settlement {
  ends: SendEnd[];
  /** Per end: whether it spends a credit (WeChat may have delivered it), once its recorder is this call. */
  spends: boolean[];
  givenBack: Attempt[];
  /** Messages SQS delivers again. */
  again: Set<string>;
}

/**
 * The worker: send each job at most once, a batch at a time. The batch's sends are claimed per
 * (release, person) in one write before WeChat is called, so a redelivered batch, or the same
 * person under two topics on two workers at once, never sends twice; a claim found from an earlier
 * delivery of this very message means it died mid-send: unknown, not resent. The won sends go to
 * WeChat together; how they ended is recorded in one write at the end (the counts with it), and
 * a credit is spent by whoever ends a send that WeChat may have delivered (sent or unknown), once:
 * the end is recorded first and only its recorder spends. A worker that dies between sending and
 * settling leaves its claims in progress: their redelivery records each unknown, as for one send.
 * A release whose item is no longer public (checked once per release per batch) is stopped, and
 * its sends counted failed without calling WeChat. Answers the ids of messages to deliver again
 * (transient failures, and claims that met other writes), for SQS's partial batch response.
 */
export async function deliver(deps: DeliverDeps, deliveries: Delivery[]): Promise<string[]> {
  const releases = new Map<string, Release | undefined>();
  const settlement: Settlement = { ends: [], spends: [], givenBack: [], again: new Set() };
  const work = await claimable(deps, deliveries, releases, settlement.again);
  const attempts = work.map((each) => each.attempt);
  const claims = await deps.releases.claimAll(attempts).catch(async (error) => {
    // Claims that kept meeting other writes (the table briefly away): the batch comes again. Nothing
    // was sent, so claims its write made before the error surfaced (a commit whose answer was lost)
    // are given back first: else their redelivery would find them its own and record unknown.
    logger.warn('batch delivered again after its claims failed', { error });
    await deps.releases.settle([], attempts).catch(() => undefined);
    for (const each of work) settlement.again.add(each.delivery.messageId);
    return undefined;
  });
  const won: Work[] = [];
  for (const [index, claim] of (claims ?? []).entries()) {
    const each = work[index]!;
    switch (claim.kind) {
      case 'held': // sent, refused… already, or being sent by another delivery (another topic): once is enough
        break;
      case 'mine': // this message was being sent when its delivery died: WeChat may have it. Recorded, not resent
        end(settlement, each, 'unknown', true);
        break;
      case 'won':
        if (releases.get(each.releaseId)!.stoppedBy !== undefined) end(settlement, each, 'failed');
        else won.push(each);
    }
  }
  await sendAll(deps, won, releases, settlement);
  await settle(deps, releases, settlement);
  return [...settlement.again];
}

/**
 * The batch's messages that may be claimed: each release read once (and stopped if its item left
 * the public side), and the same person of a release only once per batch (one transaction may not
 * write an item twice). The person's other messages come again rather than being taken as done:
 * one of them may be the redelivery that holds the person's claim in progress, which only it can
 * record (unknown). A paused release's sends are parked only once claimed (`sendOne`): a
 * redelivery that finds its own claim must record it unknown, not park it to be sent again.
 */
async function claimable(
  deps: DeliverDeps,
  deliveries: Delivery[],
  releases: Map<string, Release | undefined>,
  again: Set<string>,
): Promise<Work[]> {
  const work: Work[] = [];
  const people = new Set<string>();
  for (const delivery of deliveries) {
    const { job, messageId } = delivery;
    try {
      if (!releases.has(job.releaseId)) {
        const release = await deps.releases.get(job.releaseId);
        releases.set(job.releaseId, release && (await stoppedIfWithdrawn(deps, release)));
      }
      const release = releases.get(job.releaseId);
      if (!release) continue;
      const person = `${job.releaseId}\u0000${job.userId}`;
      if (people.has(person)) {
        again.add(messageId);
        continue;
      }
      people.add(person);
      work.push({ delivery, attempt: { job, deliveryId: messageId }, releaseId: job.releaseId });
    } catch (error) {
      logger.warn('send delivered again after an error', {
        releaseId: job.releaseId,
        messageId,
        error,
      });
      again.add(messageId);
    }
  }
  return work;
}

/** A stopped release sends nothing whenever the quota comes back: its sends end now, not parked. */
const isPaused = (deps: DeliverDeps, release: Release) =>
  release.stoppedBy === undefined &&
  release.pausedUntil !== undefined &&
  release.pausedUntil > deps.clock.now().toISOString();

function end(settlement: Settlement, work: Work, outcome: SendOutcomeState, spends = false) {
  settlement.ends.push({ ...work.attempt, outcome });
  settlement.spends.push(spends);
}

function giveBack(settlement: Settlement, work: Work) {
  settlement.givenBack.push(work.attempt);
  settlement.again.add(work.delivery.messageId);
}

/** The won sends: their credits read in one go, then all sent to WeChat at once. */
async function sendAll(
  deps: DeliverDeps,
  won: Work[],
  releases: Map<string, Release | undefined>,
  settlement: Settlement,
): Promise<void> {
  const creditOf = (each: Work): CreditOf => ({
    userId: each.attempt.job.userId,
    templateId: releases.get(each.releaseId)!.message.templateId,
  });
  // Until WeChat is called nothing has gone out: an error here gives the claims back, so the
  // redelivery sends instead of finding its own claim and recording unknown.
  const credited = await deps.credits.haveCredits(won.map(creditOf)).catch((error: unknown) => {
    logger.warn('batch delivered again: its credits could not be read', { error });
    for (const each of won) giveBack(settlement, each);
    return undefined;
  });
  if (!credited) return;
  const go = async (each: Work, index: number) => {
    try {
      // Paused by the day's quota (before this batch, or by its first send): kept for the resume.
      const release = releases.get(each.releaseId)!;
      if (isPaused(deps, release))
        // Not parked (the table briefly away): its claim is given back and it comes again.
        return await deps.releases
          .park(each.delivery.job, each.delivery.messageId)
          .catch(() => giveBack(settlement, each));
      if (!credited[index]) return end(settlement, each, 'refused');
      await sendOne(deps, each, releases, settlement);
    } catch (error) {
      // Died mid-send (WeChat may have it): its claim stays in progress, and its redelivery
      // records it unknown.
      logger.warn('send delivered again after an error', {
        releaseId: each.releaseId,
        messageId: each.delivery.messageId,
        error,
      });
      settlement.again.add(each.delivery.messageId);
    }
  };
  // Each release's first send goes ahead alone: if WeChat refuses our message (47003…) or the
  // day's quota is spent, the rest of the batch is not sent in vain. Then the rest, all at once.
  const firsts = new Map<string, number>();
  for (const [index, each] of won.entries())
    if (!firsts.has(each.releaseId)) firsts.set(each.releaseId, index);
  const leading = new Set(firsts.values());
  await Promise.all([...leading].map((index) => go(won[index]!, index)));
  await Promise.all(
    [...won.keys()].filter((index) => !leading.has(index)).map((index) => go(won[index]!, index)),
  );
}

async function sendOne(
  deps: DeliverDeps,
  each: Work,
  releases: Map<string, Release | undefined>,
  settlement: Settlement,
): Promise<void> {
  const { job, messageId } = each.delivery;
  const release = releases.get(each.releaseId)!;
  // Stopped or paused by an answer to an earlier send of this batch.
  if (release.stoppedBy !== undefined) return end(settlement, each, 'failed');
  if (isPaused(deps, release)) return deps.releases.park(job, messageId);
  const outcome = await deps.sender.send({ ...release.message, openid: job.openid });
  switch (outcome.kind) {
    case 'sent':
      return end(settlement, each, 'sent', true);
    case 'no_credit':
      await deps.credits.clearCredits(job.userId, release.message.templateId);
      return end(settlement, each, 'refused');
    case 'unknown': // WeChat may have delivered it, and then it used the credit
      return end(settlement, each, 'unknown', true);
    case 'stop': {
      // Our template, page or values are wrong: every further send would fail the same way.
      end(settlement, each, 'failed');
      const current = releases.get(each.releaseId)!;
      if (current.stoppedBy !== undefined) return;
      logger.error('release stopped: WeChat refused the message itself', {
        releaseId: release.id,
        errcode: outcome.errcode,
      });
      releases.set(release.id, { ...current, stoppedBy: outcome.errcode });
      return deps.releases.stop(release.id, outcome.errcode);
    }
    case 'quota': {
      await deps.releases.park(job, messageId);
      const current = releases.get(each.releaseId)!;
      if (current.pausedUntil) return;
      const until = nextChinaMidnight(deps.clock.now());
      releases.set(release.id, { ...current, pausedUntil: until });
      return deps.releases.pause(release.id, until);
    }
    case 'retry':
      if (each.delivery.receiveCount >= MAX_DELIVERIES) return end(settlement, each, 'failed');
      return giveBack(settlement, each);
  }
}

/**
 * The batch's ends and give-backs in one write; then the credits of the sends this call ended.
 * A batch write that fails (still meeting other writes after its turns) is done send by send; a
 * send whose own write fails too is delivered again, and its claim, still in progress, then
 * records it unknown (as a delivery that died after sending would). Done one by one, a transient
 * failure's give-back is not lost with the batch: its redelivery sends instead of recording unknown.
 */
async function settle(
  deps: DeliverDeps,
  releases: Map<string, Release | undefined>,
  { ends, spends, givenBack, again }: Settlement,
): Promise<void> {
  if (!ends.length && !givenBack.length) return;
  const ended = await deps.releases.settle(ends, givenBack).catch(async (error: unknown) => {
    logger.warn('batch settled send by send: its outcomes could not be recorded together', {
      error,
    });
    return settleOneByOne(deps, ends, givenBack, again);
  });
  const spent = ends.filter((_, index) => ended[index] && spends[index]);
  await deps.credits
    .useCredits(
      spent.map(({ job }) => ({
        userId: job.userId,
        templateId: releases.get(job.releaseId)!.message.templateId,
      })),
    )
    .catch((error: unknown) => {
      logger.warn('credits of a batch not used', { error });
      for (const each of spent) again.add(each.deliveryId);
    });
}

/** The one-send forms of a settle: which ends this call recorded; what failed comes again. */
async function settleOneByOne(
  deps: DeliverDeps,
  ends: SendEnd[],
  givenBack: Attempt[],
  again: Set<string>,
): Promise<boolean[]> {
  const ended = await Promise.all(
    ends.map(({ job, deliveryId, outcome }) =>
      deps.releases.finish(job, deliveryId, outcome).catch(() => {
        again.add(deliveryId);
        return false;
      }),
    ),
  );
  // Given back or not, these are delivered again (they are in `again` already).
  await Promise.all(
    givenBack.map(({ job, deliveryId }) => deps.releases.unclaim(job, deliveryId).catch(() => {})),
  );
  return ended;
}
