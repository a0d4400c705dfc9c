// The page as a user drives it, in Debian's headless Chromium against the release build (issue: the page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  RESULTS, ROOT, browserSuite, chartIds, count, engine, gotoDrawn, offOrigin, openLink, openPage, replacePaste, setPaste,
  waitCount, waitDrawn,
} from './harness.mjs';

const MESSY = JSON.parse(readFileSync(join(ROOT, 'crates/joblens-core/data/messy-pastes.json'), 'utf8')).pastes;
const paste = (id) => MESSY.find((p) => p.id === id).text;
const CORPUS = join(ROOT, 'crates/joblens-core/data/python-jobs-shanghai.md');

const { shared, fresh } = browserSuite();

/** Chooses a skill in the picker by typing its name and pressing Enter; it shows as a chip, required. */
async function pickSkill(page, name) {
  const picker = page.locator('[data-testid="skill-picker"]');
  await picker.fill(name);
  await picker.press('Enter');
  await page.locator(`[data-testid="skill-chip"][data-skill="${name}"][data-state="must"]`).waitFor();
}

function clean(page) {
  assert.deepEqual(page.log.errors, [], 'no console errors');
  assert.deepEqual(offOrigin(page), [], 'no request left the origin');
}

test('default load: 32 postings and six drawn charts', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page);
  assert.equal(await count(page, 'posting-count'), 32);
  assert.equal(await count(page, 'total-count'), 32);
  const ids = await chartIds(page);
  assert.equal(ids.length, 6, `six charts: ${ids}`);
  for (const id of ids) {
    const n = await page.locator(`[data-testid="${id}"]`).getAttribute('data-n');
    // The default corpus names no city: its pay-by-city chart is drawn empty and says so.
    if (id === 'chart-salary-city') assert.equal(n, '0');
    else assert.ok(Number(n) > 0, `${id} shows n=${n}`);
    assert.equal(await page.locator(`[data-testid="${id}"] canvas`).count() > 0, true, `${id} has a canvas`);
  }
  assert.equal(await page.locator('[data-testid="chart-skills"]').getAttribute('data-n'), '32');
  assert.equal(await page.locator('[data-testid="posting-row"]').count(), 32);
  assert.equal(await page.locator('[data-testid="error-banner"]').count(), 0, 'no banner without a message');
  assert.equal(await page.locator('[data-testid="crash-screen"]').isVisible(), false);
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  await page.screenshot({ path: join(RESULTS, 'default.png'), fullPage: true });
  clean(page);
  await context.close();
});

/** Counts each chart's ECharts draws (`setOption` calls) in `window.__draws`, by test id: an init script. */
function countDraws() {
  window.__draws = {};
  let echarts;
  Object.defineProperty(window, 'echarts', {
    configurable: true,
    get: () => echarts,
    set: (e) => {
      echarts = {
        ...e,
        init(el, theme) {
          const chart = e.init(el, theme);
          const setOption = chart.setOption.bind(chart);
          chart.setOption = (...args) => {
            // `public/first.js` draws into the shell's placeholder (`data-first`), which the app then adopts as the
            // chart (`data-testid`): when ECharts comes before the wasm, the first draw is that one.
            const id = el.dataset.testid ?? el.dataset.first;
            window.__draws[id] = (window.__draws[id] ?? 0) + 1;
            return setOption(...args);
          };
          return chart;
        },
      };
    },
  });
}

test('each chart is drawn once on load, and once more for a filter change that changes it', async () => {
  const { context, page } = await fresh(countDraws);
  await gotoDrawn(page);
  // Time for a redraw that should not come (one came for every chart, with the same option, before the fix).
  await page.waitForTimeout(1000);
  const ids = await chartIds(page);
  assert.deepEqual(await page.evaluate(() => window.__draws), Object.fromEntries(ids.map((id) => [id, 1])));
  await page.locator('[data-testid="filter-tier"] input[value="<100"]').check();
  await waitCount(page, 6);
  await waitDrawn(page);
  await page.waitForTimeout(1000);
  // The default corpus names no city: that chart's option (empty) stays the same, and it is not drawn again.
  const again = Object.fromEntries(ids.map((id) => [id, id === 'chart-salary-city' ? 1 : 2]));
  assert.deepEqual(await page.evaluate(() => window.__draws), again);
  clean(page);
  await context.close();
});

