import { readFileSync } from 'node:fs';
import { renderRoutes, routesFile } from '../generate-routes';

describe('shared/src/routes.generated.ts', () => {
  test('is what the route contract renders (else run `npm run contract` and commit it)', () => {
    const committed = readFileSync(routesFile(), 'utf8');

    const rendered = renderRoutes();

    if (committed !== rendered)
      throw new Error(
        'shared/src/routes.generated.ts is stale: run `npm run contract` and commit it',
      );
    expect(committed).toBe(rendered);
  });
});
