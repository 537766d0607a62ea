import type { GenericSchema } from 'valibot';
import type { Page } from './envelope';
import type { TopicView } from './catalogue';
import type { RouteMethod, Access } from './routes';
import {
  ReportCellSchema,
  ReportTableSchema,
  ReportYearPathSchema,
  type ReportCellRecordsView,
} from './schemas/annual-report';
import type { LiveReportView } from './schemas/annual-report-views';
import { AuditQuerySchema, type AuditEntryView } from './schemas/audit';
import { BrowseQuerySchema, type BrowseItemView, type ItemAuthorView } from './schemas/browse';
import { BureauProfileInputSchema, type BureauProfile } from './schemas/bureau';
import {
  CloseConcernInputSchema,
  ConcernIdSchema,
  ConcernYearQuerySchema,
  ListConcernsQuerySchema,
  OpenConcernInputSchema,
  ReassignConcernInputSchema,
  type AssignableStaffView,
  PressConferenceInputSchema,
  type ConcernFiguresView,
  type OpenConcernBanner,
  type PublicConcernView,
  type StaffConcernView,
} from './schemas/concern';
import {
  CalendarYearSchema,
  WorkingCalendarInputSchema,
  type WorkingCalendarView,
} from './schemas/calendar';
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
import {
  ContentDraftSchema,
  ListContentQuerySchema,
  type ContentCard,
  type ContentView,
} from './schemas/content';
import {
  ApplicationEventInputSchema,
  ApplyInputSchema,
  CorrectionInputSchema,
  type MyApplicationView,
  type StaffApplicationView,
} from './schemas/disclosure-application';
import {
  GuideRatingInputSchema,
  HelpfulVoteInputSchema,
  type GuideRatingsView,
  type HelpfulCounts,
  type RatingSummary,
} from './schemas/feedback';
import {
  ExportGuidesQuerySchema,
  ImportUploadInputSchema,
  StartImportInputSchema,
  type GuideImportView,
  type ImportUploadView,
} from './schemas/guide-import';
import {
  MediaConfirmInputSchema,
  MediaUploadInputSchema,
  type MediaKind,
  type MediaUploadView,
} from './schemas/media';
import type { ExportFileView } from './schemas/exports';
import { OpenDataQuerySchema, type DatasetView, type OpenDataRow } from './schemas/open-data';
import {
  ServiceCasesQuerySchema,
  ServiceLevelQuerySchema,
  type ServiceCasesView,
  type ServiceLevelsView,
} from './schemas/service-levels';
import {
  RecordReviewInputSchema,
  type NegativeListView,
  type StaffNegativeListView,
} from './schemas/negative-list';
import { PageQuerySchema } from './schemas/paging';
import type { PublicationDeadlineView } from './schemas/publication-deadline';
import {
  AnswerQuestionInputSchema,
  AskQuestionInputSchema,
  type AnsweredQuestionView,
  type MyQuestionView,
  type StaffQuestionView,
} from './schemas/question';
import { AnswerRatingInputSchema, type AnswerRatingsView } from './schemas/question-rating';
import type { ReleaseView } from './schemas/releases';
import { SearchQuerySchema, type SearchResult } from './schemas/search';
import {
  AddTopicInputSchema,
  InvitationInputSchema,
  JoinInputSchema,
  LoginInputSchema,
  RolesInputSchema,
  type InvitationView,
  type MeView,
  type SessionView,
  type StaffMemberView,
} from './schemas/staff';
import {
  SubscribeInputSchema,
  type MySubscriptionsView,
  type SubscribeOutcomeView,
  type SubscriptionOptionsView,
} from './schemas/subscriptions';
import {
  PublishInputSchema,
  ReturnInputSchema,
  StaffListQuerySchema,
  WithdrawInputSchema,
  type RevisionView,
  type WorkflowItemView,
  type WorkflowSummaryView,
} from './schemas/workflow';

/**
 * The route contract: every API route declared once, grouped by feature. A route says its method
 * and path, who may call it, what it takes and what it answers, and what its function may do:
 *
 * - the functions' HTTP edge enforces `access` before any use case runs, and the authorization
 *   matrix test is generated from this table, so no route can be added without saying who may call it;
 * - serverless.yml's function blocks are generated from it (scripts/serverless/function-blocks.ts):
 *   one function per route, named after it, its handler at `functions/src/handlers/<feature>/<name
 *   in kebab-case>.ts`, unless routes of a feature share one (`function`: one function of that
 *   name whose handler hands each request to the route's own handler);
 * - what the mini-program bundles, each route's method, path and access (routes.generated.ts), and
 *   docs/api.md, which prints each route's summary, are generated from it (`npm run contract`);
 *   tests fail when either is stale;
 * - the mini-program calls a route by name and gets its `Output` type (services/request.ts): a
 *   type import, so none of this table's schemas or settings reach its bundle.
 *
 * Timeout, memory and environment are written only where they differ from serverless.yml's
 * provider settings; grants always, so a route's privileges are read on its line.
 */

