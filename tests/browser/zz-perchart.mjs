import { RESULTS, launch, openPage, serveDist, waitDrawn, CHART_IDS } from './harness.mjs';
import { join } from 'node:path';
const server = await serveDist();
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
const page = await openPage(ctx, server.origin);
await page.goto(server.origin + '/');
await waitDrawn(page);
await page.locator('[data-testid="file-input"]').setInputFiles(join(RESULTS, 'synth-10000.md'));
await page.waitForSelector('.pending');
await page.locator('[data-testid="paste-replace"]').click();
await page.waitForFunction(() => document.querySelector('[data-testid="total-count"]').textContent.includes('10000'), null, { timeout: 300000 });
await waitDrawn(page, 300000);
for (const tier of ['1000+', '<100', '1000+', '<100', '100-499', '1000+']) {
  const r = await page.evaluate(async ({ tier, ids }) => {
    const t0 = performance.now();
    document.querySelector(`[data-testid="filter-tier"] input[value="${tier}"]`).click();
    await new Promise((resolve) => {
      const done = () => ids.every((id) => Number(document.querySelector(`[data-testid="${id}"]`).dataset.drawnAt) > t0);
      const check = () => (done() ? resolve() : requestAnimationFrame(check));
      check();
    });
    return ids.map((id) => { const d = document.querySelector(`[data-testid="${id}"]`).dataset; return `${id.slice(6)} set=${d.setMs} at=${(Number(d.drawnAt) - t0).toFixed(1)}`; }).join(' | ');
  }, { tier, ids: CHART_IDS });
  console.log(r);
}
await browser.close(); server.close();
