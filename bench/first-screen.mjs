// `npm run bench:first-screen`: how long a resident waits for the H5 home page's first
// interpretation card, from navigation start, in headless Chromium with a FRESH browser context
// each time (nothing cached), on the local stack. Reports median/p90, the requests and bytes the
// load took (encoded, as they crossed the network: CDP's Network events), the API requests, and a
// breakdown to guide the work (TTFB of the HTML, script time, the API request's time).
//
// Starts this checkout's stack on ports of its own (with its H5 build; `BENCH_BUILD=always`
// rebuilds it first), or measures a running one: `BENCH_URL=http://127.0.0.1:10086/`. To compare
// with another checkout, copy this file into it and run it there (it uses that checkout's stack).
// Not part of CI's pass/fail; figures go to docs/performance.md by hand, with the load average.
// watchForCard and the page.evaluate callbacks run in the page, not in Node.
/* global window, document, MutationObserver */
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { portsFromEnv, startStack } from '../scripts/lib/stack.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUPS = Number(process.env.BENCH_WARMUPS ?? 2);
// The first card of the home page's latest interpretations (miniapp/src/pages/index).
const CARD = '.home .content-card';
const PORTS = {
  DYNAMODB_PORT: '28100',
  API_PORT: '23100',
  LAMBDA_PORT: '23102',
  WECHAT_SANDBOX_PORT: '23910',
  WEB_PORT: '30186',
  S3_PORT: '24669',
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (value) => Math.round(value);

/** In the page, before any of its scripts: note when the first card has a box on screen. */
function watchForCard(selector) {
  const check = () => {
    if (window.__firstCardAt) return;
    const card = document.querySelector(selector);
    const box = card?.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) {
      window.__firstCardAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * BENCH_NETWORK=4g: the page loads over a phone's 4G as Chrome's DevTools emulate it (40 ms of
 * latency, 9 Mbit/s down, 1.5 up), where bytes cost time as on loopback they do not.
 */
const NETWORKS = {
  '4g': {
    offline: false,
    latency: 40,
    downloadThroughput: (9_000_000 / 8) | 0,
    uploadThroughput: (1_500_000 / 8) | 0,
  },
};
const NETWORK = process.env.BENCH_NETWORK ? NETWORKS[process.env.BENCH_NETWORK] : undefined;
if (process.env.BENCH_NETWORK && !NETWORK)
  throw new Error(`BENCH_NETWORK must be one of ${Object.keys(NETWORKS).join(', ')}`);

async function measureOnce(browser, url) {
  // The e2e tests' phone (e2e/support/browser.ts), in a context of its own: an empty cache.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchForCard, CARD);
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', ({ requestId, request }) =>
      requests.set(requestId, { url: request.url, bytes: 0, encoding: '' }),
    );
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      const entry = requests.get(requestId);
      if (entry)
        entry.encoding =
          response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? '';
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const entry = requests.get(requestId);
      if (entry) entry.bytes = encodedDataLength;
    });
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    if (NETWORK) await cdp.send('Network.emulateNetworkConditions', NETWORK);
    // A generous limit: on a loaded 2-core machine a load once took over 30 s.
    const asked = performance.now();
    await page.goto(url, { timeout: 120_000 });
    await page.waitForFunction(() => window.__firstCardAt !== undefined, null, {
      timeout: 120_000,
    });
    // As the driving test sees it: from its goto to its seeing the card (the page's own clock,
    // above, leaves out the navigation's start and the driver's round trips).
    const driverMs = performance.now() - asked;
    const { ScriptDuration, TaskDuration } = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]),
    );
    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation');
      const api = performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.startsWith('/v1/'));
      return {
        card: window.__firstCardAt,
        htmlTtfb: nav.responseStart,
        domContentLoaded: nav.domContentLoadedEventEnd,
        apiStart: api[0]?.startTime,
        apiEnd: api[0]?.responseEnd,
      };
    });
    // What else the first screen fetches once the card is up (images, lazy chunks): count it too.
    await page.waitForLoadState('networkidle');
    const all = [...requests.values()];
    return {
      ...timing,
      driverMs,
      scriptMs: ScriptDuration * 1000,
      taskMs: TaskDuration * 1000,
      requests: all.length,
      bytes: all.reduce((sum, { bytes }) => sum + bytes, 0),
      files: all,
    };
  } finally {
    await context.close();
  }
}

const stack = process.env.BENCH_URL
  ? undefined
  : await startStack({
      ports: portsFromEnv(PORTS),
      build: process.env.BENCH_BUILD === 'always' ? 'always' : 'if-missing',
      log: (line) => console.log(`[stack] ${line}`),
      childStdio: 'ignore',
      apiTimeoutMs: 600_000,
    });
const url = process.env.BENCH_URL ?? stack.urls.web;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  // As e2e/support/browser.ts: this machine's network is closed.
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  for (let i = 0; i < WARMUPS; i += 1) await measureOnce(browser, url);
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await measureOnce(browser, url));
  const median = (pick) => round(percentile(runs.map(pick), 50));
  const last = runs.at(-1);
  console.log(
    `\nFirst screen of ${url}: ${RUNS} fresh loads after ${WARMUPS} warm-ups${NETWORK ? `, network ${process.env.BENCH_NETWORK}` : ''}`,
  );
  console.log(
    `load average (1/5/15 min): ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' / ')}`,
  );
  console.table({
    'navigation → first card (ms)': {
      median: median((r) => r.card),
      p90: round(
        percentile(
          runs.map((r) => r.card),
          90,
        ),
      ),
    },
    'driver: goto → card seen (ms)': {
      median: median((r) => r.driverMs),
      p90: round(
        percentile(
          runs.map((r) => r.driverMs),
          90,
        ),
      ),
    },
  });
  console.log('Breakdown (medians, ms from navigation start):');
  console.table({
    'HTML TTFB': median((r) => r.htmlTtfb),
    DOMContentLoaded: median((r) => r.domContentLoaded),
    'API request start': median((r) => r.apiStart ?? NaN),
    'API response end': median((r) => r.apiEnd ?? NaN),
    'API time': median((r) => (r.apiEnd ?? NaN) - (r.apiStart ?? NaN)),
    'script compile+run (CDP ScriptDuration)': median((r) => r.scriptMs),
    'main-thread tasks (CDP TaskDuration)': median((r) => r.taskMs),
  });
  console.log(
    `Requests: ${last.requests}, transferred ${(last.bytes / 1024).toFixed(1)} KiB (encoded, headers included)`,
  );
  const apiRequests = last.files.filter(({ url: u }) => new URL(u).pathname.startsWith('/v1/'));
  console.log(
    `API requests (${apiRequests.length}): ${apiRequests.map((f) => f.url.replace(url, '/')).join(', ')}`,
  );
  console.table(
    last.files.map(({ url: u, bytes, encoding }) => ({
      file: u.replace(url, '/').slice(0, 80),
      KiB: Number((bytes / 1024).toFixed(1)),
      encoding,
    })),
  );
} finally {
  await browser.close();
  await stack?.stop();
}
