import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROUTES, type RouteName } from '@sunshine/shared';
import { functionBlocks } from '../../../scripts/serverless/function-blocks';

interface FunctionDef {
  handler: string;
  grants: string[];
  events?: Array<{ httpApi?: string }>;
}

type ServerlessConfig = {
  functions: Record<string, FunctionDef>;
  custom: { grants: Record<string, Array<{ Action: string[] }>> };
};
let config: ServerlessConfig | undefined;

/**
 * serverless.yml as data (CloudFormation's tags left unresolved), read once per test file, with
 * the function blocks it loads from scripts/serverless/functions.js (generated from the contract).
 */
export function serverlessConfig(): ServerlessConfig {
  config ??= {
    ...parse(readFileSync(join(__dirname, '..', '..', '..', 'serverless.yml'), 'utf8'), {
      logLevel: 'silent',
    }),
    functions: functionBlocks(),
  };
  return config!;
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
        routes.set(event.httpApi, {
          functionName,
          module: join(__dirname, '..', '..', '..', fn.handler.replace(/\.handler$/, '')),
        });
      }
    }
  }
  return routes;
}

export const routeKey = (name: RouteName) => `${ROUTES[name].method} ${ROUTES[name].path}`;

/** The function of serverless.yml serving a route of the contract, and the module it loads. */
export function deployedRoute(name: RouteName): { functionName: string; module: string } {
  const deployed = deployedRoutes().get(routeKey(name));
  if (!deployed) throw new Error(`serverless.yml has no function for ${routeKey(name)}`);
  return deployed;
}

/** The handler module of any function of serverless.yml (scheduled and queue-triggered ones too). */
export function functionModule(functionName: string): string {
  const fn = serverlessConfig().functions[functionName];
  if (!fn) throw new Error(`serverless.yml has no function ${functionName}`);
  return join(__dirname, '..', '..', '..', fn.handler.replace(/\.handler$/, ''));
}
