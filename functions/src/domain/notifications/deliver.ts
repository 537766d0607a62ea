import { logger } from '../../commons/logger';
import type { Clock } from '../../ports/clock';
import type { CreditLedger, MessageSender } from '../../ports/notification-ports';
import type { Release, ReleaseStore, SendJob } from '../../ports/release-store';

export interface DeliverDeps {
  releases: ReleaseStore;
  sender: MessageSender;
  credits: CreditLedger;
  clock: Clock;
}

/** One queue message: its id, how often it was delivered, and the send it carries. */
export interface Delivery {
  messageId: string;
  receiveCount: number;
  job: SendJob;
}

/** Transient failures are retried through the queue up to this many deliveries, then counted failed. */
export const MAX_DELIVERIES = 4;

/** 00:00 next day, China time: when WeChat's daily quota starts again. */
function nextChinaMidnight(now: Date): string {
  const china = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate() + 1) - 8 * 3600_000).toISOString();
}

/**
 * The worker: send each job at most once. A send is claimed per (release, person) before WeChat is
 * called, so a redelivered batch, or the same person under two topics, never sends twice; a claim
 * found from an earlier delivery of this very message means it died mid-send: unknown, not resent.
 * A credit is used only on success. Answers the ids of messages to deliver again (transient
 * failures), for SQS's partial batch response.
 */
export async function deliver(deps: DeliverDeps, deliveries: Delivery[]): Promise<string[]> {
  const again: string[] = [];
  const releases = new Map<string, Release | undefined>();
  const releaseOf = async (id: string) => {
    if (!releases.has(id)) releases.set(id, await deps.releases.get(id));
    return releases.get(id);
  };
  for (const delivery of deliveries) {
    const { job } = delivery;
    const release = await releaseOf(job.releaseId);
    if (!release) continue;
    if (release.pausedUntil && release.pausedUntil > deps.clock.now().toISOString()) {
      await deps.releases.park(job);
      continue;
    }
    const state = await deps.releases.claim(job, delivery.messageId);
    // This message was being sent when its delivery died: WeChat may have it. Recorded, not resent.
    if (state === 'mine') {
      await deps.releases.finish(job, 'unknown');
      continue;
    }
    // Sent, refused… already, or being sent for another topic of the same release: once is enough.
    if (state !== 'claimed') continue;
    if (release.stoppedBy !== undefined) {
      await deps.releases.finish(job, 'failed');
      continue;
    }
    if (!(await deps.credits.hasCredit(job.userId, release.message.templateId))) {
      await deps.releases.finish(job, 'refused');
      continue;
    }
    const outcome = await deps.sender.send({ ...release.message, openid: job.openid });
    switch (outcome.kind) {
      case 'sent':
        await deps.credits.useCredit(job.userId, release.message.templateId);
        await deps.releases.finish(job, 'sent');
        break;
      case 'no_credit':
        await deps.credits.clearCredits(job.userId, release.message.templateId);
        await deps.releases.finish(job, 'refused');
        break;
      case 'unknown':
        await deps.releases.finish(job, 'unknown');
        break;
      case 'stop':
        // Our template, page or values are wrong: every further send would fail the same way.
        logger.error('release stopped: WeChat refused the message itself', { releaseId: release.id, errcode: outcome.errcode });
        await deps.releases.finish(job, 'failed');
        await deps.releases.stop(release.id, outcome.errcode);
        releases.set(release.id, { ...release, stoppedBy: outcome.errcode });
        break;
      case 'quota': {
        const until = nextChinaMidnight(deps.clock.now());
        await deps.releases.park(job);
        await deps.releases.pause(release.id, until);
        releases.set(release.id, { ...release, pausedUntil: until });
        break;
      }
      case 'retry':
        if (delivery.receiveCount >= MAX_DELIVERIES) {
          await deps.releases.finish(job, 'failed');
        } else {
          await deps.releases.unclaim(job);
          again.push(delivery.messageId);
        }
        break;
    }
  }
  return again;
}