test('?tier=%3C100 shows the 6 postings of small companies', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?tier=%3C100');
  assert.equal(await count(page, 'posting-count'), 6);
  assert.equal(await count(page, 'total-count'), 32);
  assert.equal(await page.locator('[data-testid="filter-tier"] input[value="<100"]').isChecked(), true);
  assert.equal(await page.locator('[data-testid="posting-row"]').count(), 6);
  assert.equal(await page.locator('[data-testid="chart-skills"]').getAttribute('data-n'), '6');
  clean(page);
  await context.close();
});

test('rows follow a filter change and back, and the opened posting stays marked where it is shown', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page);
  const rows = page.locator('[data-testid="posting-row"]');
  const texts = async () => (await rows.allTextContents()).map((t) => t.trim());
  const before = await texts();
  await rows.first().click();
  assert.equal(await page.locator('[data-testid="posting-row"].selected').count(), 1);
  await page.locator('[data-testid="filter-tier"] input[value="<100"]').check();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="posting-row"]').length === 6);
  // The six rows are the six small companies' postings, in text order; the opened one (1000+) is not among them.
  assert.deepEqual(await rows.evaluateAll((rs) => rs.map((r) => r.children[2].textContent)), Array(6).fill('<100'));
  assert.deepEqual(await texts(), before.filter((t) => t.includes('<100')));
  assert.equal(await page.locator('[data-testid="posting-row"].selected').count(), 0);
  await page.locator('[data-testid="filter-tier"] input[value="<100"]').uncheck();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="posting-row"]').length === 32);
  assert.deepEqual(await texts(), before);
  assert.equal(await page.locator('[data-testid="posting-row"]').first().getAttribute('class'), 'selected');
  clean(page);
  await context.close();
});

test('skills filters in the URL give the count the native engine computes', async () => {
  const { context, page } = await fresh();
  for (const q of ['skills=Django,mysql', 'any=Go,Java&not=Redis', 'skills=Python&tier=1000%2B,100-499&exp=2', 'salary=20-&edu=bachelor']) {
    const want = JSON.parse(engine(['stats', CORPUS, '--json', '--query', q])).postings;
    await gotoDrawn(page, `/?${q}`);
    assert.equal(await count(page, 'posting-count'), want, q);
  }
  clean(page);
  await context.close();
});

test('controls write the URL, and the URL restores them', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page);
  await page.locator('[data-testid="filter-tier"] input[value="<100"]').check();
  await waitCount(page, 6);
  await pickSkill(page, 'Django');
  await page.locator('[data-testid="filter-q"]').fill('python');
  await page.locator('[data-testid="view-switch"]').selectOption('year');
  await page.waitForFunction(() => location.search.includes('view=year'));
  const url = new URL(page.url());
  assert.equal(url.search, '?tier=%3C100&skills=Django&q=python&view=year');
  const n = await count(page, 'posting-count');
  await page.reload();
  await waitDrawn(page);
  assert.equal(await count(page, 'posting-count'), n);
  assert.equal(await page.locator('[data-testid="skill-chip"][data-skill="Django"]').getAttribute('data-state'), 'must');
  await page.locator('[data-testid="reset-filters"]').click();
  await waitCount(page, 32);
  assert.equal(new URL(page.url()).search, '?view=year');
  clean(page);
  await context.close();
});

test('paste replaces, then appends; a reload keeps the pasted data', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page);
  await replacePaste(page, paste('two-by-break'), 2);
  assert.equal(await count(page, 'total-count'), 2);
  await setPaste(page, paste('small-company-markdown'));
  await page.locator('[data-testid="paste-append"]').click();
  await waitCount(page, 4);
  assert.equal(await count(page, 'total-count'), 4);
  await waitDrawn(page);
  await page.reload();
  await waitCount(page, 4);
  assert.equal(await count(page, 'total-count'), 4);
  clean(page);
  await context.close();
});

