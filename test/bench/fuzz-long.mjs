#!/usr/bin/env node
// The long variant of the fuzz suite (test/unit/fuzz/fuzz.test.ts, 4,000 cases in npm test): the same deterministic
// inputs (test/fixtures only), ten times as many cases. Reports the duration; fails when a case crashes or hangs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CASES = Number(process.env.FUZZ_LONG_CASES ?? 40000);
const t0 = performance.now();
const r = spawnSync('npx', ['mocha', '--reporter', 'spec', '--timeout', '0', 'test/unit/fuzz/fuzz.test.ts'], {
  cwd: ROOT, env: { ...process.env, FUZZ_CASES: String(CASES) }, encoding: 'utf8',
});
const s = (performance.now() - t0) / 1000;
process.stdout.write(r.stdout.split('\n').filter((l) => /passing|failing|✔|✓|\d+\)/.test(l)).join('\n') + '\n');
if (r.status !== 0) process.stdout.write(r.stdout.slice(-4000) + r.stderr.slice(-2000));
console.log(`\nFuzz long : ${CASES} cas en ${s.toFixed(1)} s (${(s * 1000 / CASES).toFixed(2)} ms par cas en moyenne) — ${r.status === 0 ? 'aucun plantage' : 'ÉCHEC'}.`);
process.exitCode = r.status === 0 ? 0 : 1;
