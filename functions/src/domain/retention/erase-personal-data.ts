import { chinaDate, chinaInstant, RETENTION, yearsAfter } from '@sunshine/shared';
import type { Clock } from '../../ports/clock';
import type { CommentStore } from '../../ports/comment-store';
import type { QuestionStore } from '../../ports/question-store';
import type { ApplicationStore } from '../../ports/application-store';
import type { WorkflowStore } from '../../ports/workflow-store';
import type { DueEntry, ErasureList, ErasureLists } from '../../ports/erasure';

export interface RetentionDeps {
  clock: Clock;
  erasure: ErasureLists;
  workflow: Pick<WorkflowStore, 'get'>;
  comments: Pick<CommentStore, 'eraseComments'>;
  questions: Pick<QuestionStore, 'eraseQuestion'>;
  applications: Pick<ApplicationStore, 'eraseContact'>;
}

/** How much one run may do: records erased, and the time it must leave itself to save its cursors. */
export interface ErasureBudget {
  records: number;
  /** Milliseconds left before the function's timeout (Infinity where there is none). */
  timeLeft: () => number;
}

export interface ErasureReport {
  comments: number;
  questions: number;
  applications: number;
  /** Entries of the lists read this run: only what became due (or changed) since the last. */
  examined: number;
  /** Every list reached its cutoff: false means the next run goes on where this one stopped. */
  complete: boolean;
}

/** Stop with this much time left: a page of erasures and the cursors' writes take a few seconds at most. */
const STOP_BEFORE_TIMEOUT_MS = 15_000;
const PAGE = 25;

type Kind = 'comments' | 'questions' | 'applications';
interface Step {
  list: ErasureList;
  /** The last position that is due (a day, or an instant, as the list sorts). */
  until: string;
  kind?: Kind;
  /** Erase what an entry holds, at most `limit` records; `done: false` leaves the entry for the next run. */
  erase: (entry: DueEntry, limit: number) => Promise<{ erased: number; done: boolean }>;
}

const one = (erased: boolean) => ({ erased: erased ? 1 : 0, done: true });

/**
 * Daily: erase what residents left once its retention period is over (see RETENTION). Each list
 * is sorted by when its records fall due and has a cursor in the table, so a run reads only
 * what became due since the last, and one stopped by its budget resumes there the next day. The
 * budget is shared out between the lists, so a backlog in one never starves the others.
 * Idempotent: a record already erased has nothing left to remove.
 */
export async function erasePersonalData(
  deps: RetentionDeps,
  budget: ErasureBudget,
): Promise<ErasureReport> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const today = chinaDate(now);
  const dayDue = (years: number) => yearsAfter(today, -years);
  // Question lists sort by instants: the start of that China day.
  const instantDue = (years: number) => chinaInstant(dayDue(years)).toISOString();

  const steps: Step[] = [
    // Consultations changed since the last run (all of them, the first time): scheduled for the
    // day they close, so a closed one is read once more, when its comments fall due. A withdrawn
    // one is scheduled too: it is not forgotten.
    {
      list: 'changedItems',
      // A minute back: a save stamped just before now but still committing must not fall behind the cursor.
      until: new Date(now.getTime() - 60_000).toISOString(),
      erase: async (entry) => {
        if (entry.kind === 'consultation' && entry.published && entry.closesOn)
          await deps.erasure.scheduleConsultation(entry.id, entry.closesOn);
        return { erased: 0, done: true };
      },
    },
    {
      list: 'closedConsultations',
      until: dayDue(RETENTION.comments.years),
      kind: 'comments',
      erase: async (entry, limit) => {
        // A consultation whose closing day moved has another entry, on its current day.
        const consultation = await deps.workflow.get(entry.id);
        if (
          consultation?.draft.kind !== 'consultation' ||
          consultation.draft.closesOn !== entry.scheduledFor
        )
          return { erased: 0, done: true };
        return deps.comments.eraseComments(entry.id, limit);
      },
    },
    {
      list: 'answeredQuestions',
      until: instantDue(RETENTION.questions.years),
      kind: 'questions',
      erase: async (entry) => one(await deps.questions.eraseQuestion(entry.id)),
    },
    {
      list: 'unansweredQuestions',
      until: instantDue(RETENTION.questions.years),
      kind: 'questions',
      erase: async (entry) => one(await deps.questions.eraseQuestion(entry.id)),
    },
    {
      list: 'repliedApplications',
      until: dayDue(RETENTION.applications.years),
      kind: 'applications',
      erase: async (entry) => one(await deps.applications.eraseContact(entry.id, at)),
    },
    {
      list: 'overdueApplications',
      until: dayDue(RETENTION.unrepliedApplications.years),
      kind: 'applications',
      erase: async (entry) => one(await deps.applications.eraseContact(entry.id, at)),
    },
    {
      list: 'stoppedApplications',
      until: dayDue(RETENTION.unrepliedApplications.years),
      kind: 'applications',
      erase: async (entry) => one(await deps.applications.eraseContact(entry.id, at)),
    },
  ];

  const report: ErasureReport = {
    comments: 0,
    questions: 0,
    applications: 0,
    examined: 0,
    complete: false,
  };
  const timeUp = () => budget.timeLeft() < STOP_BEFORE_TIMEOUT_MS;

  /** Walk one list from its cursor, erasing at most `share` records; saves the cursor after each page. */
  async function walk(step: Step, share: number): Promise<{ erased: number; done: boolean }> {
    const saved = await deps.erasure.cursor(step.list);
    let after = saved;
    let erased = 0;
    const save = async () => {
      if (after !== undefined && after !== saved) await deps.erasure.saveCursor(step.list, after);
    };
    for (;;) {
      const page = await deps.erasure.page(step.list, after, step.until, PAGE);
      for (const entry of page) {
        if (erased >= share || timeUp()) {
          await save();
          return { erased, done: false };
        }
        report.examined++;
        const result = await step.erase(entry, share - erased);
        erased += result.erased;
        // Not finished (its share ran out inside a consultation): the cursor stays before it.
        if (!result.done) {
          await save();
          return { erased, done: false };
        }
        after = entry.position;
      }
      if (page.length < PAGE) {
        await save();
        return { erased, done: true };
      }
    }
  }

  // Two passes: first each unfinished list gets an equal share of what is left, then whatever
  // the others did not use goes to those still unfinished.
  let left = budget.records;
  const finished = new Set<Step>();
  for (const pass of [0, 1]) {
    const open = steps.filter((step) => !finished.has(step));
    for (const [i, step] of open.entries()) {
      if (left <= 0 || timeUp()) break;
      const share = pass === 0 ? Math.ceil(left / (open.length - i)) : left;
      const { erased, done } = await walk(step, share);
      left -= erased;
      if (step.kind) report[step.kind] += erased;
      if (done) finished.add(step);
    }
  }
  report.complete = finished.size === steps.length;
  return report;
}