// Charts used to count CNY postings only (a USD thread showed n=0 everywhere); now counts cover every posting and
// the pay charts show one currency, the one most salaried postings are paid in, with a switch to the others.
test('a thread paid in USD draws every chart; the currency switch and cur= round-trip through the URL', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  assert.equal(await page.locator('[data-testid="other-currencies"]').count(), 0, 'the default data is all CNY');
  assert.equal(await page.locator('[data-testid="currency-switch"]').count(), 0, 'one currency: no switch');
  await replacePaste(page, '### 甲-Python 20-30K\n+ Python\n\n### Acme-Backend Engineer $120k-$180k\n+ Go\n\n### Beta-SRE $100k-$140k\n+ Go\n', 3);
  await waitDrawn(page);
  const n = (id) => page.locator(`[data-testid="${id}"]`).getAttribute('data-n');
  assert.equal(await n('chart-skills'), '3', 'skill counts cover every posting');
  assert.equal(await n('chart-cooccurrence'), '3');
  for (const id of ['chart-salary-tier', 'chart-salary-hist']) {
    assert.equal(await n(id), '2', `${id}: the two postings paid in USD`);
  }
  const cur = page.locator('[data-testid="currency-switch"]');
  assert.equal(await cur.inputValue(), 'USD', 'USD: most salaried postings');
  assert.equal(await page.locator('[data-testid="view-switch"]').inputValue(), 'year', 'USD postings state pay per year');
  assert.equal(new URL(page.url()).search, '?lang=en', 'the defaults are left out');
  assert.match(await page.locator('[data-testid="other-currencies"]').textContent(), /CNY: 1 posting, 25K a month, 300K a year/);
  await cur.selectOption('CNY');
  await page.waitForFunction(() => location.search === '?cur=CNY&lang=en');
  await waitDrawn(page);
  assert.equal(await n('chart-salary-hist'), '1');
  assert.equal(await page.locator('[data-testid="view-switch"]').inputValue(), 'month', 'CNY in its own default period');
  assert.match(await page.locator('[data-testid="other-currencies"]').textContent(), /USD: 2 postings, median 11\.3K a month, 135K a year/);
  // The URL restores the choice after a reload (the pasted data is restored from storage).
  await page.reload();
  await waitDrawn(page);
  await page.waitForFunction(() => document.querySelector('[data-testid="currency-switch"]')?.value === 'CNY');
  assert.equal(await n('chart-salary-hist'), '1');
  assert.equal(new URL(page.url()).search, '?cur=CNY&lang=en');
  clean(page);
  await context.close();
});

test('a bad cur= shows a message and the default currency', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?cur=XYZ&lang=en');
  const text = await page.locator('[data-testid="error-banner"]').textContent();
  assert.ok(text.includes('cur') && text.includes('XYZ'), text);
  assert.equal(await count(page, 'posting-count'), 32);
  clean(page);
  await context.close();
});

test('the posting detail highlights every match, also after fullwidth text', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page);
  await replacePaste(page, '### 甲公司－Ｐｙｔｈｏｎ爬虫工程师　２０－３０Ｋ·１４薪\n＋ 熟悉Ｒｅｄｉｓ，３年以上ｗｅｂ爬虫经验，了解微服务\n', 1);
  await page.locator('[data-testid="posting-row"]').first().click();
  const marks = await page.locator('[data-testid="posting-detail"] mark').allTextContents();
  assert.deepEqual(marks, ['Ｐｙｔｈｏｎ', '爬虫', 'Ｒｅｄｉｓ', '爬虫', '微服务']);
  assert.equal(await page.locator('[data-testid="crash-screen"]').isVisible(), false);
  clean(page);
  await context.close();
});

test('a bad URL shows a message and the page still works', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?tier=huge&exp=abc&salary=40-20&edu=%3Cscript%3E&lang=en');
  const banner = page.locator('[data-testid="error-banner"]');
  assert.equal(await banner.isVisible(), true);
  const text = await banner.textContent();
  for (const key of ['tier', 'exp', 'salary', 'edu']) assert.ok(text.includes(key), `${key} in ${text}`);
  assert.equal(await count(page, 'posting-count'), 32, 'bad keys fall back to their defaults');
  await page.locator('[data-testid="filter-tier"] input[value="<100"]').check();
  await waitCount(page, 6);
  clean(page);
  await context.close();
});

