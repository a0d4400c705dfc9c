// Nothing a user pastes, drops or links can crash the page, run code, or lose their data (issue: hardening).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { RESULTS, browserSuite, count, gotoDrawn, offOrigin, setPaste, waitCount, waitDrawn } from './harness.mjs';

const { shared, fresh } = browserSuite();

const banner = (page) => page.locator('[data-testid="error-banner"]').textContent();
const total = (page) => count(page, 'total-count');

async function replaceWith(page, text) {
  await setPaste(page, text);
  await page.locator('[data-testid="paste-replace"]').click();
}

async function loadPasted(page, text, n) {
  await replaceWith(page, text);
  await page.waitForFunction((n) => new RegExp(`\\b${n}\\b`).test(document.querySelector('[data-testid="total-count"]').textContent), n);
}

test('bad pastes give a message or a diagnostic and keep or read the data', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page);
  // Nothing to parse: a message, and the 32 postings stay.
  for (const text of ['', '   \n\t\u3000\n']) {
    await replaceWith(page, text);
    await page.locator('[data-testid="error-banner"]').waitFor();
    assert.match(await banner(page), /empty|unchanged|未改变/i);
    assert.equal(await total(page), 32);
  }
  const cases = [
    ['CRLF and CR line ends', '### 甲-Python 20-30K\r\n+ 熟悉Redis\r\n\r\n### 乙-Go 10-20K\r+ 熟悉Go\r', 2],
    ['fullwidth everything', '### 甲公司－Ｐｙｔｈｏｎ工程师　２０－３０Ｋ\n＋ 熟悉Ｒｅｄｉｓ，３年以上经验\n', 1],
    ['private-use digits', '### 极光－Ｐｙｔｈｏｎ后端工程师　\uE031\uE038-\uE032\uE035K·\uE031\uE033薪\n＋ 熟悉Ｆｌａｓｋ\n', 1],
    ['zero-width and RTL marks', '### 甲\u200B-Py\u200Dthon\u202E工程师 20-30K\n+ 熟悉\u200BRedis\u2066和Go\u2069\n', 1],
    ['deeply repeated #, -, K, 薪', '#'.repeat(5000) + '\n' + '-'.repeat(5000) + '\n### A-B ' + 'K'.repeat(3000) + ' 20-30K' + '薪'.repeat(3000) + '\n+ Python\n', 1],
    ['numbers too big for any type', '### 甲-Python 99999999999999999999999-999999999999999999999999K\n+ Python\n', 1],
    ['reversed range', '### 甲-Python 40-20K\n+ Python\n', 1],
    ['a 100k-character line', '### 甲-Python 20-30K\n+ ' + 'Redis、'.repeat(20000) + '\n', 1],
  ];
  for (const [label, text, n] of cases) {
    await loadPasted(page, text, n);
    await waitDrawn(page);
    assert.equal(await total(page), n, label);
  }
  // Diagnostics say what was not understood: the hidden digits, the reversed range (never a figure: issue 14 made it
  // `salary-unparsed`, where it was `salary-reversed` and read the other way round).
  await loadPasted(page, cases[2][1] + '\n---\n' + cases[6][1], 2);
  const diag = await page.locator('[data-testid="diagnostics"]').textContent();
  assert.match(diag, /hidden-digits/);
  assert.match(diag, /salary-unparsed — salary range written high to low/);
  assert.deepEqual(page.log.errors, []);
  assert.equal(await page.locator('[data-testid="crash-screen"]').isVisible(), false);
  await context.close();
});

