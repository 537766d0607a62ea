import type { CatalogueFacet, ContentKind } from '@sunshine/shared';

/*
 * Every page's address, resident and staff, in one place. It sits in the main package, outside
 * packages/staff, because resident pages link to two staff pages (the staff home, the sign-in page)
 * and main-package code may not import the staff subpackage. app.config.ts declares its page lists
 * from the same names: Taro 4 evaluates that file with esbuild (`readConfig` in @tarojs/helper), so
 * it may import, and a page cannot be declared under one path and opened under another.
 */

/** The main package's pages, as app.config.ts declares them; the first one opens the app. */
export const RESIDENT_PAGES = {
  home: 'pages/index/index',
  services: 'pages/services/index',
  interact: 'pages/interact/index',
  mine: 'pages/mine/index',
  catalogue: 'pages/catalogue/index',
  detail: 'pages/content/detail',
  search: 'pages/search/index',
  ask: 'pages/ask/index',
  myQuestions: 'pages/my-questions/index',
  apply: 'pages/apply/index',
  myApplications: 'pages/my-applications/index',
  mySubscriptions: 'pages/my-subscriptions/index',
  disclosureGuide: 'pages/disclosure-guide/index',
  negativeList: 'pages/negative-list/index',
  myComments: 'pages/my-comments/index',
  concern: 'pages/concern/index',
} as const;

/**
 * The tab bar, in its order: 首页, 办事 (the guides by topic), 互动 (consultations, asking,
 * applying), 我的 (one's own lists, settings, privacy, about). WeChat opens a tab page only with
 * `switchTab` and without a query (`openPage` in services/navigation.ts does both), so none of
 * them reads parameters; `icon` names the PNGs in assets/tab-bar (scripts/tab-bar-icons.mjs).
 */
export const TABS = [
  { page: 'home', text: '首页', icon: 'home' },
  { page: 'services', text: '办事', icon: 'services' },
  { page: 'interact', text: '互动', icon: 'interact' },
  { page: 'mine', text: '我的', icon: 'mine' },
] as const satisfies ReadonlyArray<{
  page: keyof typeof RESIDENT_PAGES;
  text: string;
  icon: string;
}>;

/** The staff subpackage: residents never download it. */
export const STAFF_ROOT = 'packages/staff';

/** The staff subpackage's pages, relative to its root, as app.config.ts declares them. */
export const STAFF_PAGES = {
  home: 'pages/home/index',
  signIn: 'pages/sign-in/index',
  editor: 'pages/editor/index',
  review: 'pages/review/index',
  revisions: 'pages/revisions/index',
  ratings: 'pages/ratings/index',
  staffAdmin: 'pages/staff-admin/index',
  audit: 'pages/audit/index',
  guideImport: 'pages/guide-import/index',
  questions: 'pages/questions/index',
  consultation: 'pages/consultation/index',
  releases: 'pages/releases/index',
  answerRatings: 'pages/answer-ratings/index',
  applications: 'pages/applications/index',
  bureau: 'pages/bureau/index',
  negativeListAdmin: 'pages/negative-list/index',
  annualReport: 'pages/annual-report/index',
  concerns: 'pages/concerns/index',
  concern: 'pages/concern/index',
  browser: 'pages/browser/index',
  calendar: 'pages/calendar/index',
  serviceLevels: 'pages/service-levels/index',
} as const;

const residentPage = (page: keyof typeof RESIDENT_PAGES) => `/${RESIDENT_PAGES[page]}`;
const staffPage = (page: keyof typeof STAFF_PAGES) => `/${STAFF_ROOT}/${STAFF_PAGES[page]}`;
const withId = (url: string, id: string) => `${url}?id=${encodeURIComponent(id)}`;

// Resident pages.
export const SEARCH_URL = residentPage('search');
export const ASK_URL = residentPage('ask');
export const MY_QUESTIONS_URL = residentPage('myQuestions');
export const APPLY_URL = residentPage('apply');
export const MY_APPLICATIONS_URL = residentPage('myApplications');
export const MY_SUBSCRIPTIONS_URL = residentPage('mySubscriptions');
/** 政府信息公开指南 (art. 12): from the bureau's profile. */
export const DISCLOSURE_GUIDE_URL = residentPage('disclosureGuide');
/** 负面清单: what is not disclosed, by ground, with counts only. */
export const NEGATIVE_LIST_URL = residentPage('negativeList');
/** 我的意见: one's own comments on consultations, with their status and decision. */
export const MY_COMMENTS_URL = residentPage('myComments');
export const HOME_URL = residentPage('home');
/** 办事: the service guides by topic (a tab). */
export const SERVICES_URL = residentPage('services');
/** 互动: consultations open for comment, asking, applying (a tab). */
export const INTERACT_URL = residentPage('interact');
/** 我的: one's questions, applications, comments, subscriptions; large text, privacy, about (a tab). */
export const MINE_URL = residentPage('mine');

const TAB_PATHS: readonly string[] = TABS.map((tab) => residentPage(tab.page));

/**
 * Whether an address opens a tab page, and so must be opened with `switchTab` (navigateTo and
 * redirectTo fail on one). A query is ignored: a tab page is opened without it.
 */
export const isTabUrl = (url: string) => {
  const path = url.split('?')[0]!;
  return TAB_PATHS.includes(path.startsWith('/') ? path : `/${path}`);
};

