// `npm run bench:load`: the local stack (DynamoDB Local, serverless-offline, the WeChat sandbox)
// on ports of its own, then autocannon on the main read routes and one write route for 10 s
// each: requests per second and latency p50/p95/p99 (from every response's time: autocannon's own
// summary has p97.5, not p95). Not part of CI's pass/fail; figures go to
// docs/performance.md by hand, with the machine. serverless-offline runs each request through a
// Lambda-like worker, so these figures are a floor for one machine, not AWS's.
import autocannon from 'autocannon';
import { portsFromEnv, startStack } from '../scripts/lib/stack.mjs';

const PORTS = {
  DYNAMODB_PORT: '28000',
  API_PORT: '23000',
  LAMBDA_PORT: '23002',
  WECHAT_SANDBOX_PORT: '23900',
  WEB_PORT: '30086',
  S3_PORT: '24569',
};
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DEMO_INTERPRETATION = '01H0000000DEM0000000000001';

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function run(title, options) {
  const times = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { connections: CONNECTIONS, duration: SECONDS, ...options },
      (error, result) => {
        if (error) return reject(error);
        const sorted = times.sort((a, b) => a - b);
        const { requests, non2xx, errors } = result;
        const ms = (p) => Math.round(percentile(sorted, p));
        resolve({
          route: title,
          'req/s': Math.round(requests.average),
          'p50 ms': ms(50),
          'p95 ms': ms(95),
          'p99 ms': ms(99),
          non2xx,
          errors,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

const stack = await startStack({
  ports: portsFromEnv(PORTS),
  build: 'if-missing',
  log: (line) => console.log(`[stack] ${line}`),
  childStdio: 'ignore',
});
try {
  const api = `http://127.0.0.1:${PORTS.API_PORT}`;
  const sandbox = `http://127.0.0.1:${PORTS.WECHAT_SANDBOX_PORT}`;
  // A resident's session, as the mini-program gets one.
  const { code } = await (
    await fetch(`${sandbox}/sandbox/login-code`, {
      method: 'POST',
      body: JSON.stringify({ identity: 'load-test-resident' }),
    })
  ).json();
  const { data } = await (
    await fetch(`${api}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    })
  ).json();
  const headers = { authorization: `Bearer ${data.token}`, 'content-type': 'application/json' };
  const results = [];
  results.push(
    await run('GET /v1/content?kind=interpretation (list)', {
      url: `${api}/v1/content?kind=interpretation&limit=10`,
    }),
  );
  results.push(
    await run('GET /v1/content/{id} (an interpretation)', {
      url: `${api}/v1/content/${DEMO_INTERPRETATION}`,
    }),
  );
  results.push(
    await run('GET /v1/search?q=出入境', {
      url: `${api}/v1/search?q=${encodeURIComponent('出入境')}`,
    }),
  );
  results.push(
    await run('PUT /v1/content/{id}/helpful (write)', {
      url: `${api}/v1/content/${DEMO_INTERPRETATION}/helpful`,
      method: 'PUT',
      headers,
      body: JSON.stringify({ helpful: true }),
    }),
  );
  console.table(results);
} finally {
  await stack.stop();
}
