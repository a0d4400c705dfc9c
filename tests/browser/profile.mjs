// Where a filter change's time goes (10k postings, release build, 1400 x 1000, headless Chromium):
//   node tests/browser/profile.mjs [--dist DIR] [--changes N]
// Loads the generated 10k corpus through the file picker (as bench.mjs does), then ticks and unticks tier boxes N
// times (default 11) half a second apart under a Chrome DevTools Protocol trace (devtools.timeline: no JS sampling,
// which would slow ECharts by half). For each change it splits the main thread's tasks from the click until the last
// chart in view is drawn into: the change's own task (the filters, the statistics, the options, the DOM), the
// rendering frames (style, layout, paint) and the script tasks after it (the chart draws, one or more charts a task,
// with ECharts' animation frames, timers and garbage collection in between); it counts
// the tasks over 50 ms and gives each chart's setOption time (its `data-set-ms`). Prints medians over the changes;
// the trace is written to tests/browser/results/profile-trace.json (open it in Chromium's Performance panel).
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS, ROOT, chartIds, chartsInView, launch, openPage, serveGzip, waitDrawn } from './harness.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = arg('--dist', join(ROOT, 'dist'));
const changes = Number(arg('--changes', '11'));
const corpus = join(RESULTS, 'synth-10000.md');
if (!existsSync(corpus)) {
  const cli = join(ROOT, 'target', 'release', 'joblens');
  if (!existsSync(cli)) execFileSync('cargo', ['build', '--release', '--bin', 'joblens'], { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(corpus, execFileSync(cli, ['synth', '10000'], { maxBuffer: 1 << 30 }));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (us) => Math.round(us / 100) / 10;

const server = await serveGzip(dist);
const browser = await launch();
const events = [];
const perChange = [];
const setMs = {};
try {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await openPage(ctx, server.origin);
  await page.goto(server.origin + '/');
  await waitDrawn(page);
  await page.locator('[data-testid="file-input"]').setInputFiles(corpus);
  await page.waitForSelector('.pending');
  await page.locator('[data-testid="paste-replace"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="total-count"]').textContent.includes('10000'), null, { timeout: 300000 });
  await waitDrawn(page, 300000);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(1000);
  const ids = await chartsInView(page);
  for (const id of await chartIds(page)) setMs[id] = [];

  const cdp = await ctx.newCDPSession(page);
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,toplevel', transferMode: 'ReportEvents' });
  const ticks = ['1000+', '<100', '100-499', '500-999'];
  for (let k = 0; k < changes; k++) {
    await page.waitForTimeout(500);
    // The tier box ticked in turn, then unticked: 1000+, <100, 100-499, 500-999, 1000+ (off), ...
    const r = await page.evaluate(async ({ tier, ids }) => {
      const el = (id) => document.querySelector(`[data-testid="${id}"]`);
      const t0 = performance.now();
      performance.mark('filter-change');
      el('filter-tier').querySelector(`input[value="${tier}"]`).click();
      await new Promise((resolve) => setTimeout(resolve, 450));
      const drawn = [...document.querySelectorAll('.chart[data-testid^="chart-"]')].filter((e) => Number(e.dataset.drawnAt) > t0);
      return {
        last: Math.max(0, ...drawn.filter((e) => ids.includes(e.dataset.testid)).map((e) => Number(e.dataset.drawnAt) - t0)),
        set: Object.fromEntries(drawn.map((e) => [e.dataset.testid, Number(e.dataset.setMs)])),
      };
    }, { tier: ticks[k % ticks.length], ids });
    perChange.push({ lastMs: r.last });
    for (const [id, v] of Object.entries(r.set)) setMs[id].push(v);
  }
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
} finally {
  await browser.close();
  server.close();
}
writeFileSync(join(RESULTS, 'profile-trace.json'), JSON.stringify({ traceEvents: events }));

// The renderer's main thread: its outermost tasks (a continuation after `scheduler.yield()`, as a chart draw is,
// runs as a microtask checkpoint of its own), and what ran inside them.
const thread = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur > 0).sort((a, b) => a.ts - b.ts);
const tasks = [];
for (const e of mine) {
  if (!['ThreadControllerImpl::RunTask', 'RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint'].includes(e.name)) continue;
  const last = tasks[tasks.length - 1];
  if (!last || e.ts >= last.ts + last.dur) tasks.push({ ts: e.ts, dur: e.dur, render: 0, script: 0 });
}
let t = 0;
for (const e of mine) {
  while (t < tasks.length && e.ts >= tasks[t].ts + tasks[t].dur) t++;
  if (t === tasks.length || e.ts < tasks[t].ts) continue;
  if (['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'].includes(e.name)) tasks[t].render += e.dur;
  if (e.name === 'FunctionCall') tasks[t].script += e.dur;
}
const marks = events.filter((e) => e.name === 'filter-change' && e.pid === thread.pid).map((e) => e.ts).sort((a, b) => a - b);
marks.forEach((at, i) => {
  const end = at + perChange[i].lastMs * 1000;
  const inChange = tasks.filter((x) => x.ts + x.dur > at && x.ts < end);
  const [own, ...rest] = inChange;
  Object.assign(perChange[i], {
    own: own ? own.dur : 0,
    frames: rest.filter((x) => x.render > x.script).reduce((s, x) => s + x.dur, 0),
    draws: rest.filter((x) => x.render <= x.script).reduce((s, x) => s + x.dur, 0),
    drawTasks: rest.filter((x) => x.render <= x.script).length,
    long: inChange.filter((x) => x.dur > 50000).map((x) => ms(x.dur)),
  });
});

const m = (k) => median(perChange.map((c) => c[k]));
console.log(`filter change → charts in view drawn, ${perChange.length} changes at 10k (${dist}):`);
console.log(`  median ${Math.round(m('lastMs') * 10) / 10} ms: the change's own task ${ms(m('own'))} ms, rendering frames ${ms(m('frames'))} ms, ` +
  `script tasks (the chart draws among them) ${ms(m('draws'))} ms in ${m('drawTasks')}, the rest waiting`);
console.log(`  tasks over 50 ms in the changes: ${perChange.flatMap((c) => c.long).join(', ') || 'none'}`);
console.log('  setOption per chart (median ms):', Object.entries(setMs).map(([id, v]) => `${id.replace('chart-', '')} ${v.length ? median(v) : '-'}`).join(', '));
console.log(`trace: ${join(RESULTS, 'profile-trace.json')}`);
