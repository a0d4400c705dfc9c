// Shared set-up for the browser tests and the browser benchmark: serve dist/ on 127.0.0.1, start Debian's headless
// Chromium through playwright-core, and read the page's stable hooks (data-testid).
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS = join(ROOT, 'tests', 'browser', 'results');
mkdirSync(RESULTS, { recursive: true });

/** The page's chart elements (the registry in src/charts.rs decides which there are), not their PNG buttons. */
export const CHARTS = '.chart[data-testid^="chart-"]';

/** The test ids of the charts on the page, in page order. */
export function chartIds(page) {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.dataset.testid), CHARTS);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Serves dist/ with python3's static server; returns { origin, close }. */
export async function serveDist() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: run trunk build --release first');
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', '--directory', dist, String(port)], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(origin + '/');
      if (r.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { origin, close: () => proc.kill() };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.json': 'application/json', '.md': 'text/markdown; charset=utf-8',
};

/**
 * Serves `dir` as a static host does: every file gzipped (level 9, made once per file) for a browser that accepts
 * it, with its type (`.wasm` as application/wasm, so it compiles while it streams). Returns { origin, close }.
 */
export async function serveGzip(dir = join(ROOT, 'dist')) {
  const cache = new Map();
  const server = createHttpServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
    let file = join(dir, path || 'index.html');
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    if (!cache.has(file)) {
      const raw = readFileSync(file);
      cache.set(file, { raw, gz: gzipSync(raw, { level: 9 }) });
    }
    const { raw, gz } = cache.get(file);
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': (gzip ? gz : raw).length,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gz : raw);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Debian's Chromium, headless, with nothing that reaches for the network on its own. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * A new page that records what a user would not see: console errors, uncaught exceptions, CSP violations and
 * every request, so tests can assert that nothing failed quietly and nothing left the origin.
 */
export async function openPage(context, origin) {
  const page = await context.newPage();
  const log = { errors: [], requests: [], failed: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('requestfailed', (r) => log.failed.push({ url: r.url(), error: r.failure()?.errorText ?? '' }));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.log = log;
  page.origin = origin;
  return page;
}

/** Navigates and waits until every chart says it is drawn. */
export async function gotoDrawn(page, path = '/') {
  await page.goto(page.origin + path);
  await waitDrawn(page);
}

/**
 * Waits until every chart has drawn its current option. The page draws a chart only when it comes near the screen
 * (on a phone only the first one or two are in view), so each chart is scrolled to in turn, as a user scrolling
 * down the page would, and the page is scrolled back to where it was.
 */
export async function waitDrawn(page, timeout = 20000) {
  await page.waitForSelector(CHARTS, { state: 'attached', timeout });
  const y = await page.evaluate(() => window.scrollY);
  for (const id of await chartIds(page)) {
    await page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`).scrollIntoView({ block: 'center' }), id);
    await page.waitForFunction((id) => document.querySelector(`[data-testid="${id}"]`)?.dataset.drawn === 'true', id, { timeout });
  }
  await page.evaluate((y) => window.scrollTo(0, y), y);
}

/** The test ids of the charts that are on screen now. */
export function chartsInView(page) {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)]
    .filter((e) => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })
    .map((e) => e.dataset.testid), CHARTS);
}

/** Opens `link` in a fresh browser context, as someone it was sent to would, and waits for `n` postings drawn. */
export async function openLink(browser, origin, link, n) {
  const context = await browser.newContext();
  const page = await openPage(context, origin);
  await page.goto(link);
  await waitCount(page, n);
  await waitDrawn(page);
  return { context, page };
}

/** The first integer in the text of a hook. */
export async function count(page, testid) {
  const text = await page.locator(`[data-testid="${testid}"]`).first().textContent();
  const m = /\d+/.exec(text ?? '');
  if (!m) throw new Error(`no number in ${testid}: ${JSON.stringify(text)}`);
  return Number(m[0]);
}

/** Waits until posting-count reads `n`. */
export async function waitCount(page, n, timeout = 20000) {
  await page.waitForFunction(
    (n) => /\d+/.exec(document.querySelector('[data-testid="posting-count"]')?.textContent ?? '')?.[0] === String(n),
    n,
    { timeout },
  );
}

/** Sets a (possibly huge) textarea value without typing it, as Playwright's fill() times out on large text. */
export async function setPaste(page, text) {
  await page.evaluate((t) => {
    const el = document.querySelector('[data-testid="paste-input"]');
    el.value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** Pastes `text`, presses Replace and waits until `n` postings are shown. */
export async function replacePaste(page, text, n) {
  await setPaste(page, text);
  await page.locator('[data-testid="paste-replace"]').click();
  await waitCount(page, n);
}

/** Requests that left the page's origin (data: and blob: URLs stay in the page). */
export function offOrigin(page) {
  return page.log.requests.filter(
    (u) => !u.startsWith(page.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
}

/** The native engine's answer for the same question, from the CLI built by `cargo test`/`cargo build`. */
export function engine(args, input) {
  const bin = [join(ROOT, 'target', 'release', 'joblens'), join(ROOT, 'target', 'debug', 'joblens')].find(existsSync);
  if (!bin) throw new Error('the joblens CLI is not built (cargo build)');
  return execFileSync(bin, args, { input, encoding: 'utf8', maxBuffer: 512 << 20, stdio: ['pipe', 'pipe', 'ignore'] });
}

/**
 * For a test file: serves dist/ and starts Chromium once (node:test before/after), and returns `fresh(init)`,
 * which opens a page in a new browser context (own storage), optionally with an init script.
 */
export function browserSuite() {
  const shared = {};
  before(async () => {
    shared.server = await serveDist();
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    shared.server?.close();
  });
  return {
    shared,
    async fresh(init) {
      const context = await shared.browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
      if (init) await context.addInitScript(init);
      const page = await openPage(context, shared.server.origin);
      return { context, page };
    },
  };
}
