import { ROUTE_FEATURES, type FunctionSettings, type Grant, type RouteDef } from '@sunshine/shared';
import { JOBS, type JobDef } from '../../functions/src/handlers/jobs';

/**
 * serverless.yml's function blocks, generated from the route contract (shared/src/contract.ts) and
 * the table of jobs (functions/src/handlers/jobs.ts): one function per route, named after it,
 * whose handler sits at a path derived from its feature and name; routes naming a shared
 * `function` are one function of that name (handlers/<feature>/<kebab function>.ts, byRoute). serverless.yml loads them
 * through scripts/serverless/functions.js (as does the benchmark); the tests import them here.
 */
export interface FunctionBlock {
  handler: string;
  grants: Grant[];
  timeout?: number;
  memorySize?: number;
  environment?: Record<string, string>;
  events: Array<Record<string, unknown>>;
}

export const HANDLERS_DIR = 'functions/src/handlers';

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Where a route's or job's handler lives, from the repository's root, without extension. */
export const handlerModule = (feature: string, name: string) =>
  `${HANDLERS_DIR}/${kebab(feature)}/${kebab(name)}`;

/** The functions holding the `invalidate` grant take the CDN's distribution id (empty locally). */
const CDN_ENVIRONMENT = {
  CDN_DISTRIBUTION_ID: '${env:CDN_DISTRIBUTION_ID, self:custom.stage.cdn.distribution}',
};

function block(
  handler: string,
  settings: FunctionSettings,
  events: Array<Record<string, unknown>>,
): FunctionBlock {
  const { grants } = settings;
  // A declared variable's value is its default: the deploying environment may set its own.
  const declared = Object.fromEntries(
    Object.entries(settings.environment ?? {}).map(([name, value]) => [
      name,
      `\${env:${name}, '${value}'}`,
    ]),
  );
  const environment = { ...(grants.includes('invalidate') ? CDN_ENVIRONMENT : {}), ...declared };
  return {
    handler: `${handler}.handler`,
    grants: [...grants],
    ...(settings.timeout === undefined ? {} : { timeout: settings.timeout }),
    ...(settings.memory === undefined ? {} : { memorySize: settings.memory }),
    ...(Object.keys(environment).length ? { environment } : {}),
    events,
  };
}

// The access table the functions enforce (shared/src/routes.generated.ts) as the contract renders
// it: functions.js refuses to load when the committed one differs.
export { renderRoutes } from '../generate-routes';

/** The function a route is deployed in: its own, or the one it shares (`function` in the contract). */
export const functionOf = (name: string, route: Pick<RouteDef, 'function'>) =>
  route.function ?? name;

/** The settings of a function serving several routes: every grant and variable of each, the longest timeout, the most memory. */
function merged(routes: RouteDef[]): FunctionSettings {
  const most = (values: Array<number | undefined>) => {
    const given = values.filter((value): value is number => value !== undefined);
    return given.length ? Math.max(...given) : undefined;
  };
  const timeout = most(routes.map((route) => route.timeout));
  const memory = most(routes.map((route) => route.memory));
  const environment = Object.assign({}, ...routes.map((route) => route.environment ?? {}));
  return {
    grants: [...new Set(routes.flatMap((route) => route.grants))].sort(),
    ...(timeout === undefined ? {} : { timeout }),
    ...(memory === undefined ? {} : { memory }),
    ...(Object.keys(environment).length ? { environment } : {}),
  };
}

/** Every function of the deployable, keyed by its name (the route's, the shared one's, or the job's). */
export function functionBlocks(): Record<string, FunctionBlock> {
  const blocks: Record<string, FunctionBlock> = {};
  for (const [feature, routes] of Object.entries(ROUTE_FEATURES)) {
    const shared = new Map<string, RouteDef[]>();
    for (const [name, route] of Object.entries(routes as Record<string, RouteDef>)) {
      if (route.function) {
        shared.set(route.function, [...(shared.get(route.function) ?? []), route]);
        continue;
      }
      blocks[name] = block(handlerModule(feature, name), route, [
        { httpApi: `${route.method} ${route.path}` },
      ]);
    }
    for (const [name, group] of shared) {
      if (blocks[name]) throw new Error(`${name} is both a route and a shared function`);
      blocks[name] = block(
        handlerModule(feature, name),
        merged(group),
        group.map((route) => ({ httpApi: `${route.method} ${route.path}` })),
      );
    }
  }
  for (const [feature, jobs] of Object.entries(JOBS)) {
    for (const [name, job] of Object.entries(jobs as Record<string, JobDef>)) {
      if (blocks[name]) throw new Error(`${name} is both a route and a job`);
      blocks[name] = block(
        handlerModule(feature, name),
        job,
        job.events.map((event) => ({ ...event })),
      );
    }
  }
  return blocks;
}
