import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Page parameters are read through `usePageParams` alone (docs/features/navigation.md), which
 * decodes each value once: a page calling Taro's `useRouter` itself would read a value still
 * percent-encoded in H5, or decode it a second time. So in miniapp/src only that hook names it.
 */
const SRC = join(__dirname, '..', '..', 'miniapp', 'src');
const HOOK = ['hooks', 'use-page-params.ts'].join(sep);

const sources = () =>
  readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));

test('in miniapp/src only hooks/use-page-params.ts uses useRouter', () => {
  const users = sources().filter((file) =>
    /\buseRouter\b/.test(readFileSync(join(SRC, file), 'utf8')),
  );

  expect(users).toEqual([HOOK]);
});
