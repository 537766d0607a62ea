import { replyRelease } from '../notifications/follow-ups';
import type {
  AnsweredQuestionView,
  AskQuestionInput,
  MyQuestionView,
  StaffQuestionView,
} from '@sunshine/shared';
import { AppError, NotFoundError, ValidationError } from '../../commons/errors';
import type { CalendarStore } from '../../ports/calendar-store';
import type { ContentCheck } from '../../ports/content-check';
import type { QuestionStore, StoredQuestion } from '../../ports/question-store';
import { StaleWriteError } from '../../ports/stale-write';
import type { SubmissionGate } from '../../ports/submission-guard';
import type { UserStore } from '../../ports/user-store';
import { auditEntry, type AuditDeps } from '../audit/entry';
import { admitSubmission, clientKeyUse, limitedOr, sameSubmission } from '../submissions/gate';
import { actorRef, type Actor, type StaffActor } from '../identity/actor';
import type { NotifyDeps } from '../notifications/deps';
import { questionDeadline } from './deadline';
import { answeredView, myView, staffView } from './views';

export interface QuestionDeps extends AuditDeps, NotifyDeps {
  questions: QuestionStore;
  calendars: CalendarStore;
  contentCheck: ContentCheck;
  users: UserStore;
  submissions: SubmissionGate;
}

/** More than this in an hour from one person is not a resident asking, and is slowed down. */
const QUESTIONS_PER_HOUR = 10;
/**
 * From one source address: a district hall's or an office's shared Wi-Fi, or a carrier's NAT,
 * puts many residents behind one address, and the whole branch receives a few dozen questions a
 * day; 30 in one hour from one address is beyond that, and stops a script at once.
 */
export const QUESTIONS_PER_ADDRESS_PER_HOUR = 30;

/**
 * A resident asks. A retry of a question already stored answers it, and a person or address at
 * the hour's limit is refused, before anything costs a WeChat call. Then WeChat's content check:
 * risky text is refused (nothing kept); text it asks a person to look at, or could not check, is
 * kept and marked for staff, never dropped. One question per client key, whatever the retries.
 */
export async function askQuestion(
  deps: QuestionDeps,
  actor: Actor,
  input: AskQuestionInput,
  origin: { ip?: string } = {},
): Promise<MyQuestionView> {
  const { clientKey, ...sent } = input;
  const use = clientKeyUse(deps.submissions, 'question', sent);
  const source = { userId: actor.userId, ip: origin.ip };
  const limits = {
    perPersonPerHour: QUESTIONS_PER_HOUR,
    perAddressPerHour: QUESTIONS_PER_ADDRESS_PER_HOUR,
  };
  /** The question a client key already names, as its asker sees it. */
  const earlier = async (id: string) => {
    const first = await deps.questions.get(id);
    if (!first || first.askerId !== actor.userId) throw new AppError('CLIENT_KEY_REUSED');
    return myView(first);
  };
  const retried = await admitSubmission(deps.submissions, {
    clientKey,
    use,
    source,
    limits,
    at: deps.clock.now(),
  });
  if (retried) return earlier(retried.id);

  const user = await deps.users.get(actor.userId);
  const verdict = user
    ? await deps.contentCheck.check({ text: input.text, openid: user.openid })
    : 'unavailable';
  if (verdict === 'risky')
    throw new ValidationError([{ field: 'text', message: '内容含有不适宜的信息，请修改后再提交' }]);
  const askedAt = deps.clock.now();
  const { dueAt, approximate } = await questionDeadline(input.kind, askedAt, deps.calendars);
  const contact =
    input.contact && (input.contact.name || input.contact.phone)
      ? { name: input.contact.name, phone: input.contact.phone }
      : undefined;
  const question: StoredQuestion = {
    id: deps.ids.next(),
    askerId: actor.userId,
    kind: input.kind,
    text: input.text,
    ...(contact && { contact }),
    status: verdict === 'pass' ? 'pending' : 'held',
    heldForCheck: verdict !== 'pass',
    askedAt: askedAt.toISOString(),
    dueAt,
    dueApproximate: approximate,
  };
  const outcome = await deps.questions
    .ask(question, clientKey, use, source, limits)
    .catch((error: unknown) => {
      throw limitedOr(error, askedAt);
    });
  // A copy sent at the same moment stored it first: the same answer, if it is the same question.
  if ('existing' in outcome) return earlier(sameSubmission(outcome.existing, use).id);
  return myView(question);
}

export async function listMyQuestions(
  deps: Pick<QuestionDeps, 'questions'>,
  actor: Actor,
): Promise<MyQuestionView[]> {
  return (await deps.questions.listMine(actor.userId, 50)).map(myView);
}

/** Responders see what waits, the earliest deadline first, with the contact a resident left. */
export async function listQuestionQueue(
  deps: Pick<QuestionDeps, 'questions'>,
): Promise<StaffQuestionView[]> {
  return (await deps.questions.listOpen(100)).map(staffView);
}

export async function answerQuestion(
  deps: Pick<QuestionDeps, 'questions' | 'clock' | 'ids' | 'templates' | 'kickReleases'>,
  actor: StaffActor,
  id: string,
  text: string,
): Promise<StaffQuestionView> {
  const question = await deps.questions.get(id);
  if (!question) throw new NotFoundError('该留言不存在');
  if (question.status === 'answered') throw new AppError('CONFLICT', '该留言已答复');
  const answered: StoredQuestion = {
    ...question,
    status: 'answered',
    answer: { text, at: deps.clock.now().toISOString(), by: actorRef(actor) },
  };
  // The asker is told (if they subscribed to this question): a release written with the answer.
  const release =
    deps.templates &&
    replyRelease(
      { to: 'question', id, kind: question.kind },
      deps.templates,
      deps.ids.next(),
      answered.answer!.at,
    );
  await deps.questions
    .answer(
      answered,
      auditEntry(
        deps,
        actor,
        'question.answer',
        { itemType: 'question', itemId: id },
        `答复留言（${question.kind}）`,
      ),
      release,
    )
    .catch((error: unknown) => {
      // Answered by a colleague, or changed since it was opened (the nightly erasure of an old contact): read it again.
      if (error instanceof StaleWriteError)
        throw new AppError(
          'CONFLICT',
          '该留言刚刚有变动（可能已被答复，或联系方式已按保留期限删除），请刷新后再答复',
        );
      throw error;
    });
  if (release) await deps.kickReleases?.();
  return staffView(answered);
}

/** Answered questions, the latest first: what staff read ratings of and promote to public Q&A. */
/** One answered question without its contact (#38); unanswered or unknown: not found. */
export async function getAnsweredQuestion(
  deps: Pick<QuestionDeps, 'questions'>,
  id: string,
): Promise<AnsweredQuestionView> {
  const question = await deps.questions.get(id);
  if (!question?.answer || question.status !== 'answered')
    throw new NotFoundError('该留言不存在或尚未答复');
  return answeredView({ ...question, answer: question.answer });
}

export async function listAnsweredQuestions(
  deps: Pick<QuestionDeps, 'questions'>,
): Promise<AnsweredQuestionView[]> {
  return (await deps.questions.listAnswered(50)).flatMap((question) =>
    question.answer ? [answeredView({ ...question, answer: question.answer })] : [],
  );
}