/** The search page opened at some words (encoded once here; read back with `routeParam`). */
export const searchUrl = (q = '') =>
  q.trim() ? `${SEARCH_URL}?q=${encodeURIComponent(q.trim())}` : SEARCH_URL;

/**
 * A page's parameter as the link meant it. The links here encode a value once; Taro's router hands
 * it back decoded on one platform and still percent-encoded on another (H5 for a hash route that
 * was typed or pasted), so it is decoded once more where that is possible, and kept as it is where
 * it is not (a `%` not followed by two hex digits was never encoded: `100%`).
 */
export function routeParam(params: Record<string, string | undefined>, name: string): string {
  const raw = params[name] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A public concern's thread (关切): the banner and shared links open it. */
export const concernUrl = (id: string) => withId(residentPage('concern'), id);

/** Every kind opens the same detail page; the answer says what it is. Shared links use it too. */
export const detailUrl = (id: string) => withId(residentPage('detail'), id);

/**
 * Where a kind of the library is browsed from home: the guides are the 办事 tab, every other kind
 * the catalogue at that kind. Opened with `openPage`, which switches to the tab.
 */
export const libraryUrl = (kind: ContentKind) =>
  kind === 'guide' ? SERVICES_URL : catalogueUrl({ kind });

/** The catalogue opened at a kind and, optionally, one value of a facet (`?kind=document&office=traffic`). */
export function catalogueUrl(
  choice: { kind?: ContentKind; facet?: CatalogueFacet; value?: string } = {},
): string {
  const query = [
    choice.kind && `kind=${choice.kind}`,
    choice.facet && choice.value && `${choice.facet}=${choice.value}`,
  ]
    .filter(Boolean)
    .join('&');
  return query ? `${residentPage('catalogue')}?${query}` : residentPage('catalogue');
}

// Staff pages.
export const STAFF_HOME_URL = staffPage('home');
/** Signs staff in, and residents too in the H5 build (which has no WeChat). */
export const SIGN_IN_URL = staffPage('signIn');
export const STAFF_ADMIN_URL = staffPage('staffAdmin');
/** 机关信息: the bureau's profile, edited by an admin. */
export const BUREAU_URL = staffPage('bureau');
export const AUDIT_URL = staffPage('audit');
/** 内容管理: every item of every kind and status, searched and filtered. */
export const BROWSER_URL = staffPage('browser');
export const GUIDE_IMPORT_URL = staffPage('guideImport');
export const QUESTIONS_URL = staffPage('questions');
/** The questions page opened at the answered ones: where editors promote an answer. */
export const ANSWERED_QUESTIONS_URL = `${QUESTIONS_URL}?tab=answered`;
/** The questions page opened at one question (the service levels' drill-down): its queue, or the answered tab. */
export const staffQuestionUrl = (id: string, answered: boolean) =>
  `${withId(QUESTIONS_URL, id)}${answered ? '&tab=answered' : ''}`;
export const CONSULTATIONS_URL = staffPage('consultation');
export const RELEASES_URL = staffPage('releases');
export const ANSWER_RATINGS_URL = staffPage('answerRatings');
export const APPLICATIONS_URL = staffPage('applications');
/** The applications page opened at one case (the service levels' drill-down opens it). */
export const staffApplicationUrl = (id: string) => withId(APPLICATIONS_URL, id);
/** 服务质量: questions and applications answered on time, by month and office. */
export const SERVICE_LEVELS_URL = staffPage('serviceLevels');
/** The negative list's yearly reviews: admins record one, staff read them. */
export const NEGATIVE_LIST_ADMIN_URL = staffPage('negativeListAdmin');
export const ANNUAL_REPORT_URL = staffPage('annualReport');
/** The report page opened at a year. */
export const annualReportUrl = (year: number) => `${ANNUAL_REPORT_URL}?year=${year}`;

/** 工作日历 (admins): a year's holidays and worked weekend days, opened at a year. */
export const calendarUrl = (year?: number) =>
  year ? `${staffPage('calendar')}?year=${year}` : staffPage('calendar');

/** 回应关切: open concerns by time left, the closed ones below, and the form to open one. */
export const STAFF_CONCERNS_URL = staffPage('concerns');
/** One concern's clocks and thread, for staff (the reminders open it too). */
export const staffConcernUrl = (id: string) => withId(staffPage('concern'), id);

/** One consultation's comments to review and decide. */
export const consultationUrl = (id: string) => withId(CONSULTATIONS_URL, id);

/** An existing draft by its id (it knows its own kind), or a new draft of a kind. */
export function editorUrl(id?: string, kind?: ContentKind): string {
  if (id) return withId(staffPage('editor'), id);
  return kind ? `${staffPage('editor')}?kind=${kind}` : staffPage('editor');
}

/** A new notice attached to a concern as one of its thread entries (首次权威发布, 进展通报…). */
export const concernNoticeUrl = (concern: string, entry: string) =>
  `${staffPage('editor')}?kind=notice&concern=${encodeURIComponent(concern)}&entry=${entry}`;

export const reviewUrl = (id: string) => withId(staffPage('review'), id);
export const revisionsUrl = (id: string) => withId(staffPage('revisions'), id);
export const ratingsUrl = (id: string) => withId(staffPage('ratings'), id);
