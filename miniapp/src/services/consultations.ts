import type {
  DecideCommentInput,
  ModerateCommentInput,
  SubmitCommentInput,
} from '@sunshine/shared';
import { call } from './request';

/** Residents: send a comment (signs in first if needed), read the approved ones, and one's own. */
export const submitComment = (id: string, input: SubmitCommentInput) =>
  call('submitComment', { params: { id }, body: input });
export const listComments = (id: string, cursor?: string) =>
  call('listComments', { params: { id }, query: { limit: 20, ...(cursor && { cursor }) } });
export const listMyComments = () => call('listMyComments');

/** Staff: every comment with its private details; review, decide, and publish the report. */
export const listConsultationComments = (id: string, cursor?: string) =>
  call('listConsultationComments', {
    params: { id },
    query: { limit: 50, ...(cursor && { cursor }) },
  });
/** Every comment as a CSV file in private storage, answered as a short-lived link. */
export const exportConsultationComments = (id: string) =>
  call('exportConsultationComments', { params: { id } });
export const moderateComment = (id: string, commentId: string, input: ModerateCommentInput) =>
  call('moderateComment', { params: { id, commentId }, body: input });
export const decideComment = (id: string, commentId: string, input: DecideCommentInput) =>
  call('decideComment', { params: { id, commentId }, body: input });
export const publishConsultationReport = (id: string, summary: string) =>
  call('publishConsultationReport', { params: { id }, body: { summary } });
