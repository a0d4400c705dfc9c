// Bulk pastes in the page: the paste panel says how a text will be read before it loads, "read as one posting"
// travels with the data into a share link, and the city and remote filters and the pay-by-city chart work on what
// such pastes carry. The fixtures are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, count, gotoDrawn, offOrigin, openLink, openPage, setPaste, waitCount, waitDrawn,
} from './harness.mjs';

const { shared, fresh } = browserSuite();

// Three job posts and a question, in Hacker News' shape (a header line and a reply line around each comment).
const THREAD = [
  'alice 2 hours ago | prev | next [–]',
  '',
  'Acme | Backend Engineer | Remote | $140k-$180k',
  'We use Go and PostgreSQL.',
  '',
  'reply',
  '',
  'bob 3 hours ago | prev | next [–]',
  '',
  'Beta | Data Engineer | Berlin, Germany | €70k-€90k',
  'Python, Spark.',
  '',
  'reply',
  '',
  'dave 4 hours ago | prev | next [–]',
  '',
  'Is anyone else seeing fewer posts this month?',
  '',
  'reply',
  '',
  'carol 5 hours ago | prev | next [–]',
  '',
  'Gamma | SRE | NYC | Onsite | $150k-$190k',
  'Kubernetes, Terraform.',
  '',
  'reply',
  '',
].join('\n');

// Five postings: three in Shanghai (one written in lower case), one in Beijing, one without a city.
const CITIES = [
  '### 甲 | Python工程师 | Shanghai | Remote | 20-30K',
  '+ 熟悉 Python',
  '',
  '### 乙 | Go工程师 | Beijing | Onsite | 25-35K',
  '+ 熟悉 Go',
  '',
  '### 丙 | Java工程师 | shanghai | Hybrid | 20-30K',
  '+ 熟悉 Java',
  '',
  '### 丁 | PHP工程师 | Shanghai | 15-20K',
  '+ 熟悉 PHP',
  '',
  '### 戊 | Rust工程师 | 30-40K',
  '+ 熟悉 Rust',
].join('\n');

const summary = (page) => page.locator('[data-testid="read-summary"]');

/** Waits until the read summary says `text`. */
const summaryIs = (page, text) =>
  page.waitForFunction((t) => document.querySelector('[data-testid="read-summary"]').textContent === t, text);

/** Loads THREAD (read as one posting when `whole`) into a fresh page and returns its share link. */
async function shareThread(whole) {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  await setPaste(page, THREAD);
  if (whole) {
    await page.locator('[data-testid="read-as-text"]').check();
    await summaryIs(page, '1 posting: the whole text');
  }
  await page.locator('[data-testid="paste-replace"]').click();
  await waitCount(page, whole ? 1 : 3);
  await waitDrawn(page);
  await page.locator('[data-testid="share-link"]').click();
  await page.waitForFunction(() => location.hash.startsWith('#data=v1.'));
  const link = page.url();
  await context.close();
  return link;
}

function clean(page) {
  assert.deepEqual(page.log.errors, [], 'no console errors');
  assert.deepEqual(offOrigin(page), [], 'no request left the origin');
}

test('a pasted thread is announced as its posts, loads as them, and lists the post it skipped', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  await page.waitForFunction(() => /32 postings: text/.test(document.querySelector('[data-testid="read-summary"]').textContent));
  await setPaste(page, THREAD);
  await summaryIs(page, '3 postings: Hacker News thread');
  await page.locator('[data-testid="paste-replace"]').click();
  await waitCount(page, 3);
  assert.equal(await summary(page).textContent(), '3 postings: Hacker News thread', 'the same message after the load');
  const diagnostics = await page.locator('[data-testid="diagnostics"]').textContent();
  assert.match(diagnostics, /not-a-job-post/, 'the skipped question is listed');

  // In Chinese too.
  await page.locator('[data-testid="lang-switch"]').selectOption('zh');
  await summaryIs(page, '3 条职位：Hacker News 讨论串');
  clean(page);
  await context.close();
});

test('read as one posting: one posting, the link carries &read=text and reopens the same', async () => {
  const link = await shareThread(true);
  assert.match(new URL(link).hash, /^#data=v1\.[A-Za-z0-9_-]+&read=text$/);
  const { context: other, page: page2 } = await openLink(shared.browser, shared.server.origin, link, 1);
  assert.equal(await count(page2, 'total-count'), 1);
  assert.equal(await page2.locator('[data-testid="read-as-text"]').isChecked(), true);
  assert.equal(await summary(page2).textContent(), '1 posting: the whole text');
  assert.ok(page2.url().endsWith('&read=text'), page2.url());
  // Unticked with nothing in the box, the shown data is read again as found, and the link follows.
  await page2.locator('[data-testid="read-as-text"]').uncheck();
  await waitCount(page2, 3);
  await page2.waitForFunction(() => location.hash.startsWith('#data=v1.') && !location.hash.includes('read='));
  clean(page2);
  await other.close();
});

test('an unknown reading in a link warns and reads the data as found', async () => {
  const link = (await shareThread(false)) + '&read=sideways';
  const context = await shared.browser.newContext();
  const page2 = await openPage(context, shared.server.origin);
  await page2.goto(link);
  await waitCount(page2, 3);
  assert.match(await page2.locator('[data-testid="error-banner"]').textContent(), /read/);
  await context.close();
});

test('city and remote filters narrow the postings and go into the URL; pay by city is drawn', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  assert.equal(await page.locator('[data-testid="filter-city"]').count(), 0, 'no city filter without cities');
  assert.equal(await page.locator('[data-testid="filter-remote"]').count(), 0, 'nor a remote one');
  await setPaste(page, CITIES);
  await page.locator('[data-testid="paste-replace"]').click();
  await waitCount(page, 5);
  await waitDrawn(page);
  const chart = page.locator('[data-testid="chart-salary-city"]');
  assert.equal(await chart.getAttribute('data-drawn'), 'true');
  assert.equal(await chart.getAttribute('data-n'), '4', 'the four postings that name a city');

  const city = page.locator('[data-testid="filter-city"] input');
  assert.deepEqual(await city.evaluateAll((els) => els.map((e) => e.value)), ['Shanghai', 'Beijing']);
  await page.locator('[data-testid="filter-city"] input[value="Shanghai"]').check();
  await waitCount(page, 3);
  await page.waitForFunction(() => location.search.includes('city=Shanghai'));
  await waitDrawn(page);
  assert.equal(await chart.getAttribute('data-n'), '3');

  await page.locator('[data-testid="filter-remote"] input[value="remote"]').check();
  await waitCount(page, 1);
  await page.waitForFunction(() => location.search === '?city=Shanghai&remote=remote&lang=en');
  await page.locator('[data-testid="filter-remote"] input[value="hybrid"]').check();
  await waitCount(page, 2);

  // The same view from a typed URL, in any case.
  await page.goto(page.origin + '/?city=SHANGHAI&remote=Hybrid&lang=en');
  await waitCount(page, 1);
  assert.equal(await page.locator('[data-testid="filter-city"] input[value="Shanghai"]').isChecked(), true);
  assert.equal(await page.locator('[data-testid="filter-remote"] input[value="hybrid"]').isChecked(), true);
  await page.waitForFunction(() => location.search === '?city=Shanghai&remote=hybrid&lang=en');
  clean(page);
  await context.close();
});
