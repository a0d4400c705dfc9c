// Takes README's screenshot of the real page (release build, default data): `node tests/browser/screenshot.mjs`;
// optional arguments: language, output file, viewport width (1440), more query (`skills=Django&tier=%3C100`).
import { join } from 'node:path';
import { ROOT, gotoDrawn, launch, openPage, serveDist } from './harness.mjs';

const lang = process.argv[2] || 'zh';
const out = process.argv[3] || join(ROOT, 'docs', 'screenshot.png');
const width = Number(process.argv[4] || 1440);
const extra = process.argv[5] ? `&${process.argv[5]}` : '';
const server = await serveDist();
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 1180 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  const page = await openPage(context, server.origin);
  await gotoDrawn(page, `/?lang=${lang}${extra}`);
  await page.waitForTimeout(1500); // let chart animations settle
  await page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  server.close();
}
