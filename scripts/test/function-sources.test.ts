import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { functionSourcesDigest, suiteBundlesMatching } from '../lib/function-sources.mjs';

/**
 * A second e2e stack serves the suite stack's bundles instead of bundling again only while the
 * sources are those the bundles were made from: a stale bundle must never run against newer code.
 */
function fakeRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'sunshine-sources-'));
  const files: Record<string, string> = {
    'serverless.yml': 'service: sunshine\n',
    'package-lock.json': '{}',
    'tsconfig.json': '{}',
    'functions/package.json': '{}',
    'shared/package.json': '{}',
    'functions/src/handlers/content/list-content.ts': 'export const handler = 1;\n',
    'shared/src/index.ts': 'export const shared = 1;\n',
    'scripts/serverless/functions.js': 'module.exports = () => ({});\n',
    'miniapp/src/app.ts': 'export {};\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("the functions' sources digest", () => {
  test('is the same for the same sources in another folder', () => {
    const root = fakeRepository();
    const copy = mkdtempSync(join(tmpdir(), 'sunshine-sources-copy-'));
    cpSync(root, copy, { recursive: true });

    expect(functionSourcesDigest(copy)).toBe(functionSourcesDigest(root));
  });

  test.each([
    'functions/src/handlers/content/list-content.ts',
    'shared/src/index.ts',
    'scripts/serverless/functions.js',
    'serverless.yml',
    'package-lock.json',
  ])('changes when %s changes', (path) => {
    const root = fakeRepository();
    const before = functionSourcesDigest(root);
    writeFileSync(join(root, path), '// changed\n', { flag: 'a' });

    expect(functionSourcesDigest(root)).not.toBe(before);
  });

  test('changes when a source file is added', () => {
    const root = fakeRepository();
    const before = functionSourcesDigest(root);
    writeFileSync(join(root, 'functions/src/handlers/content/new.ts'), 'export {};\n');

    expect(functionSourcesDigest(root)).not.toBe(before);
  });

  test('stays when only the mini-program changes (no function is bundled from it)', () => {
    const root = fakeRepository();
    const before = functionSourcesDigest(root);
    writeFileSync(join(root, 'miniapp/src/app.ts'), '// changed\n', { flag: 'a' });

    expect(functionSourcesDigest(root)).toBe(before);
  });
});

describe("the suite's bundles", () => {
  const FOLDER = '/repo/.esbuild/.build';

  test('are reused when made from the sources as they are now', () => {
    const root = fakeRepository();
    const env = {
      E2E_SUITE_BUNDLES: FOLDER,
      E2E_SUITE_BUNDLES_DIGEST: functionSourcesDigest(root),
    };

    expect(suiteBundlesMatching(env, root)).toBe(FOLDER);
  });

  test('are not reused once a function source changed after they were made', () => {
    const root = fakeRepository();
    const env = {
      E2E_SUITE_BUNDLES: FOLDER,
      E2E_SUITE_BUNDLES_DIGEST: functionSourcesDigest(root),
    };
    writeFileSync(join(root, 'functions/src/handlers/content/list-content.ts'), '// newer\n');

    expect(suiteBundlesMatching(env, root)).toBeUndefined();
  });

  test('are not reused outside the suite run that made them (no folder or digest named)', () => {
    const root = fakeRepository();

    expect(suiteBundlesMatching({}, root)).toBeUndefined();
    expect(suiteBundlesMatching({ E2E_SUITE_BUNDLES: FOLDER }, root)).toBeUndefined();
  });
});
