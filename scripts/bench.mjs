#!/usr/bin/env node
// `npm run bench`: runs every benchmark of test/bench/ (each prints its own table with ratios against the peers
// measured in the same run). Benchmarks that need the local cluster start it (and leave a running one alone).
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const only = process.argv.slice(2);
spawnSync('node', ['esbuild.mjs', '--production'], { stdio: 'inherit' });
const dir = path.join(ROOT, 'test/bench');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).sort() : [];
let failed = 0;
for (const f of files) {
  if (only.length && !only.some((o) => f.includes(o))) continue;
  console.log(`\n=== ${f}`);
  const r = spawnSync('node', ['--expose-gc', path.join(dir, f)], { stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.log(`(${f} a échoué : code ${r.status})`); }
}
process.exitCode = failed ? 1 : 0;
