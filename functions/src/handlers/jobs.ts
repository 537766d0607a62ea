import type { FunctionSettings } from '@sunshine/shared';
import { DELIVERY_BATCH } from '../ports/job-queue';

/**
 * The functions no route calls: schedules, the queue worker and the API's catch-all. They are the
 * deployable's business, not the mini-program's, so they are declared here rather than in the
 * route contract (shared/src/contract.ts), in the same shape, grouped by feature like the routes:
 * each one's handler is `handlers/<feature>/<kebab-case name>.ts`, and serverless.yml's function
 * blocks are generated from both tables (scripts/serverless/function-blocks.ts).
 */
export interface JobDef extends FunctionSettings {
  /** What the job does, in a sentence or two: docs/api.md prints it with the job. */
  summary: string;
  /** serverless.yml events as the framework reads them (CloudFormation intrinsics as objects). */
  events: readonly Record<string, unknown>[];
}

/**
 * One send per message, DELIVERY_BATCH per batch (claimed and settled in one write each); failed
 * ones reported back (SQS partial batch response). Above 10 a standard queue needs a batching
 * window: SQS waits up to a second to fill a batch, and calls the worker at once when it is full.
 */
const notificationLane = (queue: string) => ({
  sqs: {
    arn: { 'Fn::GetAtt': [queue, 'Arn'] },
    batchSize: DELIVERY_BATCH,
    maximumBatchingWindow: 1,
    functionResponseType: 'ReportBatchItemFailures',
  },
});

export const JOBS = {
  scheduled: {
    // Scheduled publishing: EventBridge in AWS; serverless-offline runs the same schedule locally.
    publishDue: {
      summary: 'Every minute: publish every scheduled item whose time has come.',
      grants: ['read', 'write', 'invalidate'],
      events: [{ schedule: 'rate(1 minute)' }],
    },
    erasePersonalData: {
      summary:
        'Daily: erase the personal data whose retention period is over, at most `ERASURE_RECORDS_PER_RUN` records a run; the next run goes on with the rest.',
      grants: ['read', 'write'],
      // Its own limit: a run stops itself 15 s before it (cursors saved) and the next goes on.
      timeout: 300,
      environment: {
        // Records one run may erase (see the handler); a larger backlog goes on the next day.
        ERASURE_RECORDS_PER_RUN: '4000',
      },
      events: [{ schedule: 'cron(0 19 * * ? *)' }], // 03:00 China time
    },
  },
  notifications: {
    dispatchReleases: {
      summary:
        "Every minute (and locally right after a publish): fan each pending release out to its topics' subscribers, one queued send each, urgent releases first.",
      grants: ['read', 'write', 'enqueue'],
      timeout: 60,
      events: [{ schedule: 'rate(1 minute)' }],
    },
    deliverNotifications: {
      summary:
        'The queue worker: sends each queued message through WeChat at most once (a claim per release and person), and hands transient failures back to the queue for another try.',
      grants: ['read', 'write', 'secrets', 'dequeue'],
      timeout: 60,
      events: [notificationLane('NotifyUrgentQueue'), notificationLane('NotifyRoutineQueue')],
    },
  },
  search: {
    writeSearchSnapshot: {
      summary:
        "Every minute: when anything was published or withdrawn since the stored search snapshot, the index built as a cold search function builds it and stored for cold starts (the media bucket's private `search-index/`); an older snapshot never replaces a newer one.",
      grants: ['read', 'write', 'searchSnapshotWrite'],
      // The rebuild of 20,000 items takes seconds and the index about 350 MiB of heap, as in search.
      timeout: 120,
      memory: 1024,
      events: [{ schedule: 'rate(1 minute)' }],
    },
  },
  concerns: {
    remindConcernDeadlines: {
      summary:
        "Every 5 minutes: for each open concern's running clocks, a reminder to its assignees (`staff:<userId>`) at half time and an hour before the deadline, made once per concern, clock and milestone however runs overlap.",
      grants: ['read', 'write'],
      events: [{ schedule: 'rate(5 minutes)' }],
    },
  },
  operations: {
    notFound: {
      summary:
        "Any path the route table does not know: 404 `ROUTE_NOT_FOUND` in the envelope, not API Gateway's bare 404.",
      grants: [],
      memory: 128,
      events: [{ httpApi: '*' }],
    },
  },
} as const satisfies Record<string, Record<string, JobDef>>;

export type JobName = { [F in keyof typeof JOBS]: keyof (typeof JOBS)[F] }[keyof typeof JOBS];
