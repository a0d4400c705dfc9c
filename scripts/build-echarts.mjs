#!/usr/bin/env node
// Bundles scripts/echarts-entry.js (a tree-shaken ECharts: only the charts and components
// joblens uses) into public/vendor/echarts.min.js with the pinned esbuild from node_modules.
//
// Usage: node scripts/build-echarts.mjs [--force]
// Idempotent: does nothing when the output is newer than package-lock.json, the entry file
// and this script. Needs `npm ci` (or `npm install`) to have run first.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'scripts', 'echarts-entry.js');
const outfile = join(root, 'public', 'vendor', 'echarts.min.js');
const inputs = [join(root, 'package-lock.json'), entry, fileURLToPath(import.meta.url)];
const force = process.argv.includes('--force');

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const rel = (p) => relative(process.cwd(), p) || '.';

function upToDate() {
  if (!existsSync(outfile)) return false;
  const out = statSync(outfile).mtimeMs;
  return inputs.every((p) => existsSync(p) && statSync(p).mtimeMs < out);
}

if (!force && upToDate()) {
  console.log(`echarts: ${rel(outfile)} is up to date`);
  process.exit(0);
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch (e) {
  console.error('echarts: esbuild is not installed; run `npm ci` in the project root first');
  process.exit(1);
}

const echartsVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'echarts', 'package.json'), 'utf8'),
).version;

// The first line asks V8 to compile every function of the file eagerly, on the thread that streams it (explicit
// compile hints, Chromium 136 and later; a comment to other browsers): ECharts arrives well before the wasm, so the
// compiling is done while the wasm downloads instead of during the first chart's setOption, where lazy compiling
// took about half of that call on a slow phone.
const banner = `//# allFunctionsCalledOnLoad
/*!
 * Apache ECharts ${echartsVersion} (tree-shaken build for joblens; see scripts/echarts-entry.js)
 *
 * Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements. See the NOTICE file distributed with this work for additional information
 * regarding copyright ownership. The ASF licenses this file to you under the Apache License,
 * Version 2.0 (the "License"); you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the
 * License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND,
 * either express or implied. See the License for the specific language governing permissions
 * and limitations under the License.
 *
 * Includes ZRender (BSD-3-Clause, Baidu Inc.) and tslib (0BSD, Microsoft Corporation).
 */`;

mkdirSync(dirname(outfile), { recursive: true });
const started = Date.now();
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2019',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  banner: { js: banner },
  // ECharts guards its developer warnings with process.env.NODE_ENV; drop them.
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

const code = readFileSync(outfile);
const gz = gzipSync(code, { level: 9 }).length;
console.log(
  `echarts: wrote ${rel(outfile)} (${kb(code.length)}, ${kb(gz)} gzipped) in ${Date.now() - started} ms`,
);
