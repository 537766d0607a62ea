import type { AnsweredQuestionView, MyQuestionView, StaffQuestionView } from '@sunshine/shared';
import type { StoredQuestion } from '../../ports/question-store';

/** What the asker sees: no contact, no staff names. */
export function myView({
  id,
  kind,
  text,
  status,
  askedAt,
  dueAt,
  answer,
  rating,
}: StoredQuestion): MyQuestionView {
  return {
    id,
    kind,
    text,
    status,
    askedAt,
    dueAt,
    ...(answer && { answer: { text: answer.text, at: answer.at } }),
    ...(rating && { rating }),
  };
}

/** What responders see in the queue: the contact a resident left, and whether WeChat's check held it. */
export function staffView(question: StoredQuestion): StaffQuestionView {
  return {
    ...myView(question),
    ...(question.contact && { contact: question.contact }),
    heldForCheck: question.heldForCheck,
    dueApproximate: question.dueApproximate,
  };
}

/** An answered question for staff afterwards: who answered, the rating, whether promoted; never the contact or the asker. */
export function answeredView(
  question: StoredQuestion & { answer: NonNullable<StoredQuestion['answer']> },
): AnsweredQuestionView {
  const { by } = question.answer;
  return {
    ...myView(question),
    answer: {
      text: question.answer.text,
      at: question.answer.at,
      by: { userId: by.userId, displayName: by.displayName },
    },
    ...(question.promotedTo && {
      promotedTo: { draftId: question.promotedTo.draftId, at: question.promotedTo.at },
    }),
  };
}