test('10 MB of text and random or non-UTF-8 files', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page);
  const big = ('### 甲-Python 20-30K\n' + '+ 熟悉Python、Redis、MySQL，3年以上经验，本科\n'.repeat(40) + '\n').repeat(5200);
  assert.ok(big.length > 3_000_000 && Buffer.byteLength(big) > 10_000_000);
  const bigFile = join(RESULTS, 'ten-mb.md');
  writeFileSync(bigFile, big);
  await page.locator('[data-testid="file-input"]').setInputFiles(bigFile);
  await page.waitForSelector('.pending');
  await page.locator('[data-testid="paste-replace"]').click();
  await page.waitForFunction(() => /\b5200\b/.test(document.querySelector('[data-testid="total-count"]').textContent), null, { timeout: 120000 });
  await waitDrawn(page, 60000);
  // Random bytes: refused with a message; the 5200 postings stay.
  const noise = Buffer.alloc(200_000);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  const noiseFile = join(RESULTS, 'noise.bin');
  writeFileSync(noiseFile, noise);
  await page.locator('[data-testid="file-input"]').setInputFiles(noiseFile);
  await page.locator('[data-testid="error-banner"]').waitFor();
  assert.match(await banner(page), /not look like text|不是文本/);
  assert.equal(await total(page), 5200);
  // Invalid UTF-8 inside text: read, with the bad bytes replaced and said.
  const latin = Buffer.concat([Buffer.from('### 甲-Python 20-30K\n+ Python '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('\n')]);
  const latinFile = join(RESULTS, 'bad-utf8.md');
  writeFileSync(latinFile, latin);
  await page.locator('[data-testid="file-input"]').setInputFiles(latinFile);
  await page.waitForSelector('.pending');
  await page.locator('[data-testid="paste-replace"]').click();
  await waitCount(page, 1);
  assert.match(await banner(page), /UTF-8/);
  assert.deepEqual(page.log.errors, []);
  await context.close();
});

test('broken share links give a message and the default view, without hanging', async () => {
  const b64 = (buf) => buf.toString('base64url');
  const good = b64(deflateRawSync(Buffer.from('### 甲-Python 20-30K\n+ Python\n'.repeat(30))));
  const bomb = b64(deflateRawSync(Buffer.alloc(80 << 20, 48), { level: 9 }));
  assert.ok(bomb.length < 200_000, `bomb payload ${bomb.length} characters`);
  const cases = [
    ['truncated', `v1.${good.slice(0, good.length / 2)}`],
    ['wrong version', `v9.${good}`],
    ['not base64', 'v1.%%%***'],
    ['decompression bomb', `v1.${bomb}`],
    ['2 MB fragment', `v1.${'A'.repeat(1_900_000)}`],
  ];
  for (const [label, value] of cases) {
    const { context, page } = await fresh();
    await page.goto(`${shared.server.origin}/?lang=en#data=${value}`);
    await waitDrawn(page);
    // A hang (an inflate that does not stop at its cap) fails here, at the wait's own 30 s limit; how fast the
    // page answers is not this test's business (timed asserts failed on a loaded machine).
    await page.locator('[data-testid="error-banner"]').waitFor({ timeout: 30000 });
    assert.match(await banner(page), /link's data/, label);
    assert.equal(await total(page), 32, `${label}: default data`);
    assert.equal(new URL(page.url()).hash, '', `${label}: the broken fragment is dropped from the address bar`);
    assert.deepEqual(page.log.errors, [], label);
    await context.close();
  }
});

test('markup in URL values is shown as text', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?q=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E&tier=%22%3E%3Csvg%20onload%3Dwindow.__pwned%3D2%3E');
  assert.equal(await page.locator('[data-testid="filter-q"]').inputValue(), '<img src=x onerror="window.__pwned=1">');
  assert.match(await banner(page), /svg/);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img[src="x"], svg[onload]').count(), 0);
  assert.deepEqual(offOrigin(page), []);
  await context.close();
});

test('storage disabled or full: the page says so and keeps working', async () => {
  for (const [label, init] of [
    ['disabled', () => { Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } }); }],
    ['quota exceeded', () => { IDBObjectStore.prototype.put = function () { throw new DOMException('quota exceeded', 'QuotaExceededError'); }; }],
  ]) {
    const { context, page } = await fresh(init);
    await gotoDrawn(page, '/?lang=en');
    await loadPasted(page, '### 甲-Python 20-30K\n+ Python\n\n### 乙-Go 10-20K\n+ Go\n', 2);
    await page.locator('[data-testid="error-banner"]').waitFor();
    assert.match(await banner(page), /save|storage/i, label);
    assert.equal(await total(page), 2, `${label}: the pasted data is shown`);
    await waitDrawn(page);
    assert.deepEqual(page.log.errors, [], label);
    await context.close();
  }
});

