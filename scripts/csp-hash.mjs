// Trunk post-build hook: allows Trunk's inline boot script and the inlined stylesheet in the Content-Security-Policy
// by their SHA-256 hashes, so the CSP can forbid every other inline script and style. Runs in Trunk's staging
// directory (TRUNK_STAGING_DIR).
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
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const allow = (directive, re) => {
  const hashes = [...html.matchAll(re)].map((m) => sha(m[1]));
  const before = html;
  html = html.replace(new RegExp(`(${directive} 'self'(?: 'wasm-unsafe-eval')?)[^;"]*`), `$1 ${hashes.join(' ')}`);
  if (html === before && hashes.length) {
    console.error(`csp-hash: no ${directive} directive found to extend`);
    process.exit(1);
  }
  return hashes.length;
};
const scripts = allow('script-src', /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g);
const styles = allow('style-src', /<style[^>]*>([\s\S]*?)<\/style>/g);
writeFileSync(file, html);
console.log(`csp-hash: allowed ${scripts} inline script(s) and ${styles} inline style(s) by hash`);