test('a shared link opens the same view in a fresh browser', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  await replacePaste(page, paste('two-by-break') + '\n---\n' + paste('boss-card'), 3);
  await page.locator('[data-testid="filter-tier"] input[value="100-499"]').check();
  await waitCount(page, 2);
  await page.locator('[data-testid="share-link"]').click();
  await page.waitForFunction(() => location.hash.startsWith('#data=v1.'));
  const link = page.url();
  assert.ok(link.includes('tier=100-499'), link);
  await context.close();

  const { context: other, page: page2 } = await openLink(shared.browser, shared.server.origin, link, 2);
  assert.equal(await count(page2, 'total-count'), 3);
  assert.equal(await page2.locator('[data-testid="filter-tier"] input[value="100-499"]').isChecked(), true);
  clean(page2);
  await other.close();
});

test('pasted markup is shown as text and never runs', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page);
  const evil = [
    '### <script>window.__pwned=1</script>-<img src=x onerror="window.__pwned=2"> 20-30K',
    '+ 熟悉Python，"><svg onload="window.__pwned=3">',
    '+ [link](javascript:window.__pwned=4) <iframe src="javascript:window.__pwned=5"></iframe>',
  ].join('\n');
  await replacePaste(page, evil, 1);
  await page.locator('[data-testid="posting-row"]').first().click();
  const detail = page.locator('[data-testid="posting-detail"]');
  assert.ok((await detail.textContent()).includes('<svg onload="window.__pwned=3">'));
  const row = await page.locator('[data-testid="posting-row"]').first().textContent();
  assert.ok(row.includes('<script>window.__pwned=1</script>'), row);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no pasted code ran');
  assert.equal(await page.locator('img[src="x"], svg[onload], iframe').count(), 0, 'no pasted element exists');
  clean(page);
  await context.close();
});

test('exports: CSV with formulas defused, JSON, a chart as PNG', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page);
  await replacePaste(page, '### =cmd-@evil 20-30K\n+ Python\n\n### 腾讯-Python 25-35K\n+ Go\n', 2);
  await waitDrawn(page);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-csv"]').click()]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  assert.ok(csvText.startsWith('line,tier,company,title,salary_min'), csvText);
  assert.ok(csvText.includes("'=cmd,"), csvText);
  assert.ok(csvText.includes("'@evil"), csvText);
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-json"]').click()]);
  const doc = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(doc.postings.length, 2);
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="chart-skills-png"]').click()]);
  const bytes = readFileSync(await png.path());
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  clean(page);
  await context.close();
});

test('no request leaves the origin during a full session', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  await page.locator('[data-testid="lang-switch"]').selectOption('zh');
  await page.locator('[data-testid="view-switch"]').selectOption('year');
  await pickSkill(page, 'Go');
  await page.locator('[data-testid="skill-chip"][data-skill="Go"]').click();
  await page.waitForFunction(() => location.search.includes('any=Go'));
  await page.locator('[data-testid="filter-salary-min"]').fill('15');
  await page.locator('[data-testid="filter-salary-min"]').press('Enter');
  await page.locator('[data-testid="posting-row"]').first().click();
  await page.locator('[data-testid="profile"] input[value="Python"]').check();
  await setPaste(page, paste('english-usd-prose'));
  await page.locator('[data-testid="paste-append"]').click();
  await page.waitForFunction(() => /\b33\b/.test(document.querySelector('[data-testid="total-count"]').textContent));
  await page.locator('[data-testid="share-link"]').click();
  await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-csv"]').click()]);
  await page.reload();
  await waitDrawn(page);
  assert.ok(page.log.requests.length > 3, 'requests were recorded');
  assert.deepEqual(offOrigin(page), []);
  assert.deepEqual(page.log.errors, []);
  await context.close();
});

