import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESIDENT_PAGES, STAFF_PAGES, STAFF_ROOT } from '../miniapp/src/page-urls';
import { seriousViolations, type Violation } from './support/axe';
import { openPhone, SCREENSHOT_DIR } from './support/browser';
import { signInAs } from './support/staff';

/**
 * 适老化 on every page (issue 18): each page the app declares, residents' and staff's, read by
 * axe-core in standard and in large text, the rendered size of every text on it measured in both,
 * and a large-text screenshot kept. The list comes from page-urls.ts, so a page added later is
 * covered without a change here; it opens without a query and as demo-reviewer unless told below.
 */
const web = () => process.env.E2E_WEB_URL!;

/** Seeded demo content for the pages that show one thing (functions/src/seed/). */
const DOCUMENT = '01H0000000DEM000000000D001';
const GUIDE = '01H0000000DEM000000000G001';
const CONSULTATION = '01H0000000DEM000000000C001';
const CONCERN = '01H0000000DEM00000000CN001';

const RESIDENT_QUERY: Partial<Record<keyof typeof RESIDENT_PAGES, string>> = {
  detail: `id=${DOCUMENT}`,
  concern: `id=${CONCERN}`,
  search: `q=${encodeURIComponent('身份证')}`,
};
const STAFF_QUERY: Partial<Record<keyof typeof STAFF_PAGES, string>> = {
  review: `id=${DOCUMENT}`,
  revisions: `id=${DOCUMENT}`,
  ratings: `id=${GUIDE}`,
  consultation: `id=${CONSULTATION}`,
  concern: `id=${CONCERN}`,
};
/** The demo identity whose roles open a staff page (demo-reviewer is reviewer and responder). */
const STAFF_IDENTITY: Partial<Record<keyof typeof STAFF_PAGES, string>> = {
  staffAdmin: 'demo-admin',
  audit: 'demo-admin',
  bureau: 'demo-admin',
  applications: 'demo-discloser',
};
const DEFAULT_IDENTITY = 'demo-reviewer';

interface Visit {
  name: string;
  hash: string;
  identity: string;
}

const withQuery = (path: string, query?: string) => `#/${path}${query ? `?${query}` : ''}`;
// Residents' pages first (signed in, so the "my" pages show their lists), then staff pages grouped
// by who signs in: one sign-in per identity.
const visits: Visit[] = [
  ...Object.entries(RESIDENT_PAGES).map(([key, path]) => ({
    name: key,
    hash: withQuery(path, RESIDENT_QUERY[key as keyof typeof RESIDENT_PAGES]),
    identity: DEFAULT_IDENTITY,
  })),
  ...Object.entries(STAFF_PAGES)
    .map(([key, path]) => ({
      name: `staff-${key}`,
      hash: withQuery(`${STAFF_ROOT}/${path}`, STAFF_QUERY[key as keyof typeof STAFF_PAGES]),
      identity: STAFF_IDENTITY[key as keyof typeof STAFF_PAGES] ?? DEFAULT_IDENTITY,
    }))
    .sort(
      (a, b) =>
        Number(a.identity !== DEFAULT_IDENTITY) - Number(b.identity !== DEFAULT_IDENTITY) ||
        a.identity.localeCompare(b.identity),
    ),
];

/** Large text as the switch stores it (Taro's H5 storage wraps each value). */
const setLargeText = (page: Page, on: boolean) =>
  page.evaluate(
    ([key, value]) =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem(key, value),
    ['sunshine.largeText', JSON.stringify({ data: on })] as const,
  );

/** A fresh load of the app at a page, as a shared link opens it, once its data has arrived. */
async function open(page: Page, hash: string) {
  await page.goto('about:blank');
  await page.goto(`${web()}${hash}`);
  await page.waitForFunction(() => {
    const { document } = globalThis as unknown as {
      document: { querySelector(s: string): { textContent: string | null } | null };
    };
    const root = document.querySelector('.taro_page');
    return (
      !!root &&
      (root.textContent ?? '').trim().length > 0 &&
      !document.querySelector('.page-state--loading')
    );
  });
}