test('ECharts stalled on the network: the filters, the table and the paste panel still come, and a paste loads', async () => {
  const { context, page } = await fresh();
  // The chart library's request is never answered: the page mounts what waits for the first charts anyway.
  await page.route('**/echarts*.js', () => {});
  // The load event waits for the async script too: it never comes.
  await page.goto(`${page.origin}/?lang=en`, { waitUntil: 'domcontentloaded' });
  for (const id of ['filter-tier', 'paste-input']) {
    await page.locator(`[data-testid="${id}"]`).waitFor({ timeout: 15000 });
  }
  await page.locator('[data-testid="posting-row"]').first().waitFor();
  assert.equal(await total(page), 32, 'the default data');
  await loadPasted(page, '### 甲-Python 20-30K\n+ Python\n\n### 乙-Go 10-20K\n+ Go\n', 2);
  await context.close();
});

test('corrupted saved data: a message, the default data, and the saved copy left untouched', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  await loadPasted(page, '### 甲-Python 20-30K\n+ Python\n', 1);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('joblens', 1);
    req.onsuccess = () => {
      const tx = req.result.transaction('datasets', 'readwrite');
      tx.objectStore('datasets').put('{"name": "broken", "text": ', 'dataset');
      tx.oncomplete = resolve;
      tx.onerror = reject;
    };
  }));
  await page.reload();
  await waitDrawn(page);
  await page.locator('[data-testid="error-banner"]').waitFor();
  assert.match(await banner(page), /could not be read/);
  assert.equal(await total(page), 32);
  const stored = await page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('joblens', 1);
    req.onsuccess = () => {
      const get = req.result.transaction('datasets').objectStore('datasets').get('dataset');
      get.onsuccess = () => resolve(get.result);
    };
  }));
  assert.equal(stored, '{"name": "broken", "text": ');
  await context.close();
});

test('the CSP blocks inline scripts and off-origin loads', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:/);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    const img = document.createElement('img');
    img.src = 'https://example.com/pixel.png';
    document.body.append(img);
  });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__inline), undefined);
  const violations = await page.evaluate(() => window.__csp);
  assert.ok(violations.some((v) => v.startsWith('script-src')), JSON.stringify(violations));
  assert.ok(violations.some((v) => v.startsWith('img-src')), JSON.stringify(violations));
  // Chromium reports the attempt, then fails it before any network access.
  assert.deepEqual(offOrigin(page), ['https://example.com/pixel.png']);
  const failed = page.log.failed.find((f) => f.url === 'https://example.com/pixel.png');
  assert.match(failed?.error ?? "", /csp/i, JSON.stringify(page.log.failed));
  await context.close();
});

test('a panic in the wasm shows the crash screen, and the data survives a reload', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?tier=%3C100');
  await loadPasted(page, '### 甲-Python 20-30K\n+ Python\n\n### 乙-Go 10-20K\n+ Go\n', 2);
  await page.waitForTimeout(300); // the save is asynchronous
  await page.evaluate(() => { try { window.wasmBindings.joblens_test_panic(); } catch {} });
  const crash = page.locator('[data-testid="crash-screen"]');
  await crash.waitFor({ state: 'visible' });
  assert.match(await crash.textContent(), /data is kept/);
  const href = await page.locator('#crash-reload').getAttribute('href');
  assert.ok(href.includes('tier=%3C100'), href);
  await page.locator('#crash-reload').click();
  await page.waitForFunction(() => /\b2\b/.test(document.querySelector('[data-testid="total-count"]')?.textContent ?? ''));
  assert.equal(await crash.isVisible(), false);
  await context.close();
});
