import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// serverless.yml's `functions: ${file(./scripts/serverless/functions.js)}`, loaded as the framework loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require('../serverless/functions.js') as {
  (): Record<string, unknown>;
  routesTableIsStale(committed?: string): boolean;
};

describe("serverless.yml's function loader", () => {
  test('gives every function block when the committed access table is what the contract renders', () => {
    expect(Object.keys(loader())).toContain('getContent');
  });

  test('calls an access table stale when it differs from what the contract renders (so packaging refuses it)', () => {
    const committed = readFileSync(
      join(__dirname, '..', '..', 'shared', 'src', 'routes.generated.ts'),
      'utf8',
    );
    const loosened = committed.replace("access: ['admin'] }", "access: 'public' }");

    expect(loosened).not.toBe(committed);
    expect(loader.routesTableIsStale(committed)).toBe(false);
    expect(loader.routesTableIsStale(loosened)).toBe(true);
  });
});
