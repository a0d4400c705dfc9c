// Filtering by touching the charts, the chips of the active filters, and the keyboard (issue 15, items 4 and 5).
// Clicks are real mouse events at the pixel ECharts draws an item at (`convertToPixel` on the page's instance):
// without the page's event bindings nothing would change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, browserSuite, count, engine, gotoDrawn, openPage, replacePaste, waitCount, waitDrawn } from './harness.mjs';

const CORPUS = join(ROOT, 'crates/joblens-core/data/python-jobs-shanghai.md');
const want = (q) => JSON.parse(engine(['stats', CORPUS, '--json', '--query', q])).postings;
const { fresh, shared } = browserSuite();

/**
 * The viewport point where chart `id` draws `coord` of series `series`, once the chart is scrolled into view and
 * its animation has ended. After a filter change ECharts moves each bar from its old row to its new one (bars are
 * keyed by their category) for a few hundred ms, and it hits what it shows: the skills chart's Django bar, moving
 * up a row or two, was missed by a click at its final place (3 runs in 3 on a fresh machine, and in CI).
 */
async function at(page, id, coord, series = 0) {
  await page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`).scrollIntoView({ block: 'center' }), id);
  await page.waitForFunction(
    (id) => echarts.getInstanceByDom(document.querySelector(`[data-testid="${id}"]`)).getZr().animation.isFinished(),
    id,
  );
  return page.evaluate(
    ([id, coord, series]) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      const chart = echarts.getInstanceByDom(el);
      const [x, y] = chart.convertToPixel({ seriesIndex: series }, coord);
      const r = el.getBoundingClientRect();
      return { x: r.left + x, y: r.top + y };
    },
    [id, coord, series],
  );
}

/** The index of `name` among the categories of chart `id`'s axis `axis` (`xAxis` or `yAxis`). */
function category(page, id, axis, name) {
  return page.evaluate(
    ([id, axis, name]) => {
      const o = echarts.getInstanceByDom(document.querySelector(`[data-testid="${id}"]`)).getOption();
      return o[axis][0].data.findIndex((d) => String(d).startsWith(name));
    },
    [id, axis, name],
  );
}

const search = (page) => page.evaluate(() => location.search);
/** Waits for the address bar's query to be `s`; on a timeout the message says what it was. */
async function waitSearch(page, s) {
  try {
    await page.waitForFunction((s) => location.search === s, s, { timeout: 10000 });
  } catch (e) {
    assert.fail(`the query stayed ${JSON.stringify(await search(page))}, not ${JSON.stringify(s)}: ${e.message}`);
  }
}

/** Waits a little and checks that nothing changed: the URL and the count. */
async function unchanged(page, before, n) {
  await page.waitForTimeout(400);
  assert.equal(await search(page), before);
  assert.equal(await count(page, 'posting-count'), n);
}

test("a skill's bar toggles the skill as must; a click beside the bars does nothing", async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  const i = await category(page, 'chart-skills', 'yAxis', 'Django');
  const p = await at(page, 'chart-skills', [1, i]);
  await page.mouse.click(p.x, p.y);
  await waitSearch(page, '?skills=Django&lang=en');
  await waitCount(page, want('skills=Django'));
  assert.equal(await page.locator('[data-testid="skill-chip"][data-skill="Django"]').getAttribute('data-state'), 'must');
  assert.equal(await page.locator('[data-testid="filter-chip"][data-key="skills"][data-value="Django"]').count(), 1);
  await waitDrawn(page);
  // The same bar again: Django is no longer required.
  const again = await at(page, 'chart-skills', [1, await category(page, 'chart-skills', 'yAxis', 'Django')]);
  await page.mouse.click(again.x, again.y);
  await waitSearch(page, '?lang=en');
  await waitCount(page, 32);
  await waitDrawn(page);
  // The least named skill's row, far right: no bar, no label.
  const empty = await at(page, 'chart-skills', [30, 0]);
  await page.mouse.click(empty.x, empty.y);
  await unchanged(page, '?lang=en', 32);
  await context.close();
});

test("a tier's box selects the tier, a co-occurrence cell requires both skills", async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  const small = await category(page, 'chart-salary-tier', 'xAxis', '<100');
  // Inside the box (p25 13K, p75 17K); a dot drawn there selects its box's tier as well.
  const p = await at(page, 'chart-salary-tier', [small, 16]);
  await page.mouse.click(p.x, p.y);
  await waitSearch(page, '?tier=%3C100&lang=en');
  await waitCount(page, 6);
  assert.equal(await page.locator('[data-testid="filter-tier"] input[value="<100"]').isChecked(), true);
  assert.equal(await page.locator('[data-testid="filter-chip"][data-key="tier"][data-value="<100"]').count(), 1);
  await page.locator('[data-testid="filter-chip"][data-key="tier"] button.remove').click();
  await waitCount(page, 32);
  await waitDrawn(page);

  const x = await category(page, 'chart-cooccurrence', 'xAxis', 'Python');
  const y = await category(page, 'chart-cooccurrence', 'yAxis', 'MySQL');
  const cell = await at(page, 'chart-cooccurrence', [x, y]);
  await page.mouse.click(cell.x, cell.y);
  await waitSearch(page, '?skills=Python,MySQL&lang=en');
  await waitCount(page, want('skills=Python,MySQL'));
  assert.equal(await page.locator('[data-testid="skill-chip"][data-state="must"]').count(), 2);
  await context.close();
});

test('dragging across the histogram sets the salary range; a click on it does nothing', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  const from = await category(page, 'chart-salary-hist', 'xAxis', '15-20');
  const a = await at(page, 'chart-salary-hist', [from, 0.5]);
  const b = await at(page, 'chart-salary-hist', [from + 1, 0.5]);
  await page.mouse.click(a.x, a.y);
  await unchanged(page, '?lang=en', 32);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, a.y, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 4 });
  await page.mouse.up();
  await waitSearch(page, '?salary=15-25&lang=en');
  await waitCount(page, want('salary=15-25'));
  assert.equal(await page.locator('[data-testid="filter-salary-min"]').inputValue(), '15');
  assert.equal(await page.locator('[data-testid="filter-salary-max"]').inputValue(), '25');
  assert.equal(await page.locator('[data-testid="filter-chip"][data-key="salary"]').count(), 1);
  await context.close();
});

test('a finger dragged across the histogram on a phone sets the salary range; a tap does nothing', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await openPage(context, shared.server.origin);
  await gotoDrawn(page, '/?lang=en');
  const from = await category(page, 'chart-salary-hist', 'xAxis', '10-15');
  const a = await at(page, 'chart-salary-hist', [from, 0.5]);
  const b = await at(page, 'chart-salary-hist', [from + 2, 0.5]);
  await waitDrawn(page);
  // Touch events as a finger sends them (Playwright's touchscreen only taps).
  const cdp = await context.newCDPSession(page);
  const touch = (type, p) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [{ x: p.x, y: p.y }] : [] });
  await page.touchscreen.tap(a.x, a.y);
  await unchanged(page, '?lang=en', 32);
  await touch('touchStart', a);
  for (let k = 1; k <= 6; k++) await touch('touchMove', { x: a.x + ((b.x - a.x) * k) / 6, y: a.y });
  await touch('touchEnd');
  await waitSearch(page, '?salary=10-25&lang=en');
  await waitCount(page, want('salary=10-25'));
  await context.close();
});

test("a city's box selects the city", async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  await replacePaste(page, '### 甲 | 后端 | 北京 | 25-35K\n\n### 乙 | 前端 | 上海 | 20-30K\n\n### 丁 | 运维 | 上海 | 22-32K\n', 3);
  await waitDrawn(page);
  const i = await category(page, 'chart-salary-city', 'xAxis', '北京');
  const p = await at(page, 'chart-salary-city', [i, 30]);
  await page.mouse.click(p.x, p.y);
  await waitCount(page, 1);
  assert.equal(new URL(page.url()).searchParams.get('city'), '北京');
  assert.equal(await page.locator('[data-testid="filter-chip"][data-key="city"][data-value="北京"]').count(), 1);
  await context.close();
});

test('every active filter shows as a chip above the charts, and its × removes it from the view and the URL', async () => {
  const { context, page } = await fresh();
  const q = '?tier=1000%2B,%3C100&skills=Django&not=Redis&q=python&salary=10-&exp=3&edu=bachelor&lang=en';
  await gotoDrawn(page, q);
  const chips = page.locator('[data-testid="filter-chip"]');
  const keys = await chips.evaluateAll((cs) => cs.map((c) => `${c.dataset.key}=${c.dataset.value}`));
  assert.deepEqual(keys, ['tier=1000+', 'tier=<100', 'skills=Django', 'not=Redis', 'q=', 'salary=', 'exp=', 'edu=']);
  assert.equal(await chips.nth(5).textContent(), 'Salary ≥ 10K×');
  // The chips sit above the charts.
  const [chipY, chartY] = await page.evaluate(() =>
    ['.filter-chips', '.charts'].map((s) => document.querySelector(s).getBoundingClientRect().top),
  );
  assert.ok(chipY < chartY, `${chipY} < ${chartY}`);
  await page.locator('[data-testid="filter-chip"][data-key="tier"][data-value="1000+"] button.remove').click();
  await waitSearch(page, '?tier=%3C100&skills=Django&not=Redis&q=python&salary=10-&exp=3&edu=bachelor&lang=en');
  await page.locator('[data-testid="filter-chip"][data-key="q"] button.remove').click();
  await waitSearch(page, '?tier=%3C100&skills=Django&not=Redis&salary=10-&exp=3&edu=bachelor&lang=en');
  assert.equal(await page.locator('[data-testid="filter-q"]').inputValue(), '');
  while ((await chips.count()) > 0) await chips.first().locator('button.remove').click();
  await waitSearch(page, '?lang=en');
  await waitCount(page, 32);
  // A control's filter shows as a chip too.
  await page.locator('[data-testid="filter-edu"]').selectOption('master');
  assert.match(await page.locator('[data-testid="filter-chip"][data-key="edu"]').textContent(), /^Education: Master/);
  await context.close();
});

test('the keyboard reaches the skill picker, adds a skill and cycles its chip; focus is visible', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  const focused = () => page.evaluate(() => document.activeElement?.dataset?.testid ?? document.activeElement?.className);
  let tabs = 0;
  while ((await focused()) !== 'skill-picker' && tabs < 80) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  assert.equal(await focused(), 'skill-picker', `reached in ${tabs} tabs`);
  const outline = () => page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(await outline(), 'none', 'the focused picker shows it');
  await page.keyboard.type('sql');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = await page.locator('#skill-suggestions [role="option"]').nth(1).getAttribute('data-skill');
  assert.equal(await page.locator('[data-testid="skill-picker"]').getAttribute('aria-activedescendant'), 'skill-option-1');
  await page.keyboard.press('Enter');
  const chip = page.locator(`[data-testid="skill-chip"][data-skill="${second}"]`);
  assert.equal(await chip.getAttribute('data-state'), 'must');
  await waitCount(page, want(`skills=${encodeURIComponent(second)}`));
  // Escape closes the list, a second Escape clears what was typed.
  await page.keyboard.type('Dj');
  assert.equal(await page.locator('#skill-suggestions').count(), 1);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#skill-suggestions').count(), 0);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('[data-testid="skill-picker"]').inputValue(), '');
  // Tab on to the chip, Enter cycles it, then to its ×, Enter removes it.
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'cycle');
  assert.notEqual(await outline(), 'none', 'the focused chip shows it');
  await page.keyboard.press('Enter');
  assert.equal(await chip.getAttribute('data-state'), 'any');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await chip.count(), 0);
  await waitCount(page, 32);
  await context.close();
});

test('table rows and sortable headers work from the keyboard', async () => {
  const { context, page } = await fresh();
  await gotoDrawn(page, '/?lang=en');
  await page.locator('th.sortable').first().focus();
  await page.keyboard.press('Enter');
  assert.match(await page.locator('th.sortable').first().textContent(), /▲/);
  await page.locator('[data-testid="posting-row"]').first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('[data-testid="posting-detail"]').count(), 1);
  await context.close();
});
