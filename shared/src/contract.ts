import type { GenericSchema } from 'valibot';
import type { Page } from './envelope';
import type { TopicView } from './catalogue';
import type { RouteMethod, Access } from './routes';
import { AuditQuerySchema, type AuditEntryView } from './schemas/audit';
import { CalendarYearSchema, WorkingCalendarInputSchema, type WorkingCalendarView } from './schemas/calendar';
import {
  DecideCommentInputSchema,
  ModerateCommentInputSchema,
  PublishReportInputSchema,
  SubmitCommentInputSchema,
  type ConsultationReport,
  type MyComment,
  type PublicComment,
  type StaffComment,
} from './schemas/consultation';
import { ContentDraftSchema, ListContentQuerySchema, type ContentCard, type ContentView } from './schemas/content';
import { ApplicationEventInputSchema, ApplyInputSchema, CorrectionInputSchema, type MyApplicationView, type StaffApplicationView } from './schemas/disclosure-application';
import { GuideRatingInputSchema, HelpfulVoteInputSchema, type GuideRatingsView, type HelpfulCounts, type RatingSummary } from './schemas/feedback';
import { ExportGuidesQuerySchema, ImportUploadInputSchema, StartImportInputSchema, type GuideImportView, type ImportUploadView } from './schemas/guide-import';
import { MediaConfirmInputSchema, MediaUploadInputSchema, type MediaKind, type MediaUploadView } from './schemas/media';
import { OpenDataQuerySchema, type DatasetView, type OpenDataRow } from './schemas/open-data';
import { PageQuerySchema } from './schemas/paging';
import { AnswerQuestionInputSchema, AskQuestionInputSchema, type AnsweredQuestionView, type MyQuestionView, type StaffQuestionView } from './schemas/question';
import { AnswerRatingInputSchema, type AnswerRatingsView } from './schemas/question-rating';
import type { ReleaseView } from './schemas/releases';
import { SearchQuerySchema, type SearchResult } from './schemas/search';
import { AddTopicInputSchema, InvitationInputSchema, JoinInputSchema, LoginInputSchema, RolesInputSchema, type InvitationView, type MeView, type SessionView, type StaffMemberView } from './schemas/staff';
import { SubscribeInputSchema, type MySubscriptionsView, type SubscribeOutcomeView, type SubscriptionOptionsView } from './schemas/subscriptions';
import { PublishInputSchema, ReturnInputSchema, StaffListQuerySchema, WithdrawInputSchema, type RevisionView, type WorkflowItemView, type WorkflowSummaryView } from './schemas/workflow';

/**
 * The route contract: every API route declared once, grouped by feature. A route says its method
 * and path, who may call it, what it takes and what it answers, and what its function may do:
 *
 * - the functions' HTTP edge enforces `access` before any use case runs, and the authorization
 *   matrix test is generated from this table, so no route can be added without saying who may call it;
 * - serverless.yml's function blocks are generated from it (scripts/serverless/function-blocks.ts):
 *   one function per route, named after it, its handler at `functions/src/handlers/<feature>/<name
 *   in kebab-case>.ts`;
 * - what the mini-program bundles, each route's method, path and access (routes.generated.ts), and
 *   docs/api.md are generated from it (`npm run contract`); tests fail when either is stale;
 * - the mini-program calls a route by name and gets its `Output` type (services/request.ts): a
 *   type import, so none of this table's schemas or settings reach its bundle.
 *
 * Timeout, memory and environment are written only where they differ from serverless.yml's
 * provider settings; grants always, so a route's privileges are read on its line.
 */

/** Names of statement lists in serverless.yml's `custom.grants`. */
export type Grant = 'read' | 'write' | 'secrets' | 'enqueue' | 'dequeue' | 'mediaUpload' | 'media' | 'invalidate' | 'imports';

/** What the deployable gives one function beyond serverless.yml's provider settings. */
export interface FunctionSettings {
  /** What its IAM role allows, by name (least privilege: only what its code path uses). */
  grants: readonly Grant[];
  /** Seconds, when not the provider's. */
  timeout?: number;
  /** MB, when not the provider's. */
  memory?: number;
  /** Variables of its own, each with its default: the deploying environment may set its own value. */
  environment?: Readonly<Record<string, string>>;
}

