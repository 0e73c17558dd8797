#!/usr/bin/env node
// `npm test`: installs what it needs (chromium, code-server, cluster binaries), builds, then runs every suite:
// unit, language server over stdio, real local cluster, in-host (mocha inside code-server's extension host) and
// end-to-end (Playwright driving code-server), and ka-render's WebAssembly fallback (under Node's WASI). Prints one
// closing line "N passed, N failed".
// Options: --only unit,lsp,wasm,cluster,inhost,e2e   (default: all)
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerBin, startCodeServer } from '../test/harness/codeServer.mjs';
import { runInHost } from '../test/harness/runInHost.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? (process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : '');
const only = new Set(onlyArg ? onlyArg.split(',') : ['unit', 'lsp', 'wasm', 'cluster', 'inhost', 'e2e']);
const WORK = path.join(ROOT, '.test-work');
mkdirSync(WORK, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const results = [];
const t0 = Date.now();
const step = (s) => console.log(`\n=== ${s} (${new Date().toISOString().slice(11, 19)}, +${Math.round((Date.now() - t0) / 1000)} s)`);

/** Runs a command, streams its output, and returns { code, out }. */
function run(cmd, args, { env = {}, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const take = (stream, sink) => stream.on('data', (d) => { out += d; if (!quiet) sink.write(d); });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function record(name, counts, code) {
  const failed = counts.failed + (code !== 0 && counts.failed === 0 ? 1 : 0);
  totals.passed += counts.passed; totals.failed += failed; totals.skipped += counts.skipped || 0;
  results.push({ name, ...counts, failed, code });
}

/** Parses mocha's / node:test's / our harness's summaries. */
function counts(out) {
  const num = (re) => { let n = 0; for (const m of out.matchAll(re)) n += Number(m[1]); return n; };
  const p = num(/^\s*(\d+) passing/gm) + num(/^# pass (\d+)/gm) + num(/^ℹ pass (\d+)/gm) + num(/in-host: (\d+) passed/gm);
  const f = num(/^\s*(\d+) failing/gm) + num(/^# fail (\d+)/gm) + num(/^ℹ fail (\d+)/gm) + num(/in-host: \d+ passed, (\d+) failed/gm);
  const s = num(/^\s*(\d+) pending/gm) + num(/^# skip (\d+)/gm) + num(/^ℹ skip (\d+)/gm);
  return { passed: p, failed: f, skipped: s };
}

/** Runs a command in the background; resolves with { code, out, seconds } (its stderr is streamed as it comes). */
function background(cmd, args, env) {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('close', (code) => resolve({ code: code ?? 1, out, seconds: Math.round((Date.now() - start) / 1000) }));
  });
}

async function mocha(name, config) {
  if (!existsSync(config)) { console.log(`(${config} absent: suite ${name} ignorée)`); return; }
  step(`${name} (mocha --config ${config})`);
  const r = await run('npx', ['mocha', '--config', config, '--reporter', 'dot']);
  record(name, counts(r.out), r.code);
}

async function main() {
  step('outils : chromium, code-server, binaires du cluster');
  const needBrowser = only.has('inhost') || only.has('e2e');
  const csBin = needBrowser ? codeServerBin(ROOT) : '';
  if (only.has('cluster') || needBrowser) execFileSync('bash', ['scripts/cluster-build.sh'], { stdio: ['ignore', 'ignore', 'inherit'] });

  step('moteur de rendu Helm/Kustomize (ka-render)');
  // Its path (last line printed) is given to code-server's extension host: the VSIX installed for the e2e tests
  // finds it there (KUBE_APPRENTI_RENDERER), as the repository's language server finds it in the build cache.
  const renderer = execFileSync('bash', ['scripts/renderer-build.sh'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' }).trim().split('\n').pop();
  // The WebAssembly build (GOOS=wasip1, the fallback where no native binary exists) is built in the background
  // (niced) while the unit and language-server suites run: cold, 2 min (quiet machine) to 8 min 20 s (load 9) on 2 cores; cached by version
  // and source like the native binary, a no-op afterwards. Awaited before its suite, which runs before the cluster,
  // in-host and end-to-end suites, so that those do not share the CPU with a Go build.
  const wasmBuild = only.has('wasm') ? background('bash', ['scripts/renderer-build.sh'], { GOOS: 'wasip1', GOARCH: 'wasm' }) : undefined;

  step('construction (esbuild) et vérification des types (tsc)');
  execFileSync('node', ['esbuild.mjs', '--tests'], { stdio: 'inherit' });
  const tc = await run('npx', ['tsc', '-p', '.', '--noEmit']);
  record('typecheck', { passed: tc.code === 0 ? 1 : 0, failed: 0 }, tc.code);

  if (only.has('unit')) await mocha('unit', '.mocharc.json');
  if (only.has('lsp')) await mocha('lsp', '.mocharc.lsp.json');
  if (wasmBuild) {
    step('repli WebAssembly de ka-render (WASI de Node) : attente de sa construction');
    const built = await wasmBuild;
    console.log(`construction WebAssembly : ${built.code === 0 ? `prête (${built.seconds} s depuis son lancement) : ${built.out.trim().split('\n').pop()}` : `échec (code ${built.code})`}`);
    if (built.code !== 0) record('wasm', { passed: 0, failed: 1 }, built.code);
    else await mocha('wasm', '.mocharc.wasm.json');
  }

  let clusterUp = false;
  try {
    if (only.has('cluster') || needBrowser) {
      step('cluster local (etcd + kube-apiserver + controller-manager + scheduler + KWOK)');
      const wasRunning = (await run('node', ['scripts/cluster.mjs', 'status'], { quiet: true })).code === 0;
      const up = await run('node', ['scripts/cluster.mjs', 'up']);
      if (up.code !== 0) throw new Error('cluster:up a échoué');
      clusterUp = !wasRunning; // a cluster that was already running (a developer's) is left running
    }
    if (only.has('cluster')) await mocha('cluster', '.mocharc.cluster.json');

    if (needBrowser) {
      step('paquet VSIX');
      execFileSync('node', ['esbuild.mjs', '--production'], { stdio: 'inherit' });
      execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--out', path.join(WORK, 'kube-apprenti.vsix')], { stdio: ['ignore', 'ignore', 'inherit'] });
      execFileSync('node', ['esbuild.mjs', '--tests'], { stdio: 'inherit' });
    }
    const clusterEnv = { KUBECONFIG: path.join(ROOT, '.cluster/admin.kubeconfig'), KA_CLUSTER_DIR: path.join(ROOT, '.cluster'), KUBE_APPRENTI_RENDERER: renderer };
    if (only.has('inhost')) {
      step('tests dans l’hôte d’extensions de code-server (API vscode réelle)');
      const folder = path.join(WORK, 'ws-inhost');
      rmSync(folder, { recursive: true, force: true });
      execFileSync('cp', ['-r', 'test/fixtures/ws', folder]);
      const cs = await startCodeServer({ bin: csBin, work: path.join(WORK, 'cs-inhost'), folder, env: clusterEnv });
      let lines = '';
      const origLog = console.log;
      console.log = (...a) => { lines += a.join(' ') + '\n'; origLog(...a); };
      let code;
      try {
        code = await runInHost({ server: cs.url, folder, extensionDevelopmentPath: ROOT, extensionTestsPath: path.join(ROOT, 'dist-test/vscode/index.js') });
      } finally { console.log = origLog; await cs.stop(); }
      record('inhost', counts(lines), code);
    }
    if (only.has('e2e')) {
      step('tests de bout en bout (Playwright + code-server, extension installée depuis le VSIX)');
      // KA_E2E=07,labs runs only the files whose name contains one of these (to chase one failure).
      const pick = process.env.KA_E2E ? process.env.KA_E2E.split(',') : undefined;
      const files = readdirSync('test/e2e').filter((f) => f.endsWith('.test.mjs') && (!pick || pick.some((p) => f.includes(p)))).sort().map((f) => path.join('test/e2e', f));
      const r = await run('node', ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
        env: { ...clusterEnv, KA_CS_BIN: csBin, KA_VSIX: path.join(WORK, 'kube-apprenti.vsix'), KA_WORK: WORK } });
      record('e2e', counts(r.out), r.code);
    }
  } finally {
    if (clusterUp && !process.env.KA_KEEP_CLUSTER) await run('node', ['scripts/cluster.mjs', 'down'], { quiet: true });
  }
}

main().catch((err) => {
  console.error(`\nÉchec du lanceur de tests : ${err.stack || err}`);
  totals.failed += 1;
}).finally(() => {
  console.log('\n=== Bilan');
  for (const r of results) console.log(`${r.name.padEnd(10)} ${r.passed} réussis, ${r.failed} en échec${r.skipped ? `, ${r.skipped} ignorés` : ''}${r.code ? ` (code ${r.code})` : ''}`);
  console.log(`durée totale : ${Math.round((Date.now() - t0) / 1000)} s`);
  console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  process.exitCode = totals.failed > 0 ? 1 : 0;
});
