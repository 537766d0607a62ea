// Serves the mini-program's H5 build and forwards API paths to serverless-offline (and the
// sandbox's test-control paths to the WeChat sandbox), so the browser talks to one origin (no
// CORS) and one H5 build works whatever ports the parts are on.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, normalize } from 'node:path';

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

/** proxies: path prefix → local port, e.g. { '/v1/': 3000, '/sandbox/': 3900 }. */
export function startWebServer({ root, port, proxies }) {
  const server = createServer((req, res) => {
    const target = Object.entries(proxies).find(([prefix]) => req.url.startsWith(prefix));
    if (target) return forward(req, res, target[1]);
    const path = normalize(decodeURIComponent(req.url.split('?')[0]));
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function forward(req, res, targetPort) {
  const upstream = request(
    { host: '127.0.0.1', port: targetPort, path: req.url, method: req.method, headers: { ...req.headers, host: `127.0.0.1:${targetPort}` } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }));
  });
  req.pipe(upstream);
}
