// The page on a phone and in dark colours (issue 15): no sideways scroll from 320 px up, the charts before the
// filters, the filters as a sheet that says how many postings pass, two-line table rows, 44 px touch targets; dark
// mode from prefers-color-scheme, the charts included; the static shell painted before the wasm is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { RESULTS, browserSuite, count, offOrigin, openPage, replacePaste, waitCount, waitDrawn } from './harness.mjs';

const { shared } = browserSuite();

async function phone(width, extra = {}) {
  const context = await shared.browser.newContext({
    viewport: { width, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, ...extra,
  });
  const page = await openPage(context, shared.server.origin);
  return { context, page };
}

/** How far the document scrolls sideways: 0 when it fits the screen. */
const sideways = (page) => page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);

/** Visible touch targets smaller than 44 px in height or width (checkbox inputs count by their label). */
const smallTargets = (page, root = 'body') => page.evaluate((root) => {
  const els = document.querySelector(root).querySelectorAll(
    'button, select, input:not([type="checkbox"]):not([type="radio"]), label.chip, label.file, th.sortable, a.button, [data-testid="posting-row"]',
  );
  return [...els].filter((e) => {
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') return false;
    return r.height < 44 || (e.tagName === 'BUTTON' && r.width < 44);
  }).map((e) => `${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 30)}" ${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`);
}, root);

for (const width of [320, 390]) {
  test(`${width} px: no sideways scroll, the charts first, the filters in a sheet, 44 px targets`, async () => {
    const { context, page } = await phone(width);
    await page.goto(shared.server.origin + '/?lang=en');
    await waitDrawn(page);
    assert.ok((await sideways(page)) <= 0, `the page scrolls ${await sideways(page)} px sideways`);

    // The first chart is on the first screen; the filters are not on the page until the sheet opens.
    const chart = await page.locator('[data-testid="chart-skills"]').boundingBox();
    assert.ok(chart.y < 780 && chart.y + chart.height / 2 < 780, `the first chart starts at ${chart.y}`);
    const tiers = page.locator('[data-testid="filter-tier"]');
    assert.equal(await tiers.isVisible(), false, 'the filters wait in the closed sheet');
    assert.deepEqual(await smallTargets(page), [], 'touch targets of the page');

    const open = page.locator('[data-testid="filters-open"]');
    assert.equal(await open.getAttribute('aria-expanded'), 'false');
    await open.click();
    assert.equal(await tiers.isVisible(), true, 'the sheet shows the filters');
    assert.equal(await open.getAttribute('aria-expanded'), 'true');
    const sheetCount = () => page.locator('.sheet-count').textContent();
    assert.equal(await sheetCount(), '32 postings pass');
    assert.deepEqual(await smallTargets(page, '.sheet'), [], 'touch targets of the sheet');
    await page.locator('[data-testid="filter-tier"] input[value="<100"]').check();
    await waitCount(page, 6);
    assert.equal(await sheetCount(), '6 postings pass', 'the sheet follows the filters');
    assert.ok((await sideways(page)) <= 0, 'no sideways scroll with the sheet open');
    await page.locator('.sheet-close').click();
    assert.equal(await tiers.isVisible(), false, 'the sheet closes');
    assert.equal(await count(page, 'posting-count'), 6, 'the filter stays when the sheet closes');

    // Table rows of two lines: company · title, then pay · tier · years.
    const row = page.locator('[data-testid="posting-row"]').first();
    await row.scrollIntoViewIfNeeded();
    const cells = await row.evaluate((r) => [...r.children].map((c) => {
      const b = c.getBoundingClientRect();
      return { top: Math.round(b.top), shown: b.width > 0, text: c.textContent };
    }));
    const [company, title, tier, salary, months, exp, edu, skills] = cells;
    assert.equal(company.top, title.top, 'company and title share the first line');
    assert.ok(salary.top > company.top, 'pay starts the second line');
    assert.equal(tier.top, salary.top, 'tier on the second line');
    if (exp.text) assert.equal(exp.top, salary.top, 'years on the second line');
    assert.deepEqual([months.shown, edu.shown, skills.shown], [false, false, false], 'the other cells are in the detail');
    assert.ok((await row.boundingBox()).height < 80, 'a compact row');

    await waitDrawn(page);
    assert.ok((await sideways(page)) <= 0, 'no sideways scroll once every chart is drawn');
    await page.screenshot({ path: join(RESULTS, `phone-${width}.png`), fullPage: false });
    assert.deepEqual(page.log.errors, []);
    assert.deepEqual(offOrigin(page), []);
    await context.close();
  });
}