test('the skill picker offers every skill of the data with counts; a chip cycles must, any, not and its × removes it', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  const picker = page.locator('[data-testid="skill-picker"]');
  // k8s is an alias; Kubernetes is outside the top 20 that the old lists offered.
  await picker.fill('k8s');
  const option = page.locator('#skill-suggestions [role="option"]').first();
  assert.equal(await option.getAttribute('data-skill'), 'Kubernetes');
  assert.equal(await option.locator('.n').textContent(), '2', 'its count');
  await option.dispatchEvent('mousedown');
  const chip = page.locator('[data-testid="skill-chip"][data-skill="Kubernetes"]');
  assert.equal(await chip.getAttribute('data-state'), 'must');
  const want = (q) => JSON.parse(engine(['stats', CORPUS, '--json', '--query', q])).postings;
  await waitCount(page, want('skills=Kubernetes'));
  await pickSkill(page, 'Go');
  const states = [];
  for (let i = 0; i < 3; i++) {
    await page.locator('[data-testid="skill-chip"][data-skill="Go"] button.cycle').click();
    states.push(await page.locator('[data-testid="skill-chip"][data-skill="Go"]').getAttribute('data-state'));
    await page.waitForFunction((s) => location.search === s, `?skills=Kubernetes${['&any=Go', '&not=Go', ',Go'][i]}&lang=en`);
  }
  assert.deepEqual(states, ['any', 'not', 'must']);
  await page.locator('[data-testid="skill-chip"][data-skill="Go"]').click();
  await page.waitForFunction(() => location.search === '?skills=Kubernetes&any=Go&lang=en');
  await waitCount(page, want('skills=Kubernetes&any=Go'));
  await chip.locator('button.remove').click();
  await page.waitForFunction(() => location.search === '?any=Go&lang=en');
  assert.equal(await chip.count(), 0);
  // Chosen skills are not suggested again; a skill the data does not name is not offered at all.
  await picker.fill('Go');
  assert.equal(await page.locator('#skill-suggestions [data-skill="Go"]').count(), 0);
  await picker.fill('Rust');
  assert.equal(await page.locator('#skill-suggestions [role="option"]').count(), 0);
  await picker.press('Enter');
  assert.equal(await page.locator('[data-testid="skill-chip"]').count(), 1, 'Enter on nothing adds nothing');
  clean(page);
  await context.close();
});

test('after a load the charts are brought into view and the page says what was loaded', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  const chartTop = () => page.evaluate(() => document.querySelector('[data-testid="chart-skills"]').getBoundingClientRect().top);
  const path = join(RESULTS, 'two-postings.md');
  writeFileSync(path, paste('two-by-break'));
  await page.locator('[data-testid="file-input"]').setInputFiles(path);
  await page.waitForSelector('.pending');
  await page.locator('[data-testid="paste-replace"]').scrollIntoViewIfNeeded();
  assert.ok((await chartTop()) < 0, 'at the paste box the charts are out of view');
  await page.locator('[data-testid="paste-replace"]').click();
  await waitCount(page, 2);
  await page.waitForFunction(() => /two-postings\.md/.test(document.querySelector('.load-note')?.textContent ?? ''));
  assert.match(await page.locator('.load-note').textContent(), /Loaded “two-postings\.md”: 2 postings in all now \(text\)/);
  await page.waitForFunction(() => { const t = document.querySelector('[data-testid="chart-skills"]').getBoundingClientRect().top; return t >= 0 && t < innerHeight; });
  await page.waitForFunction(() => document.querySelector('[data-testid="chart-skills"]').dataset.drawn === 'true');
  assert.equal(await page.locator('[data-testid="chart-skills"]').getAttribute('data-n'), '2');

  await setPaste(page, paste('small-company-markdown'));
  await page.locator('[data-testid="paste-append"]').click();
  await waitCount(page, 4);
  await page.waitForFunction(() => /4 postings in all/.test(document.querySelector('.load-note')?.textContent ?? ''));
  assert.match(await page.locator('.load-note').textContent(), /Loaded “Pasted postings”: 4 postings in all now/);
  const top = await chartTop();
  assert.ok(top >= 0 && top < 1000, `the first chart is in view after an append (top ${top})`);
  clean(page);
  await context.close();
});
