import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTE_FEATURES, type RouteDef } from '@sunshine/shared';

/**
 * shared/src/routes.generated.ts: each route's method, path and access, from the contract
 * (shared/src/contract.ts). The mini-program bundles this small table rather than the contract,
 * whose schemas and function settings would add 11 KiB to its main package (measured: 514,460 →
 * 526,070 bytes). `npm run contract` writes it; scripts/test/contract-generated.test.ts fails when
 * the committed file is not what this renders.
 */
// A function, not a constant: serverless.yml's loader bundles this module and has no __dirname.
export const routesFile = () => join(__dirname, '..', 'shared', 'src', 'routes.generated.ts');

const literal = (value: unknown) =>
  JSON.stringify(value).replace(/"/g, "'").replace(/','/g, "', '");

export function renderRoutes(): string {
  const lines = [
    '// Generated from shared/src/contract.ts by `npm run contract`: do not edit.',
    '',
    'export const ROUTES = {',
  ];
  for (const routes of Object.values(ROUTE_FEATURES)) {
    for (const [name, route] of Object.entries(routes as Record<string, RouteDef>)) {
      lines.push(
        `  ${name}: { method: ${literal(route.method)}, path: ${literal(route.path)}, access: ${literal(route.access)} },`,
      );
    }
  }
  lines.push('} as const;', '');
  return lines.join('\n');
}

if (require.main === module) {
  writeFileSync(routesFile(), renderRoutes());
  console.log(`wrote ${routesFile()}`);
}
