import {
  chinaDate,
  chinaDateTime,
  COMMENT_STATUS_LABELS,
  DECISION_LABELS,
  type ExportFileView,
} from '@sunshine/shared';
import type { Clock } from '../../ports/clock';
import type { CommentStore } from '../../ports/comment-store';
import type { ContentStore } from '../../ports/content-store';
import type { ExportFiles } from '../../ports/export-files';
import { exportCsv } from '../exports/export-file';
import { findConsultation, staffComment } from './comments';

export interface ExportCommentsDeps {
  comments: CommentStore;
  content: ContentStore;
  files: ExportFiles;
  clock: Clock;
}

const PAGE = 500;

/**
 * Every comment of a consultation as a CSV file for the staff handling it: exactly what the staff
 * comment list shows (text, clause, time, the name and contact the commenter chose to leave,
 * review, decision, the closed questions' answers), never the commenter's account (openid).
 */
export async function exportConsultationComments(
  deps: ExportCommentsDeps,
  consultationId: string,
): Promise<ExportFileView> {
  const consultation = await findConsultation(deps.content, consultationId);
  const questions = consultation.questions ?? [];
  async function* rows() {
    let cursor: string | undefined;
    do {
      const page = await deps.comments.listAll(consultationId, cursor, PAGE);
      // Through the staff list's own view of a comment: what it leaves out (the account) stays out.
      for (const comment of page.items.map(staffComment))
        yield [
          comment.id,
          chinaDateTime(new Date(comment.at)),
          comment.section ?? '总体意见',
          comment.text,
          comment.name ?? '',
          comment.contact ?? '',
          COMMENT_STATUS_LABELS[comment.status],
          comment.reason ?? '',
          comment.decision ? DECISION_LABELS[comment.decision.decision] : '',
          comment.decision?.reason ?? '',
          ...questions.map((question, index) =>
            (comment.answers[index] ?? [])
              .map((option) => question.options[option] ?? '')
              .join('、'),
          ),
        ];
      cursor = page.nextCursor;
    } while (cursor);
  }
  return exportCsv(deps.files, {
    fileName: `征求意见-${consultation.title.slice(0, 40)}-${chinaDate(deps.clock.now())}.csv`,
    header: [
      '意见编号',
      '提交时间',
      '条款',
      '意见内容',
      '姓名',
      '联系方式',
      '审核状态',
      '不公开理由',
      '采纳情况',
      '采纳理由',
      ...questions.map((question) => question.prompt),
    ],
    rows: rows(),
  });
}