test('on a wide screen the filters are a sidebar and there is no sheet button', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await openPage(context, shared.server.origin);
  await page.goto(shared.server.origin + '/');
  await waitDrawn(page);
  assert.equal(await page.locator('[data-testid="filters-open"]').isVisible(), false);
  assert.equal(await page.locator('[data-testid="filter-tier"]').isVisible(), true);
  assert.ok((await sideways(page)) <= 0);
  await context.close();
});

/** The luminance (0–255) of a CSS colour as computed by the page. */
const luma = (rgb) => {
  const [r, g, b] = rgb.match(/\d+/g).map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b;
};

/**
 * The share of a chart's grey pixels (its titles, labels, axes and grid lines) in the colour band of the dark
 * ECharts theme's text (#B9B8CE): the light theme draws text darker (#464646, #6E7079) and grid lines lighter
 * (#E0E6F1), so few of its pixels fall in the band.
 */
const ink = (page, id) => page.evaluate((id) => {
  const canvas = document.querySelector(`[data-testid="${id}"] canvas`);
  const px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let grey = 0;
  let band = 0;
  for (let i = 0; i < px.length; i += 4) {
    if (px[i + 3] < 250 || Math.max(px[i], px[i + 1], px[i + 2]) - Math.min(px[i], px[i + 1], px[i + 2]) > 40) continue;
    grey++;
    const y = 0.299 * px[i] + 0.587 * px[i + 1] + 0.114 * px[i + 2];
    if (y > 150 && y < 215) band++;
  }
  return band / Math.max(grey, 1);
}, id);

test('dark mode follows prefers-color-scheme, the charts included', async () => {
  const seen = {};
  for (const colorScheme of ['light', 'dark']) {
    const context = await shared.browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme });
    const page = await openPage(context, shared.server.origin);
    await page.goto(shared.server.origin + '/?lang=en');
    await waitDrawn(page);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const card = await page.evaluate(() => getComputedStyle(document.querySelector('.card')).backgroundColor);
    const text = await page.evaluate(() => getComputedStyle(document.querySelector('h1')).color);
    seen[colorScheme] = { bg: luma(bg), card: luma(card), text: luma(text), ink: await ink(page, 'chart-skills') };
    await page.screenshot({ path: join(RESULTS, `scheme-${colorScheme}.png`) });
    assert.deepEqual(page.log.errors, [], colorScheme);
    await context.close();
  }
  const { light, dark } = seen;
  assert.ok(light.bg > 200 && light.text < 80, `light page: ${JSON.stringify(light)}`);
  assert.ok(dark.bg < 50 && dark.card < 60 && dark.text > 180, `dark page: ${JSON.stringify(dark)}`);
  // The dark ECharts theme draws its titles and labels light; the light one dark.
  assert.ok(dark.ink > 3 * light.ink, `chart text in the dark theme's band: light ${light.ink}, dark ${dark.ink}`);
});

test('the scheme changing while the page is open redraws the charts in the other theme', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  const page = await openPage(context, shared.server.origin);
  await page.goto(shared.server.origin + '/');
  await waitDrawn(page);
  const before = await ink(page, 'chart-skills');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.querySelector('[data-testid="chart-skills"]').dataset.drawn === 'true');
  await page.waitForTimeout(1200); // the theme's first frame is animated in
  const after = await ink(page, 'chart-skills');
  assert.ok(after > 3 * before, `chart text in the dark theme's band: before ${before}, after ${after}`);
  assert.deepEqual(page.log.errors, []);
  await context.close();
});

test('the static shell is painted before the wasm runs, and the app replaces it', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 390, height: 780 } });
  const page = await openPage(context, shared.server.origin);
  // Hold the wasm back: the page must already show its layout without it.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(shared.server.origin + '/', { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => performance.getEntriesByType('paint').some((p) => p.name === 'first-contentful-paint'));
  const shell = await page.evaluate(() => ({
    shell: !!document.getElementById('shell'),
    cards: document.querySelectorAll('#shell .card').length,
    first: document.querySelector('#shell .chart').getBoundingClientRect().toJSON(),
  }));
  assert.equal(shell.shell, true);
  assert.equal(shell.cards, 6, 'six chart placeholders');
  release();
  await waitDrawn(page);
  const app = await page.evaluate(() => ({
    shell: !!document.getElementById('shell'),
    first: document.querySelector('[data-testid="chart-skills"]').getBoundingClientRect().toJSON(),
  }));
  assert.equal(app.shell, false, 'the shell is gone once the app has mounted');
  await page.evaluate(() => window.scrollTo(0, 0));
  const top = await page.evaluate(() => document.querySelector('[data-testid="chart-skills"]').getBoundingClientRect().toJSON());
  assert.deepEqual([top.x, top.y, top.width, top.height], [shell.first.x, shell.first.y, shell.first.width, shell.first.height],
    'the first chart is where its placeholder was');
  assert.deepEqual(page.log.errors, []);
  await context.close();
});

