// Serves the mini-program's H5 build and forwards API paths to serverless-offline (and the
// sandbox's test-control paths to the WeChat sandbox), so the browser talks to one origin (no
// CORS) and one H5 build works whatever ports the parts are on.
//
// Any web page the developer visits can send it requests, so nothing a request carries may bring
// it down (it runs inside `npm start`: a throw here once ended the whole stack), and it answers
// only requests addressed to this machine by name, as the sandbox does: else a DNS-rebinding page
// could have /sandbox/ mint it sign-in codes, demo-admin's too (the forward names 127.0.0.1).
import { createReadStream, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { addressedToThisMachine } from '../../sandbox/http-util.js';
import { chooseEncoding, createCompressedCache, isCompressible } from './compressed-files.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function refuse(res, status, message) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(message);
}

/** proxies: path prefix → local port, e.g. { '/v1/': 3000, '/sandbox/': 3900 }. */
export function startWebServer({ root, port, proxies }) {
  const base = resolve(root);
  const compressed = createCompressedCache();
  const server = createServer((req, res) => {
    try {
      const { port: ownPort } = server.address();
      if (!addressedToThisMachine(req.headers.host, ownPort)) {
        return refuse(
          res,
          421,
          `这个本机服务只接受本机地址的请求：请在浏览器中打开 http://127.0.0.1:${ownPort}/`,
        );
      }
      const target = Object.entries(proxies).find(([prefix]) => req.url.startsWith(prefix));
      if (target) return forward(req, res, target[1]);
      serveFile(base, compressed, req, res);
    } catch (error) {
      // A fault of this server, not of the request: say so on the console, keep serving.
      console.error(`web server: ${req.method} ${req.url}: ${error?.stack ?? error}`);
      if (!res.headersSent) refuse(res, 500, '服务暂时不可用，请稍后再试');
      else res.destroy();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

/**
 * A file of the H5 build, or its index.html for any other path (the app's own routes); text
 * compressed when the client accepts it (the API's answers are compressed by serverless-offline,
 * as by API Gateway, and forwarded as they come).
 */
function serveFile(base, compressed, req, res) {
  let path;
  try {
    path = normalize(decodeURIComponent(req.url.split('?')[0]));
  } catch {
    return refuse(
      res,
      400,
      '网址无法识别（其中有不完整的 % 编码）：请检查链接是否完整，或回到首页 /',
    );
  }
  let file = join(base, path);
  let stats = file.startsWith(base + sep) ? statsOf(file) : undefined;
  if (!stats?.isFile()) {
    file = join(base, 'index.html');
    stats = statsOf(file);
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const encoding =
    stats && isCompressible(type, stats.size) && chooseEncoding(req.headers['accept-encoding']);
  const headers = {
    'content-type': type,
    ...cacheControl(base, file),
    ...(stats && isCompressible(type, stats.size) ? { vary: 'accept-encoding' } : {}),
  };
  if (!encoding) return servePlain(file, headers, res);
  compressed(file, stats, encoding)
    .then(
      (body) => {
        res.writeHead(200, {
          ...headers,
          'content-encoding': encoding,
          'content-length': body.length,
        });
        res.end(body);
      },
      () => servePlain(file, headers, res),
    )
    // Outside the request's try: a fault here must still not end the stack.
    .catch((error) => {
      console.error(`web server: ${req.method} ${req.url}: ${error?.stack ?? error}`);
      res.destroy();
    });
}

/**
 * The H5 build names its scripts and styles after their content (miniapp/config/index.ts), so a
 * browser keeps them for good; the page naming them is checked again on every visit, so a rebuild
 * shows at once. Anything else (a build without hashes) is checked again each time too.
 */
const HASHED = /\.[0-9a-f]{8}\.(js|css)$/;
function cacheControl(base, file) {
  if (file !== join(base, 'index.html') && HASHED.test(file))
    return { 'cache-control': 'public, max-age=31536000, immutable' };
  return { 'cache-control': 'no-cache' };
}

/** A path's stats, or undefined when there is nothing there or it cannot name a file (a NUL). */
function statsOf(file) {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function servePlain(file, headers, res) {
  const stream = createReadStream(file);
  stream.once('open', () => {
    res.writeHead(200, headers);
    stream.pipe(res);
  });
  stream.once('error', () => {
    if (res.headersSent) return res.destroy();
    refuse(res, 404, '页面还没有构建：请先运行 npm run build:h5（npm start 会自动构建）');
  });
}

function forward(req, res, targetPort) {
  const unavailable = () => {
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
    res.end(
      JSON.stringify({
        ok: false,
        error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' },
      }),
    );
  };
  const upstream = request(
    {
      host: '127.0.0.1',
      port: targetPort,
      path: req.url,
      method: req.method,
      headers: { ...req.headers, host: `127.0.0.1:${targetPort}` },
    },
    (answer) => {
      answer.once('error', () => res.destroy());
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', unavailable);
  // The browser went away mid-request: end the forwarded one too.
  req.once('error', () => upstream.destroy());
  req.pipe(upstream);
}
