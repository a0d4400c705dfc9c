// Trunk post-build hook: allows Trunk's inline boot script in the Content-Security-Policy by its SHA-256 hash,
// so the CSP can forbid every other inline script. Runs in Trunk's staging directory (TRUNK_STAGING_DIR).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp-hash: TRUNK_STAGING_DIR is not set (run by trunk as a post_build hook)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}
const before = html;
html = html.replace(/(script-src 'self' 'wasm-unsafe-eval')[^;"]*/, `$1 ${hashes.join(' ')}`);
if (html === before && hashes.length) {
  console.error('csp-hash: no script-src directive found to extend');
  process.exit(1);
}
writeFileSync(file, html);
console.log(`csp-hash: allowed ${hashes.length} inline script(s) by hash`);
