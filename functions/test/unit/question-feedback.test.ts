import type { AnswerRating, AnswerRatingsView } from '@sunshine/shared';
import { AppError } from '../../src/commons/errors';
import { promoteQuestion } from '../../src/domain/questions/promote';
import { rateAnswer } from '../../src/domain/questions/rate-answer';
import type { StaffActor } from '../../src/domain/identity/actor';
import type { AuditEntry } from '../../src/ports/audit-log';
import type { QuestionStore, StoredQuestion } from '../../src/ports/question-store';
import { StaleWriteError } from '../../src/ports/stale-write';
import type { WorkflowItem } from '../../src/ports/workflow-store';
import { testId } from '../support/interpretations';

/** Just enough of a question store for the use cases' rules: optimistic writes on `rev`. */
class FakeQuestions implements Partial<QuestionStore> {
  readonly questions = new Map<string, StoredQuestion>();
  readonly drafts: WorkflowItem[] = [];
  readonly audits: AuditEntry[] = [];
  /** Make the next write lose to a concurrent one, as DynamoDB would. */
  loseNext = 0;

  async get(id: string) {
    const question = this.questions.get(id);
    return question && structuredClone(question);
  }

  private write(question: StoredQuestion, change: Partial<StoredQuestion>) {
    const stored = this.questions.get(question.id)!;
    if (this.loseNext > 0 || (stored.rev ?? 0) !== (question.rev ?? 0)) {
      this.loseNext = Math.max(0, this.loseNext - 1);
      throw new StaleWriteError();
    }
    this.questions.set(question.id, { ...stored, ...change, rev: (stored.rev ?? 0) + 1 });
  }

  async rate(question: StoredQuestion, rating: AnswerRating) {
    this.write(question, { rating });
  }

  async promote(question: StoredQuestion, draft: WorkflowItem, audit: AuditEntry) {
    if (this.questions.get(question.id)?.promotedTo) throw new StaleWriteError();
    this.write(question, {
      promotedTo: { draftId: draft.id, at: draft.createdAt, by: draft.owner },
    });
    this.drafts.push(draft);
    this.audits.push(audit);
  }

  async ratingTotals(): Promise<AnswerRatingsView> {
    return { byResponder: [], byKind: [], recent: [] };
  }
}

const clock = { now: () => new Date('2026-03-02T02:00:00.000Z') };
let next = 100;
const ids = { next: () => testId(next++) };
const resident = { userId: 'u-asker', roles: [] };
const editor: StaffActor = { userId: 'u-editor', displayName: '赵编辑', roles: ['editor'] };
const responder: StaffActor = {
  userId: 'u-responder',
  displayName: '王答复',
  roles: ['responder'],
};

function aQuestion(overrides: Partial<StoredQuestion> = {}): StoredQuestion {
  return {
    id: testId(1),
    askerId: 'u-asker',
    kind: 'service',
    text: '我叫张三，电话 13812345678，护照丢了怎么办？',
    contact: { name: '张三', phone: '13812345678' },
    status: 'answered',
    heldForCheck: false,
    askedAt: '2026-03-01T02:00:00.000Z',
    dueAt: '2026-03-04T15:59:59.000Z',
    dueApproximate: false,
    answer: {
      text: '张三您好，请到出入境大厅补办。',
      at: '2026-03-01T08:00:00.000Z',
      by: { userId: 'u-responder', displayName: '王答复' },
    },
    ...overrides,
  };
}

function setUp(question = aQuestion()) {
  const store = new FakeQuestions();
  store.questions.set(question.id, question);
  return { store, deps: { questions: store as unknown as QuestionStore, clock, ids } };
}

