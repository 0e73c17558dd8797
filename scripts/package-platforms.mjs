#!/usr/bin/env node
// `npm run package:platforms`: one VSIX per platform with its own native ka-render (the convention of extensions with a
// native server: `vsce package --target …`), and a universal VSIX with the WebAssembly build only (the fallback where
// no native binary exists, run under Node's WASI). Cross-compiles ka-render (CGO_ENABLED=0, -trimpath, -s -w) through
// scripts/renderer-build.sh (cached by version outside the repo), measures sizes, cold start and render times (host
// native binary and WebAssembly), then runs the WebAssembly fallback test (test/packaging/, through the language
// server over stdio, and the renders compared with the native binary's; `npm test` runs them too, suite « wasm »).
// The cross-builds take minutes when cold.
// Options: --no-test (skip the fallback test), --only linux-x64,wasm (some targets).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const TARGETS = [
  ['linux-x64', 'linux', 'amd64'], ['linux-arm64', 'linux', 'arm64'], ['darwin-x64', 'darwin', 'amd64'],
  ['darwin-arm64', 'darwin', 'arm64'], ['win32-x64', 'windows', 'amd64'], ['wasm', 'wasip1', 'wasm'],
].filter(([t]) => !only || only.includes(t));
const MB = (n) => `${(n / 1024 / 1024).toFixed(1)} Mo`;
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

function build(goos, goarch) {
  const t0 = Date.now();
  const out = execFileSync('bash', ['scripts/renderer-build.sh'], { env: { ...process.env, GOOS: goos, GOARCH: goarch }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return { bin: out.trim().split('\n').pop(), seconds: (Date.now() - t0) / 1000 };
}

/** Start → first answer (ping), then a `helm create` chart rendered 5 times (first and median). */
function measure(cmd, cmdArgs, chart) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, cmdArgs, { stdio: ['pipe', 'pipe', 'ignore'] });
    let buf = '';
    const got = [];
    let start = NaN;
    const send = (id, req) => child.stdin.write(`${JSON.stringify({ id, ...req })}\n`);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      buf += d;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const res = JSON.parse(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
        if (res.id === 1) start = performance.now() - t0;
        else got.push(res.error ? NaN : res.ms);
        if (got.length < 5) send(got.length + 2, { op: 'helm', chart });
        else { child.kill(); const s = got.slice(1).sort((a, b) => a - b); resolve({ start, first: got[0], warm: s[Math.floor((s.length - 1) / 2)] }); }
      }
    });
    send(1, { op: 'ping' });
  });
}

// The same runner as core/render/client.ts (WASI_RUNNER), where the V8 flag is explained: without it, Node's WASI
// crashes the process after a few renders.
const WASI_RUNNER = "require('node:v8').setFlagsFromString('--no-turbo-fast-api-calls'); const { WASI } = require('node:wasi'); const wasi = new WASI({ version: 'preview1', args: ['ka-render'], env: {}, preopens: { '/': '/' }, returnOnExit: true }); process.exitCode = wasi.start(new WebAssembly.Instance(new WebAssembly.Module(require('node:fs').readFileSync(process.argv[1])), wasi.getImportObject()));";

async function main() {
  execFileSync(process.execPath, ['esbuild.mjs', '--production'], { stdio: 'inherit' });
  mkdirSync('dist-vsix', { recursive: true });
  const chartDir = path.join(ROOT, '.test-work', 'package-chart');
  rmSync(chartDir, { recursive: true, force: true });
  mkdirSync(chartDir, { recursive: true });
  const rows = [];
  let created = false;
  for (const [target, goos, goarch] of TARGETS) {
    const { bin, seconds } = build(goos, goarch);
    rmSync('dist/bin', { recursive: true, force: true });
    const inVsix = target === 'wasm' ? 'dist/bin/ka-render.wasm' : `dist/bin/${target}/${goos === 'windows' ? 'ka-render.exe' : 'ka-render'}`;
    mkdirSync(path.dirname(inVsix), { recursive: true });
    copyFileSync(bin, inVsix);
    const out = `dist-vsix/kube-apprenti-${target === 'wasm' ? 'universel-wasm' : target}-${version}.vsix`;
    const vsce = spawnSync('npx', ['vsce', 'package', '--no-dependencies', ...(target === 'wasm' ? [] : ['--target', target]), '--out', out], { encoding: 'utf8' });
    if (vsce.status !== 0) { console.error(vsce.stdout, vsce.stderr); process.exit(1); }
    const size = statSync(bin).size;
    const row = { target, seconds, size, gz: gzipSync(readFileSync(bin), { level: 9 }).length, vsix: statSync(out).size, out };
    const host = `${process.platform}-${process.arch}` === target;
    if (host || target === 'wasm') {
      if (!created) { execFileSync(host ? bin : process.execPath, host ? [] : ['-e', WASI_RUNNER, bin], { input: `${JSON.stringify({ id: 1, op: 'create', name: 'chart', dir: chartDir })}\n` }); created = true; }
      row.run = await measure(host ? bin : process.execPath, host ? [] : ['--no-warnings', '-e', WASI_RUNNER, bin], path.join(chartDir, 'chart'));
    }
    rows.push(row);
    console.log(`[package] ${target} : ${out} (${MB(row.vsix)})`);
  }
  rmSync('dist/bin', { recursive: true, force: true });
  const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(x < 100 ? 1 : 0)} ms` : '—');
  console.log('\n| cible | construction | ka-render | gzip -9 | VSIX | démarrage (ping) | chart `helm create` : 1er rendu / médiane des suivants |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.target} | ${r.seconds.toFixed(0)} s | ${MB(r.size)} | ${MB(r.gz)} | ${MB(r.vsix)} | ${r.run ? ms(r.run.start) : '—'} | ${r.run ? `${ms(r.run.first)} / ${ms(r.run.warm)}` : '—'} |`);
  if (!args.includes('--no-test') && TARGETS.some(([t]) => t === 'wasm')) {
    const t = spawnSync('npx', ['mocha', '--config', '.mocharc.wasm.json', '--reporter', 'spec'], { stdio: 'inherit' });
    process.exitCode = t.status ?? 1;
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