/** Names of statement lists in serverless.yml's `custom.grants`. */
export type Grant =
  | 'read'
  | 'write'
  | 'secrets'
  | 'enqueue'
  | 'dequeue'
  | 'mediaUpload'
  | 'media'
  | 'invalidate'
  | 'imports'
  | 'exports'
  | 'searchSnapshotRead'
  | 'searchSnapshotWrite';

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
  /**
   * Deploy this route in one function with the other routes of its feature naming the same
   * function (the stack is near CloudFormation's 500 resources, and a function costs about five).
   * That function's handler, `handlers/<feature>/<kebab-case function>.ts`, hands each request to
   * the route's own handler; its grants are the union of its routes'. Absent: a function of its own.
   */
  function?: string;
  /**
   * What the route does for its caller, in a sentence or two: docs/api.md prints it under the
   * route's heading. Only the scripts read it; the functions and the mini-program import
   * routes.generated.ts, so no bundle carries it.
   */
  summary: string;
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
    listContent: {
      summary:
        "Published items of one `kind`, newest first, as cards, filtered by at most one of `category`, `office` or `topic` (categories and built-in topics in `shared/src/catalogue.ts`; offices are the ids of the bureau's profile, `GET /v1/bureau`); `nextCursor` in the answer is the next page's `cursor`.",
      method: 'GET',
      path: '/v1/content',
      access: 'public',
      grants: ['read'],
      query: ListContentQuerySchema,
      output: answers<Page<ContentCard>>(),
    },
    getContent: {
      summary:
        'One published item of any kind `{ item, documents, related }`: the library documents it rests on (with their validity today, or only `{ id, withdrawn: true }` for one withdrawn since) and the published items that refer to it; a consultation adds `consultation` (phase, counts, results once closed, the report once published). 404 for anything not public; 410 `WITHDRAWN` with the public reason for a withdrawn one.',
      method: 'GET',
      path: '/v1/content/{id}',
      access: 'public',
      grants: ['read'],
      output: answers<ContentView>(),
    },
    // Atom XML, for feed readers.
    releasesFeed: {
      summary:
        'An Atom feed of the 50 newest releases of every kind; its links open the H5 page (`PUBLIC_WEB_URL` sets its address).',
      method: 'GET',
      path: '/v1/feed.atom',
      access: 'public',
      grants: ['read'],
      output: answers<string>(),
    },
    voteHelpful: {
      summary:
        '"Was this helpful?" on an interpretation or Q&A: one vote per person (a second replaces the first); answers the counts.',
      method: 'PUT',
      path: '/v1/content/{id}/helpful',
      access: 'signedIn',
      grants: ['read', 'write', 'secrets'],
      body: HelpfulVoteInputSchema,
      output: answers<HelpfulCounts>(),
    },
    rateGuide: {
      summary:
        '好差评 of a guide: a score of 1–5, and a score of 2 or less needs `problems`; one rating per person, a second replaces the first.',
      method: 'PUT',
      path: '/v1/content/{id}/rating',
      access: 'signedIn',
      grants: ['read', 'write', 'secrets'],
      body: GuideRatingInputSchema,
      output: answers<RatingSummary>(),
    },
  },
  search: {
    // The embedded index lives in this function's memory: room for 20,000 items.
    search: {
      summary:
        'The published library (documents, interpretations, Q&A, notices; `type` filters) matching a few words in Chinese (traditional characters too), best first, with highlighted snippets.',
      method: 'GET',
      path: '/v1/search',
      access: 'public',
      grants: ['read', 'searchSnapshotRead'],
      query: SearchQuerySchema,
      memory: 1024,
      output: answers<SearchResult>(),
    },
  },
  topics: {
    listTopics: {
      summary: 'Every topic residents can browse by: the built-in ones, then those admins added.',
      method: 'GET',
      path: '/v1/topics',
      access: 'public',
      grants: ['read'],
      output: answers<TopicView[]>(),
    },
    addTopic: {
      summary:
        'Adds a topic (a guide category) by its name (audited); 409 if one of that name exists. Invalidates the cached public reads, the topic list being one.',
      method: 'POST',
      path: '/v1/admin/topics',
      access: ['admin'],
      body: AddTopicInputSchema,
      grants: ['read', 'write', 'secrets', 'invalidate'],
      output: answers<TopicView>(),
    },
  },
  // The bureau as data (issue 16 items 3 and 7): the disclosure guide, office names and the 索引号
  // read it; an admin keeps it.
  bureau: {
    getBureau: {
      summary:
        "The bureau's profile: name, 统一社会信用代码, 索引号 form, offices (id, name, address, hours, telephone), the disclosure office and the remedies' organs, with `updatedAt` (the guide's 更新日期). 404 before an admin saved one. One GetItem, cached like every public read.",
      method: 'GET',
      path: '/v1/bureau',
      access: 'public',
      grants: ['read'],
      output: answers<BureauProfile>(),
    },
    saveBureau: {
      summary:
        'Save the whole profile (audited) over the version edited (`previousUpdatedAt`, absent for the first save): 409 if someone saved since; 400 naming the field (a bad credit code, `{seq}` missing from the form, an office by its position), or for an office id saved before and now missing (ids stay; offices are renamed). Invalidates the cached public reads.',
      method: 'PUT',
      path: '/v1/admin/bureau',
      access: ['admin'],
      body: BureauProfileInputSchema,
      grants: ['read', 'write', 'secrets', 'invalidate'],
      output: answers<BureauProfile>(),
    },
  },
  openData: {
    listOpenData: {
      summary: 'The published datasets (`documents interpretations qa notices guides`).',
      method: 'GET',
      path: '/v1/open-data',
      access: 'public',
      grants: ['read'],
      output: answers<DatasetView[]>(),
    },
    // JSON in the envelope, or CSV as a file (format=csv).
    getOpenData: {
      summary:
        "One dataset's rows, up to 1,000 a page: JSON `{ items, next }`, or with `format=csv` a CSV file (UTF-8 with BOM, Chinese headers; the next page's address in the `Link` header).",
      method: 'GET',
      path: '/v1/open-data/{dataset}',
      access: 'public',
      grants: ['read'],
      query: OpenDataQuerySchema,
      output: answers<{ items: OpenDataRow[]; next?: string }>(),
    },
  },

  // 政府信息公开工作年度报告: staff see the live figures and what is behind each; residents get
  // each table of a published report as CSV and the whole report as a printable page. The report
  // itself is saved, reviewed and published as an item (workflow routes, kind `annual_report`).
  reports: {
    getLiveReport: {
      summary:
        "A year's report as the records say today: section 2's 规章/行政规范性文件 and section 3 computed, the count of late publications and the 信息处理费 paid (count, 元), the title a new report takes, and the year's report item (its status, what staff entered, the figures it was submitted with) if one was started.",
      method: 'GET',
      path: '/v1/staff/reports/{year}',
      access: ['editor', 'reviewer', 'admin'],
      grants: ['read', 'secrets'],
      params: { year: ReportYearPathSchema },
      output: answers<LiveReportView>(),
    },
    listReportCellRecords: {
      summary:
        'The records behind one computed figure (`cell`, e.g. `applications.disclosed.total`, `rules.normative.in_force`, `late_publications`, `fees_charged`): applications by case id, dates, applicant type, outcome and fee paid (never a name or contact); documents and items by title and dates.',
      method: 'GET',
      path: '/v1/staff/reports/{year}/cells/{cell}',
      access: ['editor', 'reviewer', 'admin'],
      grants: ['read', 'secrets'],
      params: { year: ReportYearPathSchema, cell: ReportCellSchema },
      output: answers<ReportCellRecordsView>(),
    },
    // CSV as a file.
    getReportTableCsv: {
      summary:
        "One table of a published annual report (`rules`, `decisions`, `fees`, `applications`, `remedies`) as a CSV file: UTF-8 with BOM, the format's Chinese row and column labels.",
      method: 'GET',
      path: '/v1/reports/{id}/tables/{table}',
      access: 'public',
      grants: ['read'],
      params: { table: ReportTableSchema },
      output: answers<string>(),
    },
    // HTML, shown in place.
    getReportPrintable: {
      summary:
        'A published annual report as one printable HTML page (A4): the six sections, the narrative and every table.',
      method: 'GET',
      path: '/v1/reports/{id}/print',
      access: 'public',
      grants: ['read'],
      output: answers<string>(),
    },
  },

  // Questions to staff (留言咨询).
  questions: {
    askQuestion: {
      summary:
        "Ask staff a question (留言咨询): one question per `clientKey`, whatever the retries; 10 an hour per person and 30 an hour per source address; WeChat's content check refuses risky text and keeps text it cannot clear for staff. The contact is never in a resident's answer.",
      method: 'POST',
      path: '/v1/questions',
      access: 'signedIn',
      grants: ['read', 'write', 'secrets'],
      body: AskQuestionInputSchema,
      output: answers<MyQuestionView>(),
    },
    listMyQuestions: {
      summary: "One's own questions with their deadline and answer (never the contact left).",
      method: 'GET',
      path: '/v1/me/questions',
      access: 'signedIn',
      grants: ['read', 'secrets'],
      output: answers<MyQuestionView[]>(),
    },
    listQuestionQueue: {
      summary:
        'The questions waiting for an answer, earliest deadline first (working days by kind, urgent concerns 5 hours), with the contact left.',
      method: 'GET',
      path: '/v1/staff/questions',
      access: ['responder'],
      grants: ['read', 'secrets'],
      output: answers<StaffQuestionView[]>(),
    },
    answerQuestion: {
      summary: 'Answer one waiting question.',
      method: 'POST',
      path: '/v1/staff/questions/{id}/answer',
      access: ['responder'],
      grants: ['read', 'write', 'secrets'],
      body: AnswerQuestionInputSchema,
      output: answers<StaffQuestionView>(),
    },
    // The asker rates the answer (好差评); responders and admins read the ratings per responder and kind.
    rateAnswer: {
      summary:
        'The asker only, once answered: 好差评 of the answer (1–5 as for guides; 2 or less needs `problems`: `not_answered unclear too_slow attitude other`; reason up to 200 characters); one rating per question, a second replaces the first.',
      method: 'PUT',
      path: '/v1/questions/{id}/rating',
      access: 'signedIn',
      grants: ['read', 'write', 'secrets'],
      body: AnswerRatingInputSchema,
      output: answers<MyQuestionView>(),
    },
    listAnswerRatings: {
      summary:
        'Ratings per responder and per kind (counts per score and problem, average) and the latest 100 ratings with their reasons, never who gave them.',
      method: 'GET',
      path: '/v1/staff/question-ratings',
      access: ['responder', 'admin'],
      grants: ['read', 'secrets'],
      output: answers<AnswerRatingsView>(),
    },
    // Answered questions, and promoting a good answer to a public Q&A draft: an editor's act, as the
    // draft is theirs to finish and submit (a responder who should do it also holds the editor role).
    listAnsweredQuestions: {
      summary: 'The 50 latest answered questions (no contact) with their rating.',
      method: 'GET',
      path: '/v1/staff/questions/answered',
      access: ['responder', 'editor'],
      grants: ['read', 'secrets'],
      output: answers<AnsweredQuestionView[]>(),
    },
    promoteQuestion: {
      summary:
        'Turn an answered question into an anonymized 政策问答 draft for the editor to finish and submit; 409 if already done.',
      method: 'POST',
      path: '/v1/staff/questions/{id}/promote',
      access: ['editor'],
      grants: ['read', 'write', 'secrets'],
      output: answers<AnsweredQuestionView>(),
    },
  },

  // Consultations on drafts (征求意见): comments, reviewed before shown (先审后发), decided, reported.
  consultations: {
    submitComment: {
      summary:
        "Comment on an open consultation (see [consultations](features/consultations.md)): one comment per `clientKey`, whatever the retries; WeChat's content check refuses risky text and marks for staff what it cannot clear. Nothing is shown before a reviewer approves it (先审后发).",
      method: 'POST',
      path: '/v1/content/{id}/comments',
      access: 'signedIn',
      grants: ['read', 'write', 'secrets'],
      body: SubmitCommentInputSchema,
      output: answers<MyComment & { answersCounted: boolean }>(),
    },
    listComments: {
      summary:
        'The approved comments of a consultation, oldest first (text, clause, date; never a name or contact); 410 once it is withdrawn.',
      method: 'GET',
      path: '/v1/content/{id}/comments',
      access: 'public',
      grants: ['read'],
      query: PageQuerySchema,
      output: answers<Page<PublicComment>>(),
    },
    listMyComments: {
      summary: "One's own comments with their status, the reason if not shown, and the decision.",
      method: 'GET',
      path: '/v1/me/comments',
      access: 'signedIn',
      grants: ['read', 'secrets'],
      output: answers<MyComment[]>(),
    },
    listConsultationComments: {
      summary:
        'Every comment of a consultation, page by page, with the name and contact the commenter left.',
      method: 'GET',
      path: '/v1/staff/consultations/{id}/comments',
      access: ['editor', 'reviewer'],
      grants: ['read', 'secrets'],
      query: PageQuerySchema,
      output: answers<Page<StaffComment>>(),
    },
    exportConsultationComments: {
      summary:
        'Every comment of a consultation as a CSV file, with what the staff list shows (the name and contact a commenter left, review, decision, answers; never the account), in private storage: the answer is a link valid for about ten minutes.',
      method: 'GET',
      path: '/v1/staff/consultations/{id}/comments/export',
      access: ['editor', 'reviewer'],
      grants: ['read', 'secrets', 'exports'],
      output: answers<ExportFileView>(),
    },
    moderateComment: {
      summary:
        '先审后发: show a comment, or keep it from the public with a reason told to the commenter; once decided either way it stays so.',
      method: 'POST',
      path: '/v1/staff/consultations/{id}/comments/{commentId}/moderate',
      access: ['reviewer'],
      grants: ['read', 'write', 'secrets'],
      body: ModerateCommentInputSchema,
      output: answers<StaffComment>(),
    },
    decideComment: {
      summary:
        'The decision on a comment (采纳, 部分采纳, 未采纳) with its reason; it may be changed until the report is out.',
      method: 'POST',
      path: '/v1/staff/consultations/{id}/comments/{commentId}/decision',
      access: ['editor', 'reviewer'],
      grants: ['read', 'write', 'secrets'],
      body: DecideCommentInputSchema,
      output: answers<StaffComment>(),
    },
    publishConsultationReport: {
      summary:
        'After closing, publish the report (意见收集和采纳情况) on the consultation page: counts, and each shown comment in short with its decision and reason, never a name or contact. Every comment must be reviewed and every shown one decided first; once only.',
      method: 'POST',
      path: '/v1/staff/consultations/{id}/report',
      access: ['reviewer'],
      body: PublishReportInputSchema,
      grants: ['read', 'write', 'secrets', 'invalidate'],
      output: answers<ConsultationReport>(),
    },
  },

  // Disclosure on application (依申请公开): residents apply and correct; disclosers handle the case.
  applications: {
    submitApplication: {
      summary:
        "Apply for disclosure (依申请公开): one application per `clientKey`; 5 an hour per person; WeChat's content check as for questions.",
      method: 'POST',
      path: '/v1/applications',
      access: 'signedIn',
      grants: ['read', 'write', 'secrets'],
      body: ApplyInputSchema,
      output: answers<MyApplicationView>(),
    },
    listMyApplications: {
      summary:
        "One's applications with status, due date, correction request, extension and reply (no contact or identity number in them).",
      method: 'GET',
      path: '/v1/me/applications',
      access: 'signedIn',
      grants: ['read', 'secrets'],
      output: answers<MyApplicationView[]>(),
    },
    correctApplication: {
      summary:
        'Send the correction a discloser asked for: only the applicant, only while it is awaited.',
      method: 'POST',
      path: '/v1/me/applications/{id}/correction',
      access: 'signedIn',
      grants: ['read', 'write', 'secrets'],
      body: CorrectionInputSchema,
      output: answers<MyApplicationView>(),
    },
    listApplicationQueue: {
      summary:
        'Open applications (running ones by due date, then stopped ones) with the masked identity number and contact.',
      method: 'GET',
      path: '/v1/staff/applications',
      access: ['discloser'],
      grants: ['read', 'secrets'],
      output: answers<StaffApplicationView[]>(),
    },
    getApplication: {
      summary: 'One application with its steps.',
      method: 'GET',
      path: '/v1/staff/applications/{id}',
      access: ['discloser'],
      grants: ['read', 'secrets'],
      output: answers<StaffApplicationView>(),
    },
    recordApplicationEvent: {
      summary:
        'A step of the case `{action, version, …}`: `request_correction {text}`, `start_third_party {note}`, `end_third_party {note?}`, `extend {days, reason}`, `reply {outcome, basis, alreadyPublic?, text, detail?}` (outcome: a row of the annual report; the remedies are added from the bureau profile), `close_uncorrected {note?}`, `notify_fee {method, quantity, alreadyCounted?, note?}` (amount by the 国办函〔2020〕109号 tiers; stops the clock), `record_fee_paid {note?}`, `close_unpaid {note?}` (only after the period to pay); 409 when the case does not allow it or changed since `version`.',
      method: 'POST',
      path: '/v1/staff/applications/{id}/events',
      access: ['discloser'],
      grants: ['read', 'write', 'secrets'],
      body: ApplicationEventInputSchema,
      output: answers<StaffApplicationView>(),
    },
  },

  // 回应关切 (issue 17): public concerns on the clock. Staff open, record and close them; residents
  // read the thread of an open or closed one, and a banner while a major one is open.
  concerns: {
    openConcern: {
      function: 'concernsStaff',
      summary:
        'Open a concern: what happened, when it arose (at most 30 days back, never in the future), its level and office, and the staff told of its deadlines (the opener by default). Its clocks run from `arisenAt` in clock hours: a major one 5 h to the first authoritative release and 24 h to a press conference, a general one 48 h to an answer. Audited.',
      method: 'POST',
      path: '/v1/staff/concerns',
      access: ['responder', 'reviewer'],
      grants: ['read', 'write', 'secrets', 'invalidate'],
      body: OpenConcernInputSchema,
      output: answers<StaffConcernView>(),
    },
    listConcerns: {
      function: 'concernsStaff',
      summary:
        "Concerns by `status` (`open` by default): open ones with the nearest running deadline first, closed ones newest first; `nextCursor` is the next page's `cursor`.",
      method: 'GET',
      path: '/v1/staff/concerns',
      access: ['responder', 'reviewer', 'editor', 'admin'],
      grants: ['read', 'secrets'],
      query: ListConcernsQuerySchema,
      output: answers<Page<StaffConcernView>>(),
    },
    concernFigures: {
      function: 'concernsStaff',
      summary:
        "A year's concerns (by year of arising): per level how many were opened and closed, and per clock how many closed ones kept it, were late, or (press conferences) were not held.",
      method: 'GET',
      path: '/v1/staff/concerns/figures',
      access: ['responder', 'reviewer', 'admin'],
      grants: ['read', 'secrets'],
      query: ConcernYearQuerySchema,
      output: answers<ConcernFiguresView>(),
    },
    listAssignableStaff: {
      function: 'concernsStaff',
      summary:
        'The active staff who may be assigned to a concern (roles responder or reviewer), by name: user id, name and roles only, never an openid or contact. For the 承办人 picker.',
      method: 'GET',
      path: '/v1/staff/concerns/assignable',
      access: ['responder', 'reviewer', 'editor', 'admin'],
      grants: ['read', 'secrets'],
      output: answers<AssignableStaffView[]>(),
    },
    getStaffConcern: {
      function: 'concernsStaff',
      summary: 'One concern with its clocks, assignees, press conference and thread.',
      method: 'GET',
      path: '/v1/staff/concerns/{id}',
      access: ['responder', 'reviewer', 'editor', 'admin'],
      grants: ['read', 'secrets'],
      params: { id: ConcernIdSchema },
      output: answers<StaffConcernView>(),
    },
    recordPressConference: {
      function: 'concernsStaff',
      summary:
        'Record the press conference of a major open concern: held (when, and a https link) or not held (why). Audited; recording again replaces it.',
      method: 'POST',
      path: '/v1/staff/concerns/{id}/press-conference',
      access: ['responder', 'reviewer'],
      grants: ['read', 'write', 'secrets', 'invalidate'],
      params: { id: ConcernIdSchema },
      body: PressConferenceInputSchema,
      output: answers<StaffConcernView>(),
    },
    reassignConcern: {
      function: 'concernsStaff',
      summary:
        "Replace an open concern's assignees (active responders or reviewers, 1–10): the later reminders reach the new list; a reminder already made for a milestone is not sent again. 409 when someone changed or closed it first. Audited.",
      method: 'POST',
      path: '/v1/staff/concerns/{id}/assignees',
      access: ['responder', 'reviewer'],
      grants: ['read', 'write', 'secrets'],
      params: { id: ConcernIdSchema },
      body: ReassignConcernInputSchema,
      output: answers<StaffConcernView>(),
    },
    closeConcern: {
      function: 'concernsStaff',
      summary:
        'Close an open concern with the statement residents read; records on time or late for each clock. 400 when no release is attached yet (请先发布至少一条权威信息); 409 when someone closed it first. Audited.',
      method: 'POST',
      path: '/v1/staff/concerns/{id}/close',
      access: ['responder', 'reviewer'],
      grants: ['read', 'write', 'secrets', 'invalidate'],
      params: { id: ConcernIdSchema },
      body: CloseConcernInputSchema,
      output: answers<StaffConcernView>(),
    },
    listOpenConcerns: {
      function: 'concernsPublic',
      summary:
        'The open major concerns (重大突发事件), newest first, for the banner of the home and list pages: one read, cached like other public reads.',
      method: 'GET',
      path: '/v1/concerns/open',
      access: 'public',
      grants: ['read'],
      output: answers<OpenConcernBanner[]>(),
    },
    getConcern: {
      function: 'concernsPublic',
      summary:
        'A concern as residents read it: what happened, its thread of releases in time order, and once closed the statement and whether each clock was kept; no staff names or ids. 404 for an unknown id.',
      method: 'GET',
      path: '/v1/concerns/{id}',
      access: 'public',
      grants: ['read'],
      params: { id: ConcernIdSchema },
      output: answers<PublicConcernView>(),
    },
  },

  // 服务质量 (issue 18): how questions and disclosure applications are answered, by month received
  // and office; each figure opens its cases; CSV.
  serviceLevels: {
    getServiceLevels: {
      function: 'serviceLevelsStaff',
      summary:
        "A year's (or, with `month`, one month's) questions and disclosure applications by month received × office × kind: received, answered, answered on time, late, open past due (as of today, China time), median and 90th-percentile working days from receipt to answer (nearest rank, on the working-day calendar; `approximate` where a year has none), and for questions the 好差评 distribution; a total per kind. Counts only: no text, name or contact.",
      method: 'GET',
      path: '/v1/staff/service-levels',
      access: ['responder', 'discloser', 'admin'],
      grants: ['read', 'secrets'],
      query: ServiceLevelQuerySchema,
      output: answers<ServiceLevelsView>(),
    },
    listServiceLevelCases: {
      function: 'serviceLevelsStaff',
      summary:
        'The cases behind one figure (`kind`, `figure`, optionally `month` and `office`; `_` is 本机关): id, dates, deadline, working days, state and score; never text, name or contact.',
      method: 'GET',
      path: '/v1/staff/service-levels/cases',
      access: ['responder', 'discloser', 'admin'],
      grants: ['read', 'secrets'],
      query: ServiceCasesQuerySchema,
      output: answers<ServiceCasesView>(),
    },
    // The answered question behind a case, for the drill-down (the answered list holds the 50 latest).
    getServiceLevelQuestion: {
      function: 'serviceLevelsStaff',
      summary:
        'One answered question by id, as `listAnsweredQuestions` shows it (no contact), with its rating; 404 while it is unanswered or unknown.',
      method: 'GET',
      path: '/v1/staff/service-levels/questions/{id}',
      access: ['responder', 'editor'],
      grants: ['read', 'secrets'],
      output: answers<AnsweredQuestionView>(),
    },
    // CSV, as a file.
    exportServiceLevels: {
      function: 'serviceLevelsStaff',
      summary:
        'The figures of `getServiceLevels` as a CSV file (UTF-8 with BOM, Chinese headers, formula cells defused) in private storage: one row per month × office × kind; the answer is a link valid for about ten minutes (see [exports](features/exports.md)).',
      method: 'GET',
      path: '/v1/staff/service-levels/export',
      access: ['responder', 'discloser', 'admin'],
      grants: ['read', 'secrets', 'exports'],
      query: ServiceLevelQuerySchema,
      output: answers<ExportFileView>(),
    },
  },

  // Release notifications: staff follow each release as it goes out, and retry failed sends.
  notifications: {
    listReleases: {
      summary: 'The 30 newest releases, with their status and counts (never who received them).',
      method: 'GET',
      path: '/v1/staff/releases',
      access: ['editor', 'reviewer'],
      grants: ['read', 'secrets'],
      output: answers<ReleaseView[]>(),
    },
    getRelease: {
      summary: 'One release, with its status and counts.',
      method: 'GET',
      path: '/v1/staff/releases/{id}',
      access: ['editor', 'reviewer'],
      grants: ['read', 'secrets'],
      output: answers<ReleaseView>(),
    },
    retryRelease: {
      summary:
        "Send a release's failed messages again (say after a template was fixed): they are queued in the release's lane; a stopped release resumes, but never one stopped because its item was withdrawn.",
      method: 'POST',
      path: '/v1/staff/releases/{id}/retry',
      access: ['reviewer'],
      grants: ['read', 'write', 'secrets', 'enqueue'],
      output: answers<ReleaseView>(),
    },
  },
  // Release notifications (issue 7): what may be subscribed, then a person's subscriptions.
  subscriptions: {
    subscriptionOptions: {
      summary:
        'The topics anyone may subscribe to (five categories, offices, topics built-in and added, 紧急通告) with their labels, and the template id of each kind of message (`release`, `reply`) and whether it is long-term.',
      method: 'GET',
      path: '/v1/subscriptions/options',
      access: 'public',
      grants: ['read'],
      output: answers<SubscriptionOptionsView>(),
    },
    subscribe: {
      summary:
        "Record WeChat's answers to a subscription prompt (1–10 topics, 1–3 answers; see [subscriptions](features/notifications.md#subscriptions-订阅)); the app sends one `clientKey` per prompt, so a retried request adds no second credit. Answers what was subscribed, with the credits left.",
      method: 'POST',
      path: '/v1/me/subscriptions',
      access: 'signedIn',
      grants: ['read', 'write', 'secrets'],
      body: SubscribeInputSchema,
      output: answers<SubscribeOutcomeView>(),
    },
    listMySubscriptions: {
      summary:
        "One's topics with labels and credits, and per template the credits and last answer.",
      method: 'GET',
      path: '/v1/me/subscriptions',
      access: 'signedIn',
      grants: ['read', 'secrets'],
      output: answers<MySubscriptionsView>(),
    },
    // The topic is URL-encoded in the path (`category%3Adecision`).
    cancelSubscription: {
      summary: 'Cancel one topic; 404 if not subscribed.',
      method: 'DELETE',
      path: '/v1/me/subscriptions/{topic}',
      access: 'signedIn',
      grants: ['read', 'write', 'secrets'],
      output: answers<MySubscriptionsView>(),
    },
  },

  // Identity.
  auth: {
    login: {
      summary:
        "Sign in with the code of WeChat's `wx.login`: a session `{ token, expiresAt, user }`.",
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
    me: {
      summary: 'Who the caller is, with their roles as of now.',
      method: 'GET',
      path: '/v1/me',
      access: 'signedIn',
      grants: ['read', 'secrets'],
      output: answers<MeView>(),
    },
  },
  staff: {
    joinStaff: {
      summary:
        "Join the staff with an invitation code: the caller's WeChat identity becomes a staff member with the invitation's roles.",
      method: 'POST',
      path: '/v1/staff/join',
      access: 'signedIn',
      grants: ['read', 'write', 'secrets'],
      body: JoinInputSchema,
      output: answers<MeView>(),
    },
  },
  // Operations: is this stage up and can it reach its table (load balancers, uptime checks).
  operations: {
    health: {
      summary:
        "200 `{status: 'ok', checkedAt}` when the table answers, else 503 `SERVICE_UNAVAILABLE`; never cached: for a load balancer's or an operator's checks.",
      method: 'GET',
      path: '/v1/health',
      access: 'public',
      grants: ['read'],
      memory: 256,
      output: answers<{ status: 'ok'; checkedAt: string }>(),
    },
  },

  // Administration.
  admin: {
    listStaff: {
      summary: 'The staff list: every member with their roles and status.',
      method: 'GET',
      path: '/v1/admin/staff',
      access: ['admin'],
      grants: ['read', 'secrets'],
      output: answers<StaffMemberView[]>(),
    },
    changeStaffRoles: {
      summary:
        "Change a member's roles (audited); 409 for a revoked member, or for an admin taking the admin role from themselves.",
      method: 'PUT',
      path: '/v1/admin/staff/{userId}/roles',
      access: ['admin'],
      grants: ['read', 'write', 'secrets'],
      body: RolesInputSchema,
      output: answers<StaffMemberView>(),
    },
    revokeStaff: {
      summary:
        "Revoke a member (audited): their next request is refused; 409 for one's own account.",
      method: 'POST',
      path: '/v1/admin/staff/{userId}/revoke',
      access: ['admin'],
      grants: ['read', 'write', 'secrets'],
      output: answers<StaffMemberView>(),
    },
    createInvitation: {
      summary:
        "A one-time invitation code for a named person, with their roles and an expiry (audited by a prefix of the code's hash, never the code).",
      method: 'POST',
      path: '/v1/admin/invitations',
      access: ['admin'],
      grants: ['read', 'write', 'secrets'],
      body: InvitationInputSchema,
      output: answers<InvitationView>(),
    },
    listAudit: {
      summary:
        'The audit log of one month (this month by default), newest first, filtered by actor, action or item.',
      method: 'GET',
      path: '/v1/admin/audit',
      access: ['admin'],
      grants: ['read', 'secrets'],
      query: AuditQuerySchema,
      output: answers<Page<AuditEntryView>>(),
    },
    // CSV, as a file in private storage, answered as a short-lived link.
    exportAudit: {
      summary:
        "The month's audit log, filters applied, as a CSV file (UTF-8 with BOM, Chinese headers, formula cells defused) in private storage: the answer is a link valid for about ten minutes (see [exports](features/exports.md)).",
      method: 'GET',
      path: '/v1/admin/audit/export',
      access: ['admin'],
      grants: ['read', 'secrets', 'exports'],
      query: AuditQuerySchema,
      output: answers<ExportFileView>(),
    },
  },
  // The negative list (负面清单): what is not disclosed, by ground, counts only; reviewed yearly.
  negativeList: {
    getNegativeList: {
      summary:
        'The negative list (负面清单): each of the eight grounds of 不予公开 with its label, legal basis and how many documents of the library are withheld under it (counts only, never the documents), and the last yearly review and when the next is due.',
      method: 'GET',
      path: '/v1/negative-list',
      access: 'public',
      grants: ['read'],
      output: answers<NegativeListView>(),
    },
    getStaffNegativeList: {
      summary:
        'The negative list as residents see it, with every yearly review recorded (newest first, 50 at most): date, note, remarks per ground, who recorded it.',
      method: 'GET',
      path: '/v1/staff/negative-list',
      access: ['admin', 'editor', 'reviewer', 'responder', 'discloser'],
      grants: ['read', 'secrets'],
      output: answers<StaffNegativeListView>(),
    },
    recordNegativeListReview: {
      summary:
        'Record a yearly review of the negative list (动态调整) `{reviewedOn, note, remarks}` (audited); a date after today, or before the last review, is refused. Invalidates the cached public reads.',
      method: 'POST',
      path: '/v1/admin/negative-list/reviews',
      access: ['admin'],
      body: RecordReviewInputSchema,
      grants: ['read', 'write', 'secrets', 'invalidate'],
      output: answers<StaffNegativeListView>(),
    },
  },
  // The working-day calendar every statutory deadline is counted on: staff read it, admins keep it.
  calendar: {
    getCalendar: {
      summary:
        "A year's working-day calendar (weekday holidays, weekend days worked); statutory deadlines (`shared/src/working-days.ts`, `shared/src/schemas/disclosure-clock.ts`) are counted on it, and a year not entered is refused rather than guessed. `npm start` seeds 2025 and 2026 as demo data to check against the State Council's notice.",
      method: 'GET',
      path: '/v1/staff/calendars/{year}',
      access: ['admin', 'editor', 'reviewer', 'responder', 'discloser'],
      grants: ['read', 'secrets'],
      params: { year: CalendarYearSchema },
      output: answers<WorkingCalendarView>(),
    },
    putCalendar: {
      summary:
        "Enter or correct a year's working-day calendar `{holidays, workdays}` (audited); every deadline counted on that year follows it.",
      method: 'PUT',
      path: '/v1/admin/calendars/{year}',
      access: ['admin'],
      grants: ['read', 'write', 'secrets'],
      params: { year: CalendarYearSchema },
      body: WorkingCalendarInputSchema,
      output: answers<WorkingCalendarView>(),
    },
  },

  // Editorial workflow (先审后发).
  workflow: {
    listWorkflowItems: {
      summary:
        "The staff home lists, 50 at most: `mine` (the caller's items), `review` (waiting for review, then scheduled; urgent notices first) or `all` (everything recent).",
      method: 'GET',
      path: '/v1/staff/items',
      access: ['editor', 'reviewer'],
      grants: ['read', 'secrets'],
      query: StaffListQuerySchema,
      output: answers<WorkflowSummaryView[]>(),
    },
    browseWorkflowItems: {
      function: 'contentBrowser',
      summary:
        'The content browser (内容管理): every item of every kind and status, by last change (`order` newest or oldest), filtered by `kind`, `status`, `office`, `category`, `topic`, `author` (who created it) and `from`/`to` (China dates of the last change), searched with `q` in the title, 文号, 索引号, 事项编码 and text; paged by `cursor` with no upper limit. Each request reads at most a budget (data-model #164): a page may hold fewer than `limit` items and still carry a `nextCursor` where the search goes on.',
      method: 'GET',
      path: '/v1/staff/items/browse',
      access: ['editor', 'reviewer'],
      grants: ['read', 'secrets'],
      query: BrowseQuerySchema,
      output: answers<Page<BrowseItemView>>(),
    },
    listItemAuthors: {
      function: 'contentBrowser',
      summary:
        "The content browser's 作者 choices: every staff member holding the editor role (only editors create drafts), revoked ones too since their items remain, active first: user id, name and whether active, never an openid or contact.",
      method: 'GET',
      path: '/v1/staff/items/authors',
      access: ['editor', 'reviewer'],
      grants: ['read', 'secrets'],
      output: answers<ItemAuthorView[]>(),
    },
    createDraft: {
      summary: 'Start a new item of any kind as a draft (`ContentDraftSchema`).',
      method: 'POST',
      path: '/v1/staff/items',
      access: ['editor'],
      grants: ['read', 'write', 'secrets'],
      body: ContentDraftSchema,
      output: answers<WorkflowItemView>(),
    },
    getWorkflowItem: {
      summary:
        'One item as staff see it: its status, the pending draft and who edited it, the last review, the schedule, and the published version and any withdrawal.',
      method: 'GET',
      path: '/v1/staff/items/{id}',
      access: ['editor', 'reviewer'],
      grants: ['read', 'secrets'],
      output: answers<WorkflowItemView>(),
    },
    updateDraft: {
      summary:
        'Change a draft, a returned draft, or a published or withdrawn item (which starts its next version; the live one stays until that is published); an item under review or scheduled must be returned first.',
      method: 'PUT',
      path: '/v1/staff/items/{id}',
      access: ['editor'],
      grants: ['read', 'write', 'secrets'],
      body: ContentDraftSchema,
      output: answers<WorkflowItemView>(),
    },
    submitForReview: {
      summary: 'Send a draft to review.',
      method: 'POST',
      path: '/v1/staff/items/{id}/submit',
      access: ['editor'],
      grants: ['read', 'write', 'secrets'],
      output: answers<WorkflowItemView>(),
    },
    returnDraft: {
      summary:
        'Send a draft back to its editors with a comment; a scheduled item is called back the same way.',
      method: 'POST',
      path: '/v1/staff/items/{id}/return',
      access: ['reviewer'],
      grants: ['read', 'write', 'secrets'],
      body: ReturnInputSchema,
      output: answers<WorkflowItemView>(),
    },
    publishItem: {
      summary:
        'Approve a version the reviewer did not edit (four eyes): published now, or scheduled for `publishAt`. Publishing tells subscribers and invalidates the cached public reads.',
      method: 'POST',
      path: '/v1/staff/items/{id}/publish',
      access: ['reviewer'],
      body: PublishInputSchema,
      grants: ['read', 'write', 'secrets', 'invalidate'],
      output: answers<WorkflowItemView>(),
    },
    withdrawItem: {
      summary:
        'Withdraw a published item with a public reason: it leaves every public list at once, and its page answers 410 with the reason.',
      method: 'POST',
      path: '/v1/staff/items/{id}/withdraw',
      access: ['reviewer'],
      body: WithdrawInputSchema,
      grants: ['read', 'write', 'secrets', 'invalidate'],
      output: answers<WorkflowItemView>(),
    },
    listRevisions: {
      summary: "An item's published versions, newest first, each with what it changed.",
      method: 'GET',
      path: '/v1/staff/items/{id}/revisions',
      access: ['editor', 'reviewer'],
      grants: ['read', 'secrets'],
      output: answers<RevisionView[]>(),
    },
    listPublicationDeadlines: {
      summary:
        "The staff dashboard's 「公开时限」: never-published drafts to be disclosed proactively whose deadline (20 working days from the date the information was made or changed, 政府信息公开条例 art. 26) is past or within 5 working days, past ones first; `approximate` when a year's calendar was not entered.",
      method: 'GET',
      path: '/v1/staff/publication-deadlines',
      access: ['admin', 'editor', 'reviewer'],
      grants: ['read', 'secrets'],
      output: answers<PublicationDeadlineView[]>(),
    },
    listGuideRatings: {
      summary:
        "A guide's ratings: counts per score and per problem, and the latest ratings with their reasons, never who gave them.",
      method: 'GET',
      path: '/v1/staff/items/{id}/ratings',
      access: ['editor', 'reviewer'],
      grants: ['read', 'secrets'],
      output: answers<GuideRatingsView>(),
    },
  },

  // The service catalogue in bulk: export, and import checked row by row. Imported files are kept
  // under imports/ of the media bucket.
  guides: {
    // CSV or JSON, as a file in private storage (10,000 guides are past a Lambda's 6 MB answer).
    exportGuides: {
      summary:
        'Every guide as staff last wrote it (drafts included), as a CSV or JSON file in the form an import reads back, written to private storage: the answer is a link valid for about ten minutes (see [exports](features/exports.md)).',
      method: 'GET',
      path: '/v1/staff/guides/export',
      access: ['editor', 'reviewer'],
      grants: ['read', 'secrets', 'exports'],
      // 10,000 guides: about 15 pages of the feed index and a 15 MB upload (30 MB as JSON); under
      // the API's 30 s, with the memory (and the CPU that comes with it) to sort and write them.
      timeout: 29,
      memory: 1024,
      query: ExportGuidesQuerySchema,
      output: answers<ExportFileView>(),
    },
    createImportUpload: {
      summary:
        'Where to upload a catalogue file (CSV or JSON, up to 50 MB): a presigned form into private storage under imports/, read only by the import.',
      method: 'POST',
      path: '/v1/staff/guide-imports/upload',
      access: ['editor'],
      body: ImportUploadInputSchema,
      grants: ['read', 'write', 'secrets', 'imports'],
      output: answers<ImportUploadView>(),
    },
    startGuideImport: {
      summary:
        'Start importing an uploaded file (`mode` `all` or `valid_only`; `submit` sends the drafts to review at once); nothing is read or written yet.',
      method: 'POST',
      path: '/v1/staff/guide-imports',
      access: ['editor'],
      body: StartImportInputSchema,
      grants: ['read', 'write', 'secrets', 'imports'],
      output: answers<GuideImportView>(),
    },
    // A slice of an import stops after 6 s of work; the rest is the reply and its save.
    continueGuideImport: {
      summary:
        'Do the next slice of an import: check every row first, then write them; the client calls again until the import is done or rejected.',
      method: 'POST',
      path: '/v1/staff/guide-imports/{id}/continue',
      access: ['editor'],
      grants: ['read', 'write', 'secrets', 'imports'],
      timeout: 15,
      output: answers<GuideImportView>(),
    },
    getGuideImport: {
      summary:
        "One of the caller's imports: its phase, progress, counts and the first 200 problems; another editor's import answers 404.",
      method: 'GET',
      path: '/v1/staff/guide-imports/{id}',
      access: ['editor'],
      grants: ['read', 'secrets', 'imports'],
      output: answers<GuideImportView>(),
    },
  },

  // Media of interpretations: a presigned upload (signed with the role: it puts, and writes no
  // item), then a check of what was stored.
  media: {
    createMediaUpload: {
      summary:
        'Where to upload one image, audio or video file of an allowed type and size: a presigned form valid for ten minutes, under a fresh key of its own, and the address residents will load it from once confirmed.',
      method: 'POST',
      path: '/v1/staff/media',
      access: ['editor'],
      body: MediaUploadInputSchema,
      grants: ['read', 'secrets', 'mediaUpload'],
      output: answers<MediaUploadView>(),
    },
    confirmMediaUpload: {
      summary:
        "Check an uploaded file, once: copy it to where residents load it from and check that copy's size, type and first bytes. What fails is deleted and refused; what passes is recorded and may then be placed in a draft.",
      method: 'POST',
      path: '/v1/staff/media/confirm',
      access: ['editor'],
      body: MediaConfirmInputSchema,
      grants: ['read', 'write', 'secrets', 'media'],
      output: answers<{ key: string; kind: MediaKind; url: string }>(),
    },
  },
} as const satisfies Record<string, Record<string, RouteDef>>;

type Features = typeof ROUTE_FEATURES;
type AllRoutes = { [F in keyof Features]: (x: Features[F]) => void }[keyof Features] extends (
  x: infer I,
) => void
  ? I
  : never;

/** The contract's route names (the same as routes.generated.ts's, which is generated from them). */
export type ContractRouteName = keyof AllRoutes;

/** What a route answers, from the contract. */
export type Output<N extends ContractRouteName> = AllRoutes[N] extends { output: infer O }
  ? O
  : never;
