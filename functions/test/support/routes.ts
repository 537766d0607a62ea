import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROUTES, type RouteName } from '@sunshine/shared';

interface FunctionDef {
  handler: string;
  grants: string[];
  events?: Array<{ httpApi?: string }>;
}

type ServerlessConfig = { functions: Record<string, FunctionDef>; custom: { grants: Record<string, Array<{ Action: string[] }>> } };
let config: ServerlessConfig | undefined;

/** serverless.yml as data (CloudFormation's tags left unresolved), read once per test file. */
export function serverlessConfig(): ServerlessConfig {
  return (config ??= parse(readFileSync(join(__dirname, '..', '..', '..', 'serverless.yml'), 'utf8'), { logLevel: 'silent' }));
}

/**
 * serverless.yml's HTTP functions, keyed by 'METHOD /path', with the module each loads. Tests
 * check it against the route contract, so the deployable and the contract cannot drift apart.
 */
export function deployedRoutes(): Map<string, { functionName: string; module: string }> {
  const { functions } = serverlessConfig();
  const routes = new Map<string, { functionName: string; module: string }>();
  for (const [functionName, fn] of Object.entries(functions)) {
    for (const event of fn.events ?? []) {
      if (event.httpApi && event.httpApi !== '*') {
        routes.set(event.httpApi, { functionName, module: join(__dirname, '..', '..', '..', fn.handler.replace(/\.handler$/, '')) });
      }
    }
  }
  return routes;
}

export const routeKey = (name: RouteName) => `${ROUTES[name].method} ${ROUTES[name].path}`;

/** The handler module of a route of the contract, as serverless.yml deploys it. */
export function handlerModule(name: RouteName): string {
  const deployed = deployedRoutes().get(routeKey(name));
  if (!deployed) throw new Error(`serverless.yml has no function for ${routeKey(name)}`);
  return deployed.module;
}
