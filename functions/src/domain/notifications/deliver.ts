import { chinaDayStart } from '@sunshine/shared';
import { logger } from '../../commons/logger';
import type { Clock } from '../../ports/clock';
import type { Delivery } from '../../ports/job-queue';
import type { CreditLedger, MessageSender, PublicItems } from '../../ports/notification-ports';
import type { Release, ReleaseStore, SendOutcomeState } from '../../ports/release-store';
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

/**
 * The worker: send each job at most once. A send is claimed per (release, person) before WeChat is
 * called, so a redelivered batch, or the same person under two topics on two workers at once, never
 * sends twice; a claim found from an earlier delivery of this very message means it died mid-send:
 * unknown, not resent. A credit is spent by whoever ends a send that WeChat may have delivered (sent
 * or unknown), once: the end is recorded first and only its recorder spends. A release whose item
 * is no longer public (checked once per release per batch) is stopped, and its sends counted failed
 * without calling WeChat. Answers the ids of
 * messages to deliver again (transient failures, and a claim that met another write), for SQS's
 * partial batch response.
 */
export async function deliver(deps: DeliverDeps, deliveries: Delivery[]): Promise<string[]> {
  const again: string[] = [];
  const releases = new Map<string, Release | undefined>();
  const releaseOf = async (id: string) => {
    if (!releases.has(id)) {
      const release = await deps.releases.get(id);
      releases.set(id, release && (await stoppedIfWithdrawn(deps, release)));
    }
    return releases.get(id);
  };
  for (const delivery of deliveries) {
    try {
      const release = await releaseOf(delivery.job.releaseId);
      if (release && (await deliverOne(deps, delivery, release, releases)) === 'again')
        again.push(delivery.messageId);
    } catch (error) {
      // This message only (a claim that met another write, the table briefly away): SQS delivers it
      // again, and its claim says what happened before.
      logger.warn('send delivered again after an error', {
        releaseId: delivery.job.releaseId,
        messageId: delivery.messageId,
        error,
      });
      again.push(delivery.messageId);
    }
  }
  return again;
}

async function deliverOne(
  deps: DeliverDeps,
  delivery: Delivery,
  release: Release,
  releases: Map<string, Release | undefined>,
): Promise<'done' | 'again'> {
  const { job, messageId } = delivery;
  const { templateId } = release.message;
  /** Ends the send; the credit is spent only by the one call that ended it. */
  const end = async (outcome: SendOutcomeState, spendsCredit = false) => {
    if ((await deps.releases.finish(job, messageId, outcome)) && spendsCredit)
      await deps.credits.useCredit(job.userId, templateId);
  };
  // A stopped release sends nothing whenever the quota comes back: its sends end now, not parked.
  if (
    release.stoppedBy === undefined &&
    release.pausedUntil &&
    release.pausedUntil > deps.clock.now().toISOString()
  ) {
    await deps.releases.park(job, messageId);
    return 'done';
  }
  const claim = await deps.releases.claim(job, messageId);
  switch (claim.kind) {
    case 'held': // sent, refused… already, or being sent by another delivery (another topic): once is enough
      return 'done';
    case 'mine': // this message was being sent when its delivery died: WeChat may have it. Recorded, not resent
      await end('unknown', true);
      return 'done';
    case 'won':
      break;
  }
  if (release.stoppedBy !== undefined) {
    await end('failed');
    return 'done';
  }
  // Until WeChat is called nothing has gone out: an error here gives the claim back, so the
  // redelivery sends instead of finding its own claim and recording unknown.
  const hasCredit = await deps.credits
    .hasCredit(job.userId, templateId)
    .catch(async (error: unknown) => {
      await deps.releases.unclaim(job, messageId);
      throw error;
    });
  if (!hasCredit) {
    await end('refused');
    return 'done';
  }
  const outcome = await deps.sender.send({ ...release.message, openid: job.openid });
  switch (outcome.kind) {
    case 'sent':
      await end('sent', true);
      return 'done';
    case 'no_credit':
      await deps.credits.clearCredits(job.userId, templateId);
      await end('refused');
      return 'done';
    case 'unknown': // WeChat may have delivered it, and then it used the credit
      await end('unknown', true);
      return 'done';
    case 'stop':
      // Our template, page or values are wrong: every further send would fail the same way.
      logger.error('release stopped: WeChat refused the message itself', {
        releaseId: release.id,
        errcode: outcome.errcode,
      });
      await end('failed');
      await deps.releases.stop(release.id, outcome.errcode);
      releases.set(release.id, { ...release, stoppedBy: outcome.errcode });
      return 'done';
    case 'quota': {
      const until = nextChinaMidnight(deps.clock.now());
      await deps.releases.park(job, messageId);
      await deps.releases.pause(release.id, until);
      releases.set(release.id, { ...release, pausedUntil: until });
      return 'done';
    }
    case 'retry':
      if (delivery.receiveCount >= MAX_DELIVERIES) {
        await end('failed');
        return 'done';
      }
      await deps.releases.unclaim(job, messageId);
      return 'again';
  }
}