describe('rateAnswer', () => {
  test('the asker rates an answered question, and rating again replaces it', async () => {
    const { store, deps } = setUp();

    await rateAnswer(deps, resident, testId(1), { score: 4, problems: [], reason: '' });
    const view = await rateAnswer(deps, resident, testId(1), {
      score: 2,
      problems: ['unclear'],
      reason: '没说清楚',
    });

    expect(view.rating).toMatchObject({ score: 2, problems: ['unclear'], reason: '没说清楚' });
    expect(store.questions.get(testId(1))).toMatchObject({ rating: { score: 2 }, rev: 2 });
  });

  test('refuses a question not yet answered', async () => {
    const { deps } = setUp(aQuestion({ status: 'pending', answer: undefined }));

    await expect(
      rateAnswer(deps, resident, testId(1), { score: 5, problems: [], reason: '' }),
    ).rejects.toMatchObject({ status: 409, message: '留言答复后才能评价' });
  });

  test("refuses someone else's question", async () => {
    const { deps } = setUp();

    await expect(
      rateAnswer(deps, { userId: 'u-neighbour', roles: [] }, testId(1), {
        score: 1,
        problems: ['attitude'],
        reason: '',
      }),
    ).rejects.toMatchObject({ status: 403 });
  });

  test('answers 404 for an id that is not a question', async () => {
    const { deps } = setUp();

    await expect(
      rateAnswer(deps, resident, 'not-an-id', { score: 5, problems: [], reason: '' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  test('reads again and retries when a concurrent rating won', async () => {
    const { store, deps } = setUp();
    store.loseNext = 2;

    await rateAnswer(deps, resident, testId(1), { score: 5, problems: [], reason: '' });

    expect(store.questions.get(testId(1))?.rating?.score).toBe(5);
  });
});

describe('promoteQuestion', () => {
  test('an editor makes an anonymized qa draft they own, and the question remembers it', async () => {
    const { store, deps } = setUp();

    const view = await promoteQuestion(deps, editor, testId(1));

    const [draft] = store.drafts;
    expect(draft).toMatchObject({
      status: 'draft',
      owner: { userId: 'u-editor' },
      draft: {
        kind: 'qa',
        title: '我叫***，电话 ***，护照丢了怎么办？',
        answer: '***您好，请到出入境大厅补办。',
      },
    });
    expect(view.promotedTo?.draftId).toBe(draft?.id);
    expect(store.questions.get(testId(1))?.promotedTo?.draftId).toBe(draft?.id);
    expect(store.audits[0]).toMatchObject({ action: 'question.promote', itemId: testId(1) });
    expect(store.audits[0]?.summary).not.toMatch(/张三|13812345678/);
  });

  test('refuses to promote twice', async () => {
    const { deps } = setUp();
    await promoteQuestion(deps, editor, testId(1));

    await expect(promoteQuestion(deps, editor, testId(1))).rejects.toMatchObject({
      status: 409,
      message: '该留言已转为公开问答，请勿重复操作',
    });
  });

  test('refuses a responder without the editor role', async () => {
    const { store, deps } = setUp();

    await expect(promoteQuestion(deps, responder, testId(1))).rejects.toBeInstanceOf(AppError);
    await expect(promoteQuestion(deps, responder, testId(1))).rejects.toMatchObject({
      status: 403,
    });
    expect(store.drafts).toHaveLength(0);
  });

  test('refuses a question not yet answered', async () => {
    const { deps } = setUp(aQuestion({ status: 'pending', answer: undefined }));

    await expect(promoteQuestion(deps, editor, testId(1))).rejects.toMatchObject({
      status: 409,
      message: '留言答复后才能转为公开问答',
    });
  });

  test('a colleague promoting it between our read and our write turns into the same refusal', async () => {
    const { store, deps } = setUp();
    const readBefore = structuredClone(store.questions.get(testId(1))!);
    await promoteQuestion(deps, { ...editor, userId: 'u-other', displayName: '钱编辑' }, testId(1));
    const get = store.get.bind(store);
    let first = true;
    store.get = async (id: string) => (first ? ((first = false), readBefore) : get(id));

    await expect(promoteQuestion(deps, editor, testId(1))).rejects.toMatchObject({
      status: 409,
      message: '该留言已转为公开问答，请勿重复操作',
    });
    expect(store.drafts).toHaveLength(1);
  });
});
