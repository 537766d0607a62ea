import type { ConsultationReport, DecideCommentInput, ModerateCommentInput, MyComment, Page, PublicComment, StaffComment, SubmitCommentInput } from '@sunshine/shared';
import { call } from './request';

/** Residents: send a comment (signs in first if needed), read the approved ones, and one's own. */
export const submitComment = (id: string, input: SubmitCommentInput) => call<MyComment & { answersCounted: boolean }>('submitComment', { params: { id }, body: input });
export const listComments = (id: string, cursor?: string) => call<Page<PublicComment>>('listComments', { params: { id }, query: { limit: 20, ...(cursor && { cursor }) } });
export const listMyComments = () => call<MyComment[]>('listMyComments');

/** Staff: every comment with its private details; review, decide, and publish the report. */
export const listConsultationComments = (id: string, cursor?: string) => call<Page<StaffComment>>('listConsultationComments', { params: { id }, query: { limit: 50, ...(cursor && { cursor }) } });
export const moderateComment = (id: string, commentId: string, input: ModerateCommentInput) => call<StaffComment>('moderateComment', { params: { id, commentId }, body: input });
export const decideComment = (id: string, commentId: string, input: DecideCommentInput) => call<StaffComment>('decideComment', { params: { id, commentId }, body: input });
export const publishConsultationReport = (id: string, summary: string) => call<ConsultationReport>('publishConsultationReport', { params: { id }, body: { summary } });
