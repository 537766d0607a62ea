import type { ContentKind } from '@sunshine/shared';

/** Where each staff page lives; the subpackage root is declared in app.config.ts. */
const PAGES = '/packages/staff/pages';

export const STAFF_HOME_URL = `${PAGES}/home/index`;
export const SIGN_IN_URL = `${PAGES}/sign-in/index`;
export const STAFF_ADMIN_URL = `${PAGES}/staff-admin/index`;
export const AUDIT_URL = `${PAGES}/audit/index`;
export const GUIDE_IMPORT_URL = `${PAGES}/guide-import/index`;
export const QUESTIONS_URL = `${PAGES}/questions/index`;
export const CONSULTATIONS_URL = `${PAGES}/consultation/index`;
export const RELEASES_URL = `${PAGES}/releases/index`;

/** One consultation's comments to review and decide. */
export const consultationUrl = (id: string) => `${CONSULTATIONS_URL}?id=${encodeURIComponent(id)}`;
/** The questions page opened at the answered ones: where editors promote an answer. */
export const ANSWERED_QUESTIONS_URL = `${QUESTIONS_URL}?tab=answered`;
export const ANSWER_RATINGS_URL = `${PAGES}/answer-ratings/index`;
export const APPLICATIONS_URL = `${PAGES}/applications/index`;

/** An existing draft by its id (it knows its own kind), or a new draft of a kind. */
export function editorUrl(id?: string, kind?: ContentKind): string {
  if (id) return `${PAGES}/editor/index?id=${encodeURIComponent(id)}`;
  return kind ? `${PAGES}/editor/index?kind=${kind}` : `${PAGES}/editor/index`;
}

export function reviewUrl(id: string): string {
  return `${PAGES}/review/index?id=${encodeURIComponent(id)}`;
}

export function revisionsUrl(id: string): string {
  return `${PAGES}/revisions/index?id=${encodeURIComponent(id)}`;
}

export function ratingsUrl(id: string): string {
  return `${PAGES}/ratings/index?id=${encodeURIComponent(id)}`;
}
