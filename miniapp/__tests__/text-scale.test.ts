import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { RESIDENT_PAGES, STAFF_PAGES, STAFF_ROOT } from '../src/page-urls';

// 适老化 holds only if every text size follows the large-text scale and every page can set it:
// these read the sources, so a new stylesheet or page that forgets fails here, not in a phone.
const SOURCE = join(__dirname, '..', 'src');

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

/** Each `property: value` of a stylesheet, with where it is, comments left out. */
function declarations(file: string, property: string) {
  const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return source.split('\n').flatMap((line, index) => {
    const code = line.replace(/\/\/.*$/, '');
    const match = new RegExp(`(?:^|[\\s;{])${property}\\s*:\\s*([^;]+)`).exec(code);
    return match ? [{ at: `${relative(SOURCE, file)}:${index + 1}`, value: match[1]!.trim() }] : [];
  });
}

const stylesheets = filesUnder(SOURCE, '.scss');

describe('every text size follows the large-text scale', () => {
  test('the stylesheets are found', () => {
    expect(stylesheets.length).toBeGreaterThan(50);
  });

  test('every font-size is written text(…) (or follows its parent: %, em, inherit)', () => {
    const fixed = stylesheets
      .flatMap((file) => declarations(file, 'font-size'))
      .filter(({ value }) => !/^text\(/.test(value) && !/^([\d.]+(%|em)|inherit)$/.test(value))
      .map(({ at, value }) => `${at} font-size: ${value}`);

    expect(fixed).toEqual([]);
  });

  test('a line-height in px is written text(…), so lines grow with their text', () => {
    const fixed = stylesheets
      .flatMap((file) => declarations(file, 'line-height'))
      .filter(({ value }) => /\dpx/.test(value) && !/^text\(/.test(value))
      .map(({ at, value }) => `${at} line-height: ${value}`);

    expect(fixed).toEqual([]);
  });
});

describe('every page takes the large-text class on its root', () => {
  const pages = [
    ...Object.values(RESIDENT_PAGES),
    ...Object.values(STAFF_PAGES).map((page) => `${STAFF_ROOT}/${page}`),
  ];

  /** The page's file, and the files of its own folder or a sibling page's it renders (`../catalogue/browser`). */
  const sourcesOf = (page: string) => {
    const file = join(SOURCE, `${page}.tsx`);
    const source = readFileSync(file, 'utf8');
    const local = [...source.matchAll(/from '(\.{1,2}\/[\w./-]+)'/g)]
      .map(([, path]) => join(dirname(file), `${path}.tsx`))
      .filter((path) => existsSync(path));
    return [source, ...local.map((path) => readFileSync(path, 'utf8'))];
  };

  test.each(pages)('%s', (page) => {
    const root = sourcesOf(page).find((source) => /useLargeText\(\)/.test(source));

    expect(root).toBeDefined();
    expect(root).toMatch(/className=\{`[^`]*\$\{[\w.]*pageClass\}`\}/);
  });
});
