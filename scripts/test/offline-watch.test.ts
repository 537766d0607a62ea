import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { parse } from 'yaml';
import { functionBlocks } from '../serverless/function-blocks';

// The matcher chokidar (serverless-esbuild's watcher) applies to the paths it sees.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const anymatch = require('anymatch') as (patterns: string[], path: string) => boolean;

/**
 * Under `serverless offline`, serverless-esbuild rebundles every function when a watched file
 * changes. The default pattern (every .js and .ts of the repository) took the H5 build's output and
 * a second stack's bundles for source changes: one full rebundle per file written, dozens at once.
 * What is watched must be exactly what the functions are bundled from.
 */
const ROOT = join(__dirname, '..', '..');
const serverless = parse(readFileSync(join(ROOT, 'serverless.yml'), 'utf8'), {
  logLevel: 'silent',
});
/** serverless-esbuild's own default when serverless.yml names no pattern. */
const patterns: string[] = [serverless.custom.esbuild.watch?.pattern ?? './**/*.(js|ts)'].flat();
const watched = (path: string) => anymatch(patterns, path);

/** Every file of this repository (not a package) that some function's bundle is made from. */
async function bundledSources(): Promise<string[]> {
  const handlers = Object.values(functionBlocks()).map(({ handler }) =>
    join(ROOT, `${handler.replace(/\.[^.]+$/, '')}.ts`),
  );
  const { metafile } = await esbuild.build({
    entryPoints: [...new Set(handlers)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Packages stay out (they are not watched, and parsing them is most of a bundle's time), all
    // but the workspace's own shared one, whose sources are bundled.
    plugins: [
      {
        name: 'packages-external',
        setup: (build) =>
          build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
            path === '@sunshine/shared' ? undefined : { path, external: true },
          ),
      },
    ],
    write: false,
    metafile: true,
    outdir: join(ROOT, 'bench', 'out', 'watch'),
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs).filter((path) => !path.includes('node_modules/'));
}

describe("serverless offline's watcher", () => {
  test('watches every source file a function is bundled from', async () => {
    const sources = await bundledSources();

    expect(sources.filter((path) => path.startsWith('shared/src/')).length).toBeGreaterThan(5);
    expect(sources.filter((path) => path.startsWith('functions/src/')).length).toBeGreaterThan(100);
    expect(sources.filter((path) => !watched(path))).toEqual([]);
  }, 30_000);

  test.each([
    'miniapp/dist-h5/js/app.3f2a.js',
    'miniapp/dist/app.js',
    '.esbuild/.build/functions/src/handlers/content/list-content.js',
    '.esbuild-own-stack/.build/functions/src/handlers/content/list-content.js',
    'miniapp/src/pages/index/index.ts',
    'e2e/restart.test.ts',
    'bench/out/shaking.js',
  ])('ignores %s, which no function is bundled from', (path) => {
    expect(watched(path)).toBe(false);
  });
});