export interface RouteDef extends FunctionSettings {
  method: RouteMethod;
  path: string;
  access: Access;
  /** The schemas the handler checks its input with, where it has them. */
  body?: GenericSchema;
  query?: GenericSchema;
  params?: Readonly<Record<string, GenericSchema>>;
  /** What the route answers (in the envelope): a type only, `undefined` at run time. */
  output: unknown;
}

/** A route's output type: a type only, `undefined` at run time. */
const answers = <T>(): T => undefined as T;

/** The routes by feature: a feature names the folder of its routes' handlers. */
export const ROUTE_FEATURES = {
  // Residents: published content, and "was this helpful?" (one vote per person per item).
  content: {
    listContent: { method: 'GET', path: '/v1/content', access: 'public', grants: ['read'], query: ListContentQuerySchema, output: answers<Page<ContentCard>>() },
    getContent: { method: 'GET', path: '/v1/content/{id}', access: 'public', grants: ['read'], output: answers<ContentView>() },
    // Atom XML, for feed readers.
    releasesFeed: { method: 'GET', path: '/v1/feed.atom', access: 'public', grants: ['read'], output: answers<string>() },
    voteHelpful: { method: 'PUT', path: '/v1/content/{id}/helpful', access: 'signedIn', grants: ['read', 'write', 'secrets'], body: HelpfulVoteInputSchema, output: answers<HelpfulCounts>() },
    rateGuide: { method: 'PUT', path: '/v1/content/{id}/rating', access: 'signedIn', grants: ['read', 'write', 'secrets'], body: GuideRatingInputSchema, output: answers<RatingSummary>() },
  },
  search: {
    // The embedded index lives in this function's memory: room for 20,000 items.
    search: { method: 'GET', path: '/v1/search', access: 'public', grants: ['read'], query: SearchQuerySchema, memory: 1024, output: answers<SearchResult>() },
  },
  topics: {
    listTopics: { method: 'GET', path: '/v1/topics', access: 'public', grants: ['read'], output: answers<TopicView[]>() },
    addTopic: { method: 'POST', path: '/v1/admin/topics', access: ['admin'], body: AddTopicInputSchema, grants: ['read', 'write', 'secrets', 'invalidate'], output: answers<TopicView>() },
  },
  openData: {
    listOpenData: { method: 'GET', path: '/v1/open-data', access: 'public', grants: ['read'], output: answers<DatasetView[]>() },
    // JSON in the envelope, or CSV as a file (format=csv).
    getOpenData: { method: 'GET', path: '/v1/open-data/{dataset}', access: 'public', grants: ['read'], query: OpenDataQuerySchema, output: answers<{ items: OpenDataRow[]; next?: string }>() },
  },

  // Questions to staff (留言咨询).
  questions: {
    askQuestion: { method: 'POST', path: '/v1/questions', access: 'signedIn', grants: ['read', 'write', 'secrets'], body: AskQuestionInputSchema, output: answers<MyQuestionView>() },
    listMyQuestions: { method: 'GET', path: '/v1/me/questions', access: 'signedIn', grants: ['read', 'secrets'], output: answers<MyQuestionView[]>() },
    listQuestionQueue: { method: 'GET', path: '/v1/staff/questions', access: ['responder'], grants: ['read', 'secrets'], output: answers<StaffQuestionView[]>() },
    answerQuestion: { method: 'POST', path: '/v1/staff/questions/{id}/answer', access: ['responder'], grants: ['read', 'write', 'secrets'], body: AnswerQuestionInputSchema, output: answers<StaffQuestionView>() },
    // The asker rates the answer (好差评); responders and admins read the ratings per responder and kind.
    rateAnswer: { method: 'PUT', path: '/v1/questions/{id}/rating', access: 'signedIn', grants: ['read', 'write', 'secrets'], body: AnswerRatingInputSchema, output: answers<MyQuestionView>() },
    listAnswerRatings: { method: 'GET', path: '/v1/staff/question-ratings', access: ['responder', 'admin'], grants: ['read', 'secrets'], output: answers<AnswerRatingsView>() },
    // Answered questions, and promoting a good answer to a public Q&A draft: an editor's act, as the
    // draft is theirs to finish and submit (a responder who should do it also holds the editor role).
    listAnsweredQuestions: { method: 'GET', path: '/v1/staff/questions/answered', access: ['responder', 'editor'], grants: ['read', 'secrets'], output: answers<AnsweredQuestionView[]>() },
    promoteQuestion: { method: 'POST', path: '/v1/staff/questions/{id}/promote', access: ['editor'], grants: ['read', 'write', 'secrets'], output: answers<AnsweredQuestionView>() },
  },

  // Consultations on drafts (征求意见): comments, reviewed before shown (先审后发), decided, reported.
  consultations: {
    submitComment: { method: 'POST', path: '/v1/content/{id}/comments', access: 'signedIn', grants: ['read', 'write', 'secrets'], body: SubmitCommentInputSchema, output: answers<MyComment & { answersCounted: boolean }>() },
    listComments: { method: 'GET', path: '/v1/content/{id}/comments', access: 'public', grants: ['read'], query: PageQuerySchema, output: answers<Page<PublicComment>>() },
    listMyComments: { method: 'GET', path: '/v1/me/comments', access: 'signedIn', grants: ['read', 'secrets'], output: answers<MyComment[]>() },
    listConsultationComments: { method: 'GET', path: '/v1/staff/consultations/{id}/comments', access: ['editor', 'reviewer'], grants: ['read', 'secrets'], query: PageQuerySchema, output: answers<Page<StaffComment>>() },
    moderateComment: { method: 'POST', path: '/v1/staff/consultations/{id}/comments/{commentId}/moderate', access: ['reviewer'], grants: ['read', 'write', 'secrets'], body: ModerateCommentInputSchema, output: answers<StaffComment>() },
    decideComment: { method: 'POST', path: '/v1/staff/consultations/{id}/comments/{commentId}/decision', access: ['editor', 'reviewer'], grants: ['read', 'write', 'secrets'], body: DecideCommentInputSchema, output: answers<StaffComment>() },
    publishConsultationReport: { method: 'POST', path: '/v1/staff/consultations/{id}/report', access: ['reviewer'], body: PublishReportInputSchema, grants: ['read', 'write', 'secrets', 'invalidate'], output: answers<ConsultationReport>() },
  },

  // Disclosure on application (依申请公开): residents apply and correct; disclosers handle the case.
  applications: {
    submitApplication: { method: 'POST', path: '/v1/applications', access: 'signedIn', grants: ['read', 'write', 'secrets'], body: ApplyInputSchema, output: answers<MyApplicationView>() },
    listMyApplications: { method: 'GET', path: '/v1/me/applications', access: 'signedIn', grants: ['read', 'secrets'], output: answers<MyApplicationView[]>() },
    correctApplication: { method: 'POST', path: '/v1/me/applications/{id}/correction', access: 'signedIn', grants: ['read', 'write', 'secrets'], body: CorrectionInputSchema, output: answers<MyApplicationView>() },
    listApplicationQueue: { method: 'GET', path: '/v1/staff/applications', access: ['discloser'], grants: ['read', 'secrets'], output: answers<StaffApplicationView[]>() },
    getApplication: { method: 'GET', path: '/v1/staff/applications/{id}', access: ['discloser'], grants: ['read', 'secrets'], output: answers<StaffApplicationView>() },
    recordApplicationEvent: { method: 'POST', path: '/v1/staff/applications/{id}/events', access: ['discloser'], grants: ['read', 'write', 'secrets'], body: ApplicationEventInputSchema, output: answers<StaffApplicationView>() },
  },

  // Release notifications: staff follow each release as it goes out, and retry failed sends.
  notifications: {
    listReleases: { method: 'GET', path: '/v1/staff/releases', access: ['editor', 'reviewer'], grants: ['read', 'secrets'], output: answers<ReleaseView[]>() },
    getRelease: { method: 'GET', path: '/v1/staff/releases/{id}', access: ['editor', 'reviewer'], grants: ['read', 'secrets'], output: answers<ReleaseView>() },
    retryRelease: { method: 'POST', path: '/v1/staff/releases/{id}/retry', access: ['reviewer'], grants: ['read', 'write', 'secrets', 'enqueue'], output: answers<ReleaseView>() },
  },
  // Release notifications (issue 7): what may be subscribed, then a person's subscriptions.
  subscriptions: {
    subscriptionOptions: { method: 'GET', path: '/v1/subscriptions/options', access: 'public', grants: ['read'], output: answers<SubscriptionOptionsView>() },
    subscribe: { method: 'POST', path: '/v1/me/subscriptions', access: 'signedIn', grants: ['read', 'write', 'secrets'], body: SubscribeInputSchema, output: answers<SubscribeOutcomeView>() },
    listMySubscriptions: { method: 'GET', path: '/v1/me/subscriptions', access: 'signedIn', grants: ['read', 'secrets'], output: answers<MySubscriptionsView>() },
    // The topic is URL-encoded in the path (`category%3Adecision`).
    cancelSubscription: { method: 'DELETE', path: '/v1/me/subscriptions/{topic}', access: 'signedIn', grants: ['read', 'write', 'secrets'], output: answers<MySubscriptionsView>() },
  },

  // Identity.
  auth: {
    login: {
      method: 'POST',
      path: '/v1/auth/login',
      access: 'public',
      grants: ['read', 'write', 'secrets'],
      body: LoginInputSchema,
      environment: {
        // Sign-in attempts a minute from everyone together, counted before WeChat's jscode2session
        // is asked (per address: 20, in sign-in.ts). Keep it under the app's quota at WeChat.
        SIGN_IN_LIMIT_PER_MINUTE: '600',
      },
      output: answers<SessionView>(),
    },
    me: { method: 'GET', path: '/v1/me', access: 'signedIn', grants: ['read', 'secrets'], output: answers<MeView>() },
  },
  staff: {
    joinStaff: { method: 'POST', path: '/v1/staff/join', access: 'signedIn', grants: ['read', 'write', 'secrets'], body: JoinInputSchema, output: answers<MeView>() },
  },
  // Operations: is this stage up and can it reach its table (load balancers, uptime checks).
  operations: {
    health: { method: 'GET', path: '/v1/health', access: 'public', grants: ['read'], memory: 256, output: answers<{ status: 'ok'; checkedAt: string }>() },
  },

  // Administration.
  admin: {
    listStaff: { method: 'GET', path: '/v1/admin/staff', access: ['admin'], grants: ['read', 'secrets'], output: answers<StaffMemberView[]>() },
    changeStaffRoles: { method: 'PUT', path: '/v1/admin/staff/{userId}/roles', access: ['admin'], grants: ['read', 'write', 'secrets'], body: RolesInputSchema, output: answers<StaffMemberView>() },
    revokeStaff: { method: 'POST', path: '/v1/admin/staff/{userId}/revoke', access: ['admin'], grants: ['read', 'write', 'secrets'], output: answers<StaffMemberView>() },
    createInvitation: { method: 'POST', path: '/v1/admin/invitations', access: ['admin'], grants: ['read', 'write', 'secrets'], body: InvitationInputSchema, output: answers<InvitationView>() },
    listAudit: { method: 'GET', path: '/v1/admin/audit', access: ['admin'], grants: ['read', 'secrets'], query: AuditQuerySchema, output: answers<Page<AuditEntryView>>() },
    // CSV, as a file.
    exportAudit: { method: 'GET', path: '/v1/admin/audit/export', access: ['admin'], grants: ['read', 'secrets'], query: AuditQuerySchema, output: answers<string>() },
  },
  // The working-day calendar every statutory deadline is counted on: staff read it, admins keep it.
  calendar: {
    getCalendar: { method: 'GET', path: '/v1/staff/calendars/{year}', access: ['admin', 'editor', 'reviewer', 'responder', 'discloser'], grants: ['read', 'secrets'], params: { year: CalendarYearSchema }, output: answers<WorkingCalendarView>() },
    putCalendar: { method: 'PUT', path: '/v1/admin/calendars/{year}', access: ['admin'], grants: ['read', 'write', 'secrets'], params: { year: CalendarYearSchema }, body: WorkingCalendarInputSchema, output: answers<WorkingCalendarView>() },
  },

  // Editorial workflow (先审后发).
  workflow: {
    listWorkflowItems: { method: 'GET', path: '/v1/staff/items', access: ['editor', 'reviewer'], grants: ['read', 'secrets'], query: StaffListQuerySchema, output: answers<WorkflowSummaryView[]>() },
    createDraft: { method: 'POST', path: '/v1/staff/items', access: ['editor'], grants: ['read', 'write', 'secrets'], body: ContentDraftSchema, output: answers<WorkflowItemView>() },
    getWorkflowItem: { method: 'GET', path: '/v1/staff/items/{id}', access: ['editor', 'reviewer'], grants: ['read', 'secrets'], output: answers<WorkflowItemView>() },
    updateDraft: { method: 'PUT', path: '/v1/staff/items/{id}', access: ['editor'], grants: ['read', 'write', 'secrets'], body: ContentDraftSchema, output: answers<WorkflowItemView>() },
    submitForReview: { method: 'POST', path: '/v1/staff/items/{id}/submit', access: ['editor'], grants: ['read', 'write', 'secrets'], output: answers<WorkflowItemView>() },
    returnDraft: { method: 'POST', path: '/v1/staff/items/{id}/return', access: ['reviewer'], grants: ['read', 'write', 'secrets'], body: ReturnInputSchema, output: answers<WorkflowItemView>() },
    publishItem: { method: 'POST', path: '/v1/staff/items/{id}/publish', access: ['reviewer'], body: PublishInputSchema, grants: ['read', 'write', 'secrets', 'invalidate'], output: answers<WorkflowItemView>() },
    withdrawItem: { method: 'POST', path: '/v1/staff/items/{id}/withdraw', access: ['reviewer'], body: WithdrawInputSchema, grants: ['read', 'write', 'secrets', 'invalidate'], output: answers<WorkflowItemView>() },
    listRevisions: { method: 'GET', path: '/v1/staff/items/{id}/revisions', access: ['editor', 'reviewer'], grants: ['read', 'secrets'], output: answers<RevisionView[]>() },
    listGuideRatings: { method: 'GET', path: '/v1/staff/items/{id}/ratings', access: ['editor', 'reviewer'], grants: ['read', 'secrets'], output: answers<GuideRatingsView>() },
  },

  // The service catalogue in bulk: export, and import checked row by row. Imported files are kept
  // under imports/ of the media bucket.
  guides: {
    // CSV or JSON, as a file.
    exportGuides: { method: 'GET', path: '/v1/staff/guides/export', access: ['editor', 'reviewer'], grants: ['read', 'secrets'], query: ExportGuidesQuerySchema, output: answers<string>() },
    createImportUpload: { method: 'POST', path: '/v1/staff/guide-imports/upload', access: ['editor'], body: ImportUploadInputSchema, grants: ['read', 'write', 'secrets', 'imports'], output: answers<ImportUploadView>() },
    startGuideImport: { method: 'POST', path: '/v1/staff/guide-imports', access: ['editor'], body: StartImportInputSchema, grants: ['read', 'write', 'secrets', 'imports'], output: answers<GuideImportView>() },
    // A slice of an import stops after 6 s of work; the rest is the reply and its save.
    continueGuideImport: { method: 'POST', path: '/v1/staff/guide-imports/{id}/continue', access: ['editor'], grants: ['read', 'write', 'secrets', 'imports'], timeout: 15, output: answers<GuideImportView>() },
    getGuideImport: { method: 'GET', path: '/v1/staff/guide-imports/{id}', access: ['editor'], grants: ['read', 'secrets', 'imports'], output: answers<GuideImportView>() },
  },

  // Media of interpretations: a presigned upload (signed with the role: it puts, and writes no
  // item), then a check of what was stored.
  media: {
    createMediaUpload: { method: 'POST', path: '/v1/staff/media', access: ['editor'], body: MediaUploadInputSchema, grants: ['read', 'secrets', 'mediaUpload'], output: answers<MediaUploadView>() },
    confirmMediaUpload: { method: 'POST', path: '/v1/staff/media/confirm', access: ['editor'], body: MediaConfirmInputSchema, grants: ['read', 'write', 'secrets', 'media'], output: answers<{ key: string; kind: MediaKind; url: string }>() },
  },
} as const satisfies Record<string, Record<string, RouteDef>>;

type Features = typeof ROUTE_FEATURES;
type AllRoutes = { [F in keyof Features]: (x: Features[F]) => void }[keyof Features] extends (x: infer I) => void ? I : never;

/** The contract's route names (the same as routes.generated.ts's, which is generated from them). */
export type ContractRouteName = keyof AllRoutes;

/** What a route answers, from the contract. */
export type Output<N extends ContractRouteName> = AllRoutes[N] extends { output: infer O } ? O : never;
