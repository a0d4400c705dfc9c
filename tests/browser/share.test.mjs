// Sharing whole pastes (issue 15): a link is made whatever its length up to 2,097,152 characters, the page says
// how long it is (`share-length`), warns above 8,000 characters and offers the data file; above the limit it offers
// only the file. A link of more than 500 KB opens the same view in a fresh browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS, browserSuite, count, engine, gotoDrawn, offOrigin, openLink, waitCount } from './harness.mjs';

const { shared, fresh } = browserSuite();

const shareLength = (page) => page.locator('[data-testid="share-length"]');

test('a short link: its length, no warning, no file', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en&tier=%3C100');
  await page.locator('[data-testid="share-link"]').click();
  const text = await shareLength(page).textContent();
  const n = page.url().length;
  assert.ok(text.includes(`${n} characters`), `${text} (the link has ${n})`);
  assert.doesNotMatch(text, /chat apps/);
  assert.equal(await page.locator('[data-testid="share-file"]').count(), 0);
  await context.close();
});

test('a link of more than 500 KB is made, says its length and warns, and opens the same view elsewhere', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  // 4.5 MB of postings, loaded as a user loads that much: from a file (a textarea never holds it).
  const text = engine(['synth', '6000']);
  const path = join(RESULTS, 'share-6000.md');
  writeFileSync(path, text);
  await page.locator('[data-testid="file-input"]').setInputFiles(path);
  await page.waitForSelector('.pending');
  await page.locator('[data-testid="paste-replace"]').click();
  await waitCount(page, 6000);
  await page.locator('[data-testid="filter-tier"] input[value="1000+"]').check();
  await page.locator('[data-testid="filter-q"]').fill('python');
  const kept = await count(page, 'posting-count');
  assert.ok(kept > 0 && kept < 6000, `${kept} postings pass`);
  await page.waitForFunction(() => location.search.includes('q=python'));
  await page.locator('[data-testid="share-link"]').click();
  await page.waitForFunction(() => location.hash.startsWith('#data=v1.'));
  const link = page.url();
  assert.ok(link.length >= 500_000, `the link has ${link.length} characters`);
  const said = await shareLength(page).textContent();
  assert.ok(said.includes(link.length.toLocaleString('en-US')), `${said.slice(0, 120)} (the link has ${link.length})`);
  assert.match(said, /Some chat apps cut links longer than 8,000 characters/);
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="share-file"]').click()]);
  assert.equal(readFileSync(await file.path(), 'utf8'), text, 'the data file is the pasted text');
  const skillsN = await page.locator('[data-testid="chart-skills"]').getAttribute('data-n');
  await context.close();

  const { context: other, page: page2 } = await openLink(shared.browser, shared.server.origin, link, kept);
  assert.equal(await count(page2, 'total-count'), 6000);
  assert.equal(await page2.locator('[data-testid="filter-tier"] input[value="1000+"]').isChecked(), true);
  assert.equal(await page2.locator('[data-testid="filter-q"]').inputValue(), 'python');
  assert.equal(await page2.locator('[data-testid="chart-skills"]').getAttribute('data-n'), skillsN);
  assert.deepEqual(page2.log.errors, []);
  assert.deepEqual(offOrigin(page2), []);
  await other.close();
});

test('data that no link can carry: no link, the reason and the data file', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  // Letters drawn at random hardly compress: 2.8 MB of them make a link longer than 2,097,152 characters.
  const letters = [...randomBytes(2_800_000)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
  const path = join(RESULTS, 'share-random.md');
  writeFileSync(path, `### Acme-Engineer 20-30K\n+ Python ${letters}\n`);
  await page.locator('[data-testid="file-input"]').setInputFiles(path);
  await page.waitForSelector('.pending');
  await page.locator('[data-testid="paste-replace"]').click();
  await waitCount(page, 1);
  await page.locator('[data-testid="share-link"]').click();
  await shareLength(page).waitFor();
  const said = await shareLength(page).textContent();
  assert.match(said, /too large for a link \(about [\d,]+ characters; browsers open at most 2,097,152\)/);
  assert.equal(new URL(page.url()).hash, '', 'no link was put in the address bar');
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="share-file"]').click()]);
  assert.ok(readFileSync(await file.path(), 'utf8').includes(letters.slice(0, 1000)));
  await waitCount(page, 1);
  assert.deepEqual(page.log.errors, []);
  await context.close();
});