/** Opens `path` with the wasm held back until the returned function is called. */
async function openHeld(context, path) {
  const page = await openPage(context, shared.server.origin);
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(shared.server.origin + path, { waitUntil: 'domcontentloaded' });
  return { page, release };
}

// In both languages and both colour schemes: the page's option must be the very string first.js drew, or the app
// draws the chart again (which nothing else would notice).
for (const [locale, colorScheme] of [['en-US', 'light'], ['zh-CN', 'dark']]) test(`the default page draws its first charts before the wasm arrives, and the app keeps them as drawn (${locale}, ${colorScheme})`, async () => {
  const context = await shared.browser.newContext({ viewport: { width: 390, height: 780 }, locale, colorScheme });
  const { page, release } = await openHeld(context, '/');
  // ECharts and first-charts.json are enough: the charts on screen are drawn while the wasm is still held.
  await page.waitForFunction(() => document.querySelector('#shell [data-first="chart-skills"]')?.dataset.drawn === 'true');
  const before = await page.evaluate(() => {
    const drawn = [...document.querySelectorAll('#shell [data-first][data-drawn="true"]')];
    drawn.forEach((el) => { el.dataset.mark = 'pre-drawn'; });
    return {
      charts: drawn.map((el) => ({ id: el.dataset.first, at: el.dataset.drawnAt, instance: echarts.getInstanceByDom(el).id })),
      title: echarts.getInstanceByDom(drawn[0]).getOption().title[0].text,
      below: drawn.filter((e) => e.getBoundingClientRect().top >= innerHeight).length,
    };
  });
  assert.deepEqual(before.charts.map((c) => c.id), ['chart-skills', 'chart-salary-tier'], 'the two charts on screen');
  assert.match(before.title, locale === 'zh-CN' ? /^技能频次 \(n=32\)$/ : /^Skill frequency \(n=32\)$/, 'the default corpus, every posting, in the language');
  assert.equal(before.below, 0, 'charts below the screen wait for the app');
  release();
  await waitDrawn(page);
  const after = await page.evaluate((ids) => ({
    charts: ids.map((id) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      return { id, at: el.dataset.drawnAt, instance: echarts.getInstanceByDom(el).id, mark: el.dataset.mark, first: el.dataset.first ?? null };
    }),
    shell: !!document.getElementById('shell'),
  }), before.charts.map((c) => c.id));
  assert.deepEqual(after, { charts: before.charts.map((c) => ({ ...c, mark: 'pre-drawn', first: null })), shell: false },
    'the app adopted the pre-drawn charts: the same elements and instances, not drawn again');
  assert.deepEqual(page.log.errors, []);
  await context.close();
});

test('a page with a query, or with pasted data kept in the browser, draws nothing before the wasm', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1200, height: 900 } });
  for (const path of ['/?lang=en', '/?tier=1000%2B']) {
    const { page, release } = await openHeld(context, path);
    await page.waitForFunction(() => window.echarts && window.joblensFirst);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.querySelectorAll('#shell [data-drawn]').length), 0, path);
    release();
    await waitDrawn(page);
    await page.close();
  }
  // A paste is kept in IndexedDB: the next visit shows it, so the default charts must not flash first.
  const page = await openPage(context, shared.server.origin);
  await page.goto(shared.server.origin + '/');
  await waitDrawn(page);
  await replacePaste(page, '## 某公司 - Python开发 20-30K\n\n熟悉 Django、Redis。\n', 1);
  await page.waitForTimeout(500);
  await page.close();
  const { page: again, release } = await openHeld(context, '/');
  await again.waitForFunction(() => window.echarts && window.joblensFirst);
  await again.waitForTimeout(300);
  assert.equal(await again.evaluate(() => document.querySelectorAll('#shell [data-drawn]').length), 0, 'stored data');
  release();
  await waitCount(again, 1);
  await context.close();
});
