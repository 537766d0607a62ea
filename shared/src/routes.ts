import type { StaffRole } from './roles';

/**
 * The route contract: every API route, its method and path, and who may call it. The functions'
 * HTTP edge enforces `access` before any use case runs, the mini-program's services read paths
 * from here, and the authorization matrix test is generated from this table, so no route can be
 * added without saying who may call it.
 *
 * - 'public': anyone;
 * - 'signedIn': any signed-in person (resident or staff);
 * - a list of roles: active staff holding at least one of them.
 */
export type Access = 'public' | 'signedIn' | readonly StaffRole[];

export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  access: Access;
}

export const ROUTES = {
  // Residents: published content.
  listContent: { method: 'GET', path: '/v1/content', access: 'public' },
  getContent: { method: 'GET', path: '/v1/content/{id}', access: 'public' },
  search: { method: 'GET', path: '/v1/search', access: 'public' },
  releasesFeed: { method: 'GET', path: '/v1/feed.atom', access: 'public' },
  listTopics: { method: 'GET', path: '/v1/topics', access: 'public' },
  listOpenData: { method: 'GET', path: '/v1/open-data', access: 'public' },
  getOpenData: { method: 'GET', path: '/v1/open-data/{dataset}', access: 'public' },

  // Residents: feedback (one vote per person per item).
  voteHelpful: { method: 'PUT', path: '/v1/content/{id}/helpful', access: 'signedIn' },
  rateGuide: { method: 'PUT', path: '/v1/content/{id}/rating', access: 'signedIn' },

  // Questions to staff (留言咨询).
  askQuestion: { method: 'POST', path: '/v1/questions', access: 'signedIn' },
  listMyQuestions: { method: 'GET', path: '/v1/me/questions', access: 'signedIn' },
  listQuestionQueue: { method: 'GET', path: '/v1/staff/questions', access: ['responder'] },
  answerQuestion: { method: 'POST', path: '/v1/staff/questions/{id}/answer', access: ['responder'] },
  // The asker rates the answer (好差评); responders and admins read the ratings per responder and kind.
  rateAnswer: { method: 'PUT', path: '/v1/questions/{id}/rating', access: 'signedIn' },
  listAnswerRatings: { method: 'GET', path: '/v1/staff/question-ratings', access: ['responder', 'admin'] },
  // Answered questions, and promoting a good answer to a public Q&A draft: an editor's act, as the
  // draft is theirs to finish and submit (a responder who should do it also holds the editor role).
  listAnsweredQuestions: { method: 'GET', path: '/v1/staff/questions/answered', access: ['responder', 'editor'] },
  promoteQuestion: { method: 'POST', path: '/v1/staff/questions/{id}/promote', access: ['editor'] },

  // Consultations on drafts (征求意见): comments, reviewed before shown (先审后发), decided, reported.
  submitComment: { method: 'POST', path: '/v1/content/{id}/comments', access: 'signedIn' },
  listComments: { method: 'GET', path: '/v1/content/{id}/comments', access: 'public' },
  listMyComments: { method: 'GET', path: '/v1/me/comments', access: 'signedIn' },
  listConsultationComments: { method: 'GET', path: '/v1/staff/consultations/{id}/comments', access: ['editor', 'reviewer'] },
  moderateComment: { method: 'POST', path: '/v1/staff/consultations/{id}/comments/{commentId}/moderate', access: ['reviewer'] },
  decideComment: { method: 'POST', path: '/v1/staff/consultations/{id}/comments/{commentId}/decision', access: ['editor', 'reviewer'] },
  publishConsultationReport: { method: 'POST', path: '/v1/staff/consultations/{id}/report', access: ['reviewer'] },

  // Disclosure on application (依申请公开): residents apply and correct; disclosers handle the case.
  submitApplication: { method: 'POST', path: '/v1/applications', access: 'signedIn' },
  listMyApplications: { method: 'GET', path: '/v1/me/applications', access: 'signedIn' },
  correctApplication: { method: 'POST', path: '/v1/me/applications/{id}/correction', access: 'signedIn' },
  listApplicationQueue: { method: 'GET', path: '/v1/staff/applications', access: ['discloser'] },
  getApplication: { method: 'GET', path: '/v1/staff/applications/{id}', access: ['discloser'] },
  recordApplicationEvent: { method: 'POST', path: '/v1/staff/applications/{id}/events', access: ['discloser'] },

  // Release notifications: staff follow each release as it goes out, and retry failed sends.
  listReleases: { method: 'GET', path: '/v1/staff/releases', access: ['editor', 'reviewer'] },
  getRelease: { method: 'GET', path: '/v1/staff/releases/{id}', access: ['editor', 'reviewer'] },
  retryRelease: { method: 'POST', path: '/v1/staff/releases/{id}/retry', access: ['reviewer'] },
  // Release notifications (issue 7): what may be subscribed, then a person's subscriptions.
  subscriptionOptions: { method: 'GET', path: '/v1/subscriptions/options', access: 'public' },
  subscribe: { method: 'POST', path: '/v1/me/subscriptions', access: 'signedIn' },
  listMySubscriptions: { method: 'GET', path: '/v1/me/subscriptions', access: 'signedIn' },
  // The topic is URL-encoded in the path (`category%3Adecision`).
  cancelSubscription: { method: 'DELETE', path: '/v1/me/subscriptions/{topic}', access: 'signedIn' },

  // Identity.
  login: { method: 'POST', path: '/v1/auth/login', access: 'public' },
  // Operations: is this stage up and can it reach its table (load balancers, uptime checks).
  health: { method: 'GET', path: '/v1/health', access: 'public' },
  me: { method: 'GET', path: '/v1/me', access: 'signedIn' },
  joinStaff: { method: 'POST', path: '/v1/staff/join', access: 'signedIn' },

  // Administration.
  listStaff: { method: 'GET', path: '/v1/admin/staff', access: ['admin'] },
  changeStaffRoles: { method: 'PUT', path: '/v1/admin/staff/{userId}/roles', access: ['admin'] },
  revokeStaff: { method: 'POST', path: '/v1/admin/staff/{userId}/revoke', access: ['admin'] },
  createInvitation: { method: 'POST', path: '/v1/admin/invitations', access: ['admin'] },
  listAudit: { method: 'GET', path: '/v1/admin/audit', access: ['admin'] },
  addTopic: { method: 'POST', path: '/v1/admin/topics', access: ['admin'] },
  // The working-day calendar every statutory deadline is counted on: staff read it, admins keep it.
  getCalendar: { method: 'GET', path: '/v1/staff/calendars/{year}', access: ['admin', 'editor', 'reviewer', 'responder', 'discloser'] },
  putCalendar: { method: 'PUT', path: '/v1/admin/calendars/{year}', access: ['admin'] },
  exportAudit: { method: 'GET', path: '/v1/admin/audit/export', access: ['admin'] },

  // Editorial workflow (先审后发).
  listWorkflowItems: { method: 'GET', path: '/v1/staff/items', access: ['editor', 'reviewer'] },
  createDraft: { method: 'POST', path: '/v1/staff/items', access: ['editor'] },
  getWorkflowItem: { method: 'GET', path: '/v1/staff/items/{id}', access: ['editor', 'reviewer'] },
  updateDraft: { method: 'PUT', path: '/v1/staff/items/{id}', access: ['editor'] },
  submitForReview: { method: 'POST', path: '/v1/staff/items/{id}/submit', access: ['editor'] },
  returnDraft: { method: 'POST', path: '/v1/staff/items/{id}/return', access: ['reviewer'] },
  publishItem: { method: 'POST', path: '/v1/staff/items/{id}/publish', access: ['reviewer'] },
  withdrawItem: { method: 'POST', path: '/v1/staff/items/{id}/withdraw', access: ['reviewer'] },
  listRevisions: { method: 'GET', path: '/v1/staff/items/{id}/revisions', access: ['editor', 'reviewer'] },
  listGuideRatings: { method: 'GET', path: '/v1/staff/items/{id}/ratings', access: ['editor', 'reviewer'] },

  // The service catalogue in bulk: export, and import checked row by row.
  exportGuides: { method: 'GET', path: '/v1/staff/guides/export', access: ['editor', 'reviewer'] },
  createImportUpload: { method: 'POST', path: '/v1/staff/guide-imports/upload', access: ['editor'] },
  startGuideImport: { method: 'POST', path: '/v1/staff/guide-imports', access: ['editor'] },
  continueGuideImport: { method: 'POST', path: '/v1/staff/guide-imports/{id}/continue', access: ['editor'] },
  getGuideImport: { method: 'GET', path: '/v1/staff/guide-imports/{id}', access: ['editor'] },

  // Media of interpretations: a presigned upload, then a check of what was stored.
  createMediaUpload: { method: 'POST', path: '/v1/staff/media', access: ['editor'] },
  confirmMediaUpload: { method: 'POST', path: '/v1/staff/media/confirm', access: ['editor'] },
} as const satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof ROUTES;

/** Fill `{name}` placeholders of a route path, encoding each value. */
export function routePath(name: RouteName, params: Record<string, string> = {}): string {
  return ROUTES[name].path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`missing path parameter ${key} for ${name}`);
    return encodeURIComponent(value);
  });
}
