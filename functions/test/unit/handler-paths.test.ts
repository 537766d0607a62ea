import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ROUTE_FEATURES, type RouteDef } from '@sunshine/shared';
import { JOBS } from '../../src/handlers/jobs';
import { HANDLERS_DIR, handlerModule } from '../../../scripts/serverless/function-blocks';

const ROOT = join(__dirname, '..', '..', '..');

/** Every function's name with its feature: the routes', then the jobs'. */
const declared = [...Object.entries(ROUTE_FEATURES), ...Object.entries(JOBS)].flatMap(
  ([feature, group]) => Object.keys(group).map((name) => ({ feature, name })),
);

/** The functions several routes share (the contract's `function`), with their feature. */
const sharedFunctions = Object.entries(ROUTE_FEATURES).flatMap(([feature, group]) =>
  [
    ...new Set(
      Object.values(group as Record<string, RouteDef>).flatMap((route) =>
        route.function ? [route.function] : [],
      ),
    ),
  ].map((name) => ({ feature, name })),
);

/** The handler files: one folder per feature (the files directly in handlers/ are the wrappers routes share). */
function handlerFiles(): string[] {
  const dir = join(ROOT, HANDLERS_DIR);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((feature) =>
      readdirSync(join(dir, feature.name)).map((file) =>
        relative(ROOT, join(dir, feature.name, file)),
      ),
    );
}

describe('handler files', () => {
  test('every route and job has its handler at handlers/<feature>/<kebab-case name>.ts', () => {
    const missing = declared
      .map(({ feature, name }) => `${handlerModule(feature, name)}.ts`)
      .filter((file) => !existsSync(join(ROOT, file)));

    expect(missing).toEqual([]);
  });

  test('no handler file is left without a route or job', () => {
    const expected = new Set(
      [...declared, ...sharedFunctions].map(
        ({ feature, name }) => `${handlerModule(feature, name)}.ts`,
      ),
    );

    expect(handlerFiles().filter((file) => !expected.has(file))).toEqual([]);
  });

  test('serverless.yml takes its function blocks from the generator the tests read', () => {
    const config = parse(readFileSync(join(ROOT, 'serverless.yml'), 'utf8'), {
      logLevel: 'silent',
    });

    expect(config.functions).toBe('${file(./scripts/serverless/functions.js)}');
  });

  test('a shared function has its handler at handlers/<feature>/<kebab-case function>.ts', () => {
    const missing = sharedFunctions
      .map(({ feature, name }) => `${handlerModule(feature, name)}.ts`)
      .filter((file) => !existsSync(join(ROOT, file)));

    expect(missing).toEqual([]);
  });

  test('route, shared function and job names are unique across features', () => {
    const names = [...declared, ...sharedFunctions].map(({ name }) => name);

    expect(names.length).toBe(new Set(names).size);
  });
});
