import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The README and docs/ are read in a clone of this repository alone: a link to a file that moved,
 * or to one beside the repository (`../shared/STYLE.md` once was), leaves a newcomer at a dead
 * end. A relative link, or a path written as one in a code span, must name a file of the
 * repository that exists, and a link to a section a heading that file has.
 */
const ROOT = resolve(__dirname, '..', '..');

function markdownFiles(): string[] {
  const found: string[] = [join(ROOT, 'README.md')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) found.push(path);
    }
  };
  walk(join(ROOT, 'docs'));
  return found;
}

/** The text outside fenced code blocks: a shell example's `../x` is not a link. */
function prose(text: string): string {
  return text.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '');
}

interface Reference {
  target: string;
  /** A markdown link; otherwise a code span holding a relative path. */
  link: boolean;
}

/** The first capture of every match. */
const captured = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((match) => match[1] ?? '');

function references(text: string): Reference[] {
  const body = prose(text);
  const links = captured(body, /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g).map((target) => ({
    target,
    link: true,
  }));
  const definitions = captured(body, /^\s*\[[^\]]+\]:\s*(\S+)/gm).map((target) => ({
    target,
    link: true,
  }));
  const spans = captured(body, /`(\.\.?\/[^`\s]+)`/g).map((target) => ({ target, link: false }));
  return [...links, ...definitions, ...spans].filter(
    ({ target }) => !/^[a-z][a-z0-9+.-]*:/i.test(target),
  );
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const heading of captured(prose(text), /^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const plain = heading.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

const inside = (path: string) => path === ROOT || path.startsWith(ROOT + sep);

const files = markdownFiles();

describe('links in README.md and docs/', () => {
  test('every relative link and relative path names an existing file inside the repository', () => {
    const broken: string[] = [];
    for (const file of files) {
      for (const { target } of references(readFileSync(file, 'utf8'))) {
        const [path = ''] = target.split('#');
        if (path === '') continue;
        const absolute = resolve(dirname(file), decodeURIComponent(path));
        if (!inside(absolute))
          broken.push(`${relative(ROOT, file)}: ${target} is outside the repository`);
        else if (!existsSync(absolute))
          broken.push(`${relative(ROOT, file)}: ${target} does not exist`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every link to a section names a heading of the file it points at', () => {
    const broken: string[] = [];
    for (const file of files) {
      for (const { target, link } of references(readFileSync(file, 'utf8'))) {
        const [path = '', anchor] = target.split('#');
        if (!link || anchor === undefined) continue;
        const absolute = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
        if (!absolute.endsWith('.md') || !inside(absolute) || !existsSync(absolute)) continue;
        if (!anchors(readFileSync(absolute, 'utf8')).has(decodeURIComponent(anchor))) {
          broken.push(`${relative(ROOT, file)}: ${target} names no heading`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
