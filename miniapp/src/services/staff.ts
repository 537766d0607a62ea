import type {
  ApplicationEventInput,
  AuditEntryView,
  AuditQuery,
  ContentDraft,
  GuideImportView,
  GuideRatingsView,
  ImportFormat,
  ImportUploadView,
  InvitationInput,
  InvitationView,
  Page,
  RevisionView,
  StaffApplicationView,
  StaffMemberView,
  StaffQuestionView,
  AnsweredQuestionView,
  AnswerRatingsView,
  StaffRole,
  StartImportInput,
  TopicView,
  WorkflowItemView,
  WorkflowSummaryView,
} from '@sunshine/shared';
import { call, callText } from './request';

// Editorial workflow.
export const listWorkflowItems = (view: 'mine' | 'review' | 'all') => call<WorkflowSummaryView[]>('listWorkflowItems', { query: { view } });
export const getWorkflowItem = (id: string) => call<WorkflowItemView>('getWorkflowItem', { params: { id } });
export const createDraft = (draft: ContentDraft) => call<WorkflowItemView>('createDraft', { body: draft });
export const updateDraft = (id: string, draft: ContentDraft) => call<WorkflowItemView>('updateDraft', { params: { id }, body: draft });
export const submitForReview = (id: string) => call<WorkflowItemView>('submitForReview', { params: { id }, body: {} });
export const returnDraft = (id: string, comment: string) => call<WorkflowItemView>('returnDraft', { params: { id }, body: { comment } });
export const publishItem = (id: string, publishAt?: string) => call<WorkflowItemView>('publishItem', { params: { id }, body: publishAt ? { publishAt } : {} });
export const withdrawItem = (id: string, reason: string) => call<WorkflowItemView>('withdrawItem', { params: { id }, body: { reason } });
export const listRevisions = (id: string) => call<RevisionView[]>('listRevisions', { params: { id } });

// What residents said of a published guide (好差评), so a wrong guide is found and fixed.
export const listGuideRatings = (id: string) => call<GuideRatingsView>('listGuideRatings', { params: { id } });

// Residents' questions (留言咨询), answered by responders.
export const listQuestionQueue = () => call<StaffQuestionView[]>('listQuestionQueue');
export const answerQuestion = (id: string, text: string) => call<StaffQuestionView>('answerQuestion', { params: { id }, body: { text } });
export const listAnsweredQuestions = () => call<AnsweredQuestionView[]>('listAnsweredQuestions');
export const promoteQuestion = (id: string) => call<AnsweredQuestionView>('promoteQuestion', { params: { id } });
export const listAnswerRatings = () => call<AnswerRatingsView>('listAnswerRatings');

// Disclosure applications (依申请公开), handled by disclosers.
export const listApplicationQueue = () => call<StaffApplicationView[]>('listApplicationQueue');
export const getApplication = (id: string) => call<StaffApplicationView>('getApplication', { params: { id } });
export const recordApplicationEvent = (id: string, input: ApplicationEventInput) => call<StaffApplicationView>('recordApplicationEvent', { params: { id }, body: input });

// Administration.
export const listStaff = () => call<StaffMemberView[]>('listStaff');
export const changeStaffRoles = (userId: string, roles: StaffRole[]) => call<StaffMemberView>('changeStaffRoles', { params: { userId }, body: { roles } });
export const revokeStaff = (userId: string) => call<StaffMemberView>('revokeStaff', { params: { userId }, body: {} });
export const createInvitation = (input: InvitationInput) => call<InvitationView>('createInvitation', { body: input });
export const listAudit = (query: Partial<AuditQuery>) => call<Page<AuditEntryView>>('listAudit', { query });
export const exportAudit = (query: Partial<AuditQuery>) => callText('exportAudit', { query });

// The service catalogue in bulk.

export const exportGuides = (format: ImportFormat) => callText('exportGuides', { query: { format } });
export const createImportUpload = (format: ImportFormat, size: number) => call<ImportUploadView>('createImportUpload', { body: { format, size } });
export const startGuideImport = (input: StartImportInput) => call<GuideImportView>('startGuideImport', { body: input });
export const continueGuideImport = (id: string) => call<GuideImportView>('continueGuideImport', { params: { id }, body: {} });
export const getGuideImport = (id: string) => call<GuideImportView>('getGuideImport', { params: { id } });

// Topics (guide categories) an admin adds.
export const addTopic = (label: string) => call<TopicView>('addTopic', { body: { label } });