/**
 * Every text the page shows, by what it is (tag, class, words, and its place among equals), with
 * its rendered font size in CSS px: each element with words of its own, and each input and
 * textarea (what a resident types is text too). Also whether the page's root has the large class.
 */
function measure(page: Page) {
  return page.evaluate(() => {
    interface El {
      tagName: string;
      className: unknown;
      type?: string;
      childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
      getClientRects(): { length: number };
    }
    const { document, getComputedStyle } = globalThis as unknown as {
      document: { querySelector(s: string): { querySelectorAll(s: string): ArrayLike<El> } | null };
      getComputedStyle(e: El): { fontSize: string };
    };
    const root = document.querySelector('.taro_page');
    const sizes: Record<string, number> = {};
    for (const element of Array.from(root?.querySelectorAll('*') ?? [])) {
      if (element.getClientRects().length === 0) continue;
      // Fields one types into; a switch or checkbox (an input too) shows no text.
      const field =
        element.tagName === 'TEXTAREA' ||
        (element.tagName === 'INPUT' &&
          !['checkbox', 'radio', 'hidden', 'file'].includes(element.type ?? ''));
      const words = Array.from(element.childNodes)
        .filter((node) => node.nodeType === 3)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (!words && !field) continue;
      const className = typeof element.className === 'string' ? element.className : '';
      const what = `${element.tagName.toLowerCase()}.${className.replace(/\s*large-text\b/, '').trim()}|${words.slice(0, 24)}`;
      let key = what;
      for (let n = 2; key in sizes; n++) key = `${what}#${n}`;
      sizes[key] = parseFloat(getComputedStyle(element).fontSize);
    }
    return sizes;
  });
}

/** The kinds of text the issue names, to show each was among those measured. */
const KINDS: Record<string, RegExp> = {
  'body text': /(__paragraph|__text|__summary|__body)\b/,
  input: /^(input|textarea)\./,
  button: /(taro-button-core|button|__submit|__action)\b/,
  'error or status': /(field-error|status-badge|validity-badge|page-state|__status)\b/,
};

let phone: Awaited<ReturnType<typeof openPhone>>;
const measuredKinds = new Set<string>();

beforeAll(async () => {
  phone = await openPhone();
  mkdirSync(join(SCREENSHOT_DIR, 'large-text'), { recursive: true });
});

afterAll(() => phone?.close());

describe('every page, in standard and in large text (适老化)', () => {
  let signedInAs = '';

  test.each(visits.map((visit) => [visit.name, visit] as const))(
    '%s: no serious or critical axe finding either way, and every text grows by a quarter or more',
    async (name, { hash, identity }) => {
      const { page } = phone;
      if (signedInAs !== identity) {
        await signInAs(page, web(), identity);
        signedInAs = identity;
      }

      await setLargeText(page, false);
      await open(page, hash);
      const standardFindings = await seriousViolations(page);
      const standard = await measure(page);
      await setLargeText(page, true);
      await open(page, hash);
      const largeFindings = await seriousViolations(page);
      const large = await measure(page);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'large-text', `${name}.png`) });
      await setLargeText(page, false);

      const failedToLoad = await page
        .locator('.page-state--error')
        .filter({ visible: true })
        .count();
      expect(failedToLoad).toBe(0);
      const findings = (violations: Violation[]) =>
        violations.map(({ id, targets }) => `${id}: ${targets.join(', ')}`);
      expect({ standard: findings(standardFindings), large: findings(largeFindings) }).toEqual({
        standard: [],
        large: [],
      });
      // An empty queue shows one line; every page shows at least that.
      const both = Object.keys(standard).filter((key) => key in large);
      expect(both.length).toBeGreaterThan(0);
      const unscaled = both
        .filter((key) => large[key]! / standard[key]! < 1.25)
        .map((key) => `${key}: ${standard[key]}px → ${large[key]}px`);
      expect(unscaled).toEqual([]);
      for (const [kind, pattern] of Object.entries(KINDS))
        if (both.some((key) => pattern.test(key))) measuredKinds.add(kind);
    },
  );

  test('the pages measured held body text, inputs, buttons and errors or statuses', () => {
    expect([...measuredKinds].sort()).toEqual(Object.keys(KINDS).sort());
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
