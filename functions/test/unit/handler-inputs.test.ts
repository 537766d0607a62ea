import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as shared from '@sunshine/shared';
import { ROUTE_FEATURES } from '@sunshine/shared';
import { handlerModule } from '../../../scripts/serverless/function-blocks';

/**
 * The contract declares each route's input schemas once (docs/api.md and the mini-program's
 * forms read them there); the handler checks its input with parseBody/parseQuery, importing the
 * schema itself so its bundle keeps only that schema, not every route's. These tests hold the two
 * together: a handler parses with exactly the schemas its route declares, and with no other.
 */
const ROOT = join(__dirname, '..', '..', '..');
const schemaNames = new Map<unknown, string>(
  Object.entries(shared)
    .filter(([name]) => name.endsWith('Schema'))
    .map(([name, value]) => [value, name]),
);

const routes = Object.entries(ROUTE_FEATURES).flatMap(([feature, group]) =>
  Object.entries(group).map(([name, route]) => {
    const declared = route as { body?: unknown; query?: unknown };
    const source = readFileSync(join(ROOT, `${handlerModule(feature, name)}.ts`), 'utf8');
    return { name, declared, source };
  }),
);

/** The schemas a handler's source parses its body or query with, by the name it imports. */
const parsedWith = (source: string, parser: 'parseBody' | 'parseQuery') =>
  [...source.matchAll(new RegExp(`${parser}\\(\\s*(\\w+)`, 'g'))].map((match) => match[1]);

describe('handler inputs follow the contract', () => {
  test('every schema the contract names is an export of @sunshine/shared (so docs and forms can name it)', () => {
    const unnamed = routes.flatMap(({ name, declared }) =>
      (['body', 'query'] as const)
        .filter((part) => declared[part] && !schemaNames.has(declared[part]))
        .map((part) => `${name}.${part}`),
    );

    expect(unnamed).toEqual([]);
  });

  test.each(['body', 'query'] as const)(
    'each handler parses its %s with exactly the schema its route declares',
    (part) => {
      const parser = part === 'body' ? 'parseBody' : 'parseQuery';
      const mismatches = routes
        .map(({ name, declared, source }) => ({
          name,
          declared: declared[part] ? [schemaNames.get(declared[part])] : [],
          parsed: [...new Set(parsedWith(source, parser))],
        }))
        .filter(({ declared, parsed }) => declared.join() !== parsed.join())
        .map(
          ({ name, declared, parsed }) =>
            `${name}: contract ${declared.join() || 'none'}, handler ${parsed.join() || 'none'}`,
        );

      expect(mismatches).toEqual([]);
    },
  );
});
