// Takes README's screenshot of the real page (release build, default data): `node tests/browser/screenshot.mjs`.
// `node tests/browser/screenshot.mjs --all [lang]`: the page at 1440 px and 390 px, in light and dark colours, into
// tests/browser/results/shot-<width>-<scheme>.png, to look at as a user would.
import { join } from 'node:path';
import { RESULTS, ROOT, gotoDrawn, launch, openPage, serveDist } from './harness.mjs';

const all = process.argv.includes('--all');
const args = process.argv.slice(2).filter((a) => a !== '--all');
const lang = args[0] || 'zh';
const shots = all
  ? [1440, 390].flatMap((width) => ['light', 'dark'].map((scheme) => ({ width, scheme, out: join(RESULTS, `shot-${width}-${scheme}.png`) })))
  : [{ width: 1440, scheme: 'light', out: args[1] || join(ROOT, 'docs', 'screenshot.png') }];
const server = await serveDist();
const browser = await launch();
try {
  for (const { width, scheme, out } of shots) {
    const phone = width < 900;
    const context = await browser.newContext({
      viewport: { width, height: phone ? 844 : 1180 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US', colorScheme: scheme,
      ...(phone ? { isMobile: true, hasTouch: true } : {}),
    });
    const page = await openPage(context, server.origin);
    await gotoDrawn(page, `/?lang=${lang}`);
    await page.waitForTimeout(1500); // let chart animations settle
    await page.screenshot({ path: out, fullPage: phone });
    console.log(`screenshot: ${out}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
