/**
 * The route contract: every API route, its method and path, and who may call it. The functions'
 * handlers and the mini-program's services both read paths from here; later, the authorization
 * matrix test is generated from it so no route can be forgotten.
 */
export type Access = 'public';

export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  access: Access;
}

export const ROUTES = {
  listInterpretations: { method: 'GET', path: '/v1/interpretations', access: 'public' },
  getInterpretation: { method: 'GET', path: '/v1/interpretations/{id}', access: 'public' },
} as const satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof ROUTES;

/** Fill `{name}` placeholders of a route path, encoding each value. */
export function routePath(name: RouteName, params: Record<string, string> = {}): string {
  return ROUTES[name].path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`missing path parameter ${key} for ${name}`);
    return encodeURIComponent(value);
  });
}
