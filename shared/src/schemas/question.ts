import * as v from 'valibot';
import { ClientKeySchema } from './client-key';
import type { AnswerRating } from './question-rating';
import { QUESTION_KINDS, type QuestionKind } from './question-kinds';

const PHONE = /^(\d{3,4}-?\d{7,8}|1\d{10})$/;

export const AskQuestionInputSchema = v.object({
  /** Made by the app once per question: a retry or a double tap carries the same key, and is one question. */
  clientKey: ClientKeySchema,
  kind: v.picklist(QUESTION_KINDS, '请选择咨询类别'),
  text: v.pipe(
    v.string('请填写问题'),
    v.trim(),
    v.minLength(5, '问题至少写 5 个字'),
    v.maxLength(1000, '问题不能超过 1000 字'),
    v.regex(/\S/, '请填写问题'),
  ),
  /** Optional, private: only the staff who answer see it. */
  contact: v.optional(
    v.object({
      name: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(20, '称呼不能超过 20 字')), ''),
      phone: v.optional(
        v.pipe(
          v.string(),
          v.trim(),
          v.check((phone) => phone === '' || PHONE.test(phone), '电话号码格式不正确'),
        ),
        '',
      ),
    }),
  ),
  consent: v.literal(true, '请阅读并同意隐私说明后提交'),
});
export type AskQuestionInput = v.InferOutput<typeof AskQuestionInputSchema>;

export const AnswerQuestionInputSchema = v.object({
  text: v.pipe(
    v.string('请填写答复'),
    v.trim(),
    v.minLength(1, '请填写答复'),
    v.maxLength(3000, '答复不能超过 3000 字'),
  ),
});

/** pending: waiting for an answer; held: WeChat's check asked for a person to look first; answered. */
export type QuestionStatus = 'pending' | 'held' | 'answered';

export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  pending: '待答复',
  held: '待答复',
  answered: '已答复',
};

/** What the resident who asked sees: their question, its deadline and the answer (no contact, no staff names). */
export interface MyQuestionView {
  id: string;
  kind: QuestionKind;
  text: string;
  status: QuestionStatus;
  askedAt: string;
  dueAt: string;
  answer?: { text: string; at: string };
  /** The asker's 好差评 of the answer, once given. */
  rating?: AnswerRating;
}

/** What staff see in the queue: also the contact (private) and whether WeChat's check held it. */
export interface StaffQuestionView extends MyQuestionView {
  contact?: { name: string; phone: string };
  heldForCheck: boolean;
  /** The deadline counted without a calendar for its year (weekends only): to be treated as approximate. */
  dueApproximate: boolean;
}

/** An answered question as staff see it afterwards: no contact, who answered, its rating, whether promoted. */
export interface AnsweredQuestionView extends MyQuestionView {
  answer: { text: string; at: string; by: { userId: string; displayName: string } };
  promotedTo?: { draftId: string; at: string };
}
