/**
 * Run the built WeChat mini-program (miniapp/dist) without WeChat DevTools: app.js and a page's
 * JS execute in a Node vm with miniprogram-simulate's `wx` stand-in, fake App()/Page(), and a
 * setData that follows WeChat's path semantics. wx.request is answered by the real local API.
 * It does not check WXML/WXSS syntax; it proves the bundle boots and renders data.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import vm from 'node:vm';

export const WEAPP_DIR = join(__dirname, '..', '..', 'miniapp', 'dist');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Taro's page config as the build wrote it, read field by field
type Conf = Record<string, any>;
export interface TaroNode {
  nn?: string;
  v?: string;
  cl?: string;
  sid?: string;
  cn?: TaroNode[];
}

interface RequestOptions {
  url: string;
  method?: string;
  header?: Record<string, string>;
  success?: (result: unknown) => void;
  fail?: (error: unknown) => void;
  complete?: (result: unknown) => void;
}

function setPath(target: Conf, key: string, value: unknown) {
  const parts = key
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  let node = target;
  for (let i = 0; i < parts.length - 1; i++)
    node = node[parts[i]!] ??= /^\d+$/.test(parts[i + 1]!) ? [] : {};
  node[parts[parts.length - 1]!] = value;
}

/** All text of a rendered Taro node tree, in order. */
export function texts(node: TaroNode | undefined): string[] {
  if (!node) return [];
  const own = node.v !== undefined && !node.cn ? [node.v] : [];
  return [...own, ...(node.cn ?? []).flatMap(texts)];
}

export function findNode(
  node: TaroNode | undefined,
  predicate: (n: TaroNode) => boolean,
): TaroNode | undefined {
  if (!node) return undefined;
  if (predicate(node)) return node;
  for (const child of node.cn ?? []) {
    const found = findNode(child, predicate);
    if (found) return found;
  }
  return undefined;
}

export function createWeappRuntime({
  apiOrigin,
  builtApiBase,
}: {
  apiOrigin: string;
  builtApiBase: string;
}) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wx = require('miniprogram-simulate/src/api');
  const navigations: string[] = [];
  const requests: string[] = [];
  wx.request = (options: RequestOptions) => {
    const url = options.url.replace(builtApiBase, apiOrigin);
    requests.push(url);
    fetch(url, { method: options.method ?? 'GET', headers: options.header })
      .then(async (response) => {
        const result = { data: await response.json(), statusCode: response.status, header: {} };
        options.success?.(result);
        options.complete?.(result);
      })
      .catch((error) => {
        options.fail?.({ errMsg: `request:fail ${error}` });
        options.complete?.({});
      });
    return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} };
  };
  wx.navigateTo = (options: { url: string; success?: (r: unknown) => void }) => {
    navigations.push(options.url);
    options.success?.({ errMsg: 'navigateTo:ok' });
  };

  let appConf: Conf | undefined;
  const pageConfs: Record<string, Conf> = {};
  let loadingRoute = '';
  const context = vm.createContext({
    wx,
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    App: (conf: Conf) => (appConf = conf),
    Page: (conf: Conf) => (pageConfs[loadingRoute] = conf),
    Component: () => undefined,
    getApp: () => appConf,
    getCurrentPages: () => [],
    requirePlugin: () => ({}),
    __wxConfig: { envVersion: 'develop' },
  });
  (context as Conf).global = context; // WeChat's JS environment exposes `global`.

  const cache: Record<string, { exports: unknown }> = {};
  const load = (file: string): unknown => {
    let path = resolve(file);
    if (!path.endsWith('.js')) path += '.js';
    if (cache[path]) return cache[path]!.exports;
    const module = { exports: {} };
    cache[path] = module;
    const fn = vm.runInContext(
      `(function (require, module, exports) {${readFileSync(path, 'utf8')}\n})`,
      context,
      { filename: path },
    );
    fn((request: string) => load(resolve(dirname(path), request)), module, module.exports);
    return module.exports;
  };

  return {
    navigations,
    requests,
    boot() {
      const appJson = JSON.parse(readFileSync(join(WEAPP_DIR, 'app.json'), 'utf8')) as {
        pages: string[];
      };
      load(join(WEAPP_DIR, 'app.js'));
      if (!appConf) throw new Error('app.js did not call App()');
      appConf.onLaunch?.call(appConf, { path: appJson.pages[0], query: {} });
      return appJson;
    },
    /** Load a page, run its lifecycle with the query, and return its live instance. */
    open(route: string, query: Record<string, string> = {}) {
      loadingRoute = route;
      load(join(WEAPP_DIR, route));
      const conf = pageConfs[route];
      if (!conf) throw new Error(`${route} did not call Page()`);
      const page = Object.assign(Object.create(conf), {
        route,
        __route__: route,
        data: JSON.parse(JSON.stringify(conf.data ?? {})),
      });
      page.setData = function (this: Conf, data: Conf, callback?: () => void) {
        for (const key of Object.keys(data)) setPath(this.data, key, data[key]);
        if (callback) setTimeout(callback, 0);
      };
      conf.onLoad.call(page, query);
      conf.onShow?.call(page);
      conf.onReady?.call(page);
      return page as { data: { root?: TaroNode }; eh: (event: unknown) => void };
    },
    /** Fire a tap on a node through the page's real event handler. */
    tap(page: { eh: (event: unknown) => void }, node: TaroNode) {
      const target = { id: node.sid, dataset: { sid: node.sid } };
      page.eh.call(page, {
        type: 'tap',
        timeStamp: Date.now(),
        target,
        currentTarget: target,
        detail: {},
      });
    },
  };
}

/** Bytes of the main package: everything in dist/ outside the subpackage roots. */
export function mainPackageBytes(): number {
  const appJson = JSON.parse(readFileSync(join(WEAPP_DIR, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>;
    subpackages?: Array<{ root: string }>;
  };
  const subRoots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((sub) =>
    sub.root.replace(/\/$/, ''),
  );
  const walk = (dir: string): number =>
    readdirSync(dir).reduce((sum, name) => {
      const path = join(dir, name);
      const rel = relative(WEAPP_DIR, path);
      if (subRoots.some((root) => rel === root || rel.startsWith(`${root}/`))) return sum;
      const stat = statSync(path);
      return sum + (stat.isDirectory() ? walk(path) : stat.size);
    }, 0);
  return walk(WEAPP_DIR);
}
