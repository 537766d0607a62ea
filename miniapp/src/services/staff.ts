import type {
  ApplicationEventInput,
  BrowseQueryInput,
  AuditQuery,
  ContentDraft,
  ImportFormat,
  InvitationInput,
  RecordReviewInput,
  StaffRole,
  StartImportInput,
} from '@sunshine/shared';
import { call } from './request';

// Editorial workflow.
export const listWorkflowItems = (view: 'mine' | 'review' | 'all') =>
  call('listWorkflowItems', { query: { view } });
/** The content browser (内容管理): every item, filtered and searched, a page at a time. */
export const browseWorkflowItems = (query: BrowseQueryInput) =>
  call('browseWorkflowItems', { query });
/** The 作者 choices of the content browser: the staff holding the editor role. */
export const listItemAuthors = () => call('listItemAuthors');
export const getWorkflowItem = (id: string) => call('getWorkflowItem', { params: { id } });
export const createDraft = (draft: ContentDraft) => call('createDraft', { body: draft });
export const updateDraft = (id: string, draft: ContentDraft) =>
  call('updateDraft', { params: { id }, body: draft });
export const submitForReview = (id: string) =>
  call('submitForReview', { params: { id }, body: {} });
export const returnDraft = (id: string, comment: string) =>
  call('returnDraft', { params: { id }, body: { comment } });
export const publishItem = (id: string, publishAt?: string) =>
  call('publishItem', { params: { id }, body: publishAt ? { publishAt } : {} });
export const withdrawItem = (id: string, reason: string) =>
  call('withdrawItem', { params: { id }, body: { reason } });
export const listRevisions = (id: string) => call('listRevisions', { params: { id } });

// What residents said of a published guide (好差评), so a wrong guide is found and fixed.
export const listGuideRatings = (id: string) => call('listGuideRatings', { params: { id } });

// Residents' questions (留言咨询), answered by responders.
export const listQuestionQueue = () => call('listQuestionQueue');
export const answerQuestion = (id: string, text: string) =>
  call('answerQuestion', { params: { id }, body: { text } });
export const listAnsweredQuestions = () => call('listAnsweredQuestions');
/** One answered question by id (the service levels' drill-down opens those older than the 50 listed). */
export const getAnsweredQuestion = (id: string) =>
  call('getServiceLevelQuestion', { params: { id } });
export const promoteQuestion = (id: string) => call('promoteQuestion', { params: { id } });
export const listAnswerRatings = () => call('listAnswerRatings');

// Disclosure applications (依申请公开), handled by disclosers.
export const listApplicationQueue = () => call('listApplicationQueue');
export const getApplication = (id: string) => call('getApplication', { params: { id } });
export const recordApplicationEvent = (id: string, input: ApplicationEventInput) =>
  call('recordApplicationEvent', { params: { id }, body: input });

// Administration.
export const listStaff = () => call('listStaff');
export const changeStaffRoles = (userId: string, roles: StaffRole[]) =>
  call('changeStaffRoles', { params: { userId }, body: { roles } });
export const revokeStaff = (userId: string) =>
  call('revokeStaff', { params: { userId }, body: {} });
export const createInvitation = (input: InvitationInput) =>
  call('createInvitation', { body: input });
export const listAudit = (query: Partial<AuditQuery>) => call('listAudit', { query });
/** The month's log as a CSV file in private storage, answered as a short-lived link. */
export const exportAudit = (query: Partial<AuditQuery>) => call('exportAudit', { query });

// The service catalogue in bulk.

/** The catalogue as a CSV or JSON file in private storage, answered as a short-lived link. */
export const exportGuides = (format: ImportFormat) => call('exportGuides', { query: { format } });
export const createImportUpload = (format: ImportFormat, size: number) =>
  call('createImportUpload', { body: { format, size } });
export const startGuideImport = (input: StartImportInput) =>
  call('startGuideImport', { body: input });
export const continueGuideImport = (id: string) =>
  call('continueGuideImport', { params: { id }, body: {} });
export const getGuideImport = (id: string) => call('getGuideImport', { params: { id } });

// Topics (guide categories) an admin adds.
export const addTopic = (label: string) => call('addTopic', { body: { label } });

// Art. 26's 20 working days: drafts whose publication deadline is near or past.
export const listPublicationDeadlines = () => call('listPublicationDeadlines');

// The negative list (负面清单): its reviews for staff, recorded by admins.
export const getStaffNegativeList = () => call('getStaffNegativeList');
export const recordNegativeListReview = (input: RecordReviewInput) =>
  call('recordNegativeListReview', { body: input });
