#!/usr/bin/env node
// Benchmark of rendered charts and overlays in the editor loop (issue 14), through the real language server over stdio
// with the real ka-render, against the `helm template` / `kustomize build` commands run once as processes (built from
// the same pinned modules by scripts/renderer-peers-build.sh, for this comparison only), in the same run:
//   - the chart of `helm create` (Helm's own scaffolding, through ka-render's `create`) with a 10th template, a
//     Secret whose value from values.yaml is not base64 (KA018 on the template): first diagnostics of the opened
//     template from the server's start (renderer cold start included), then re-check after a one-line template edit;
//   - a Kustomize overlay of 30 resources (nameSuffix, images, a generator, a Secret patch whose value is not base64,
//     KA018 on the patch line): the same, the edit on the patch's line.
// Targets: re-check median < 150 ms, and the in-editor re-check faster than the command run once.
// Exits 1 when a target is missed. Run: npm run bench (builds dist/ first) or `node test/bench/render.mjs`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { finishTargets } from './_targets.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORK = path.join(ROOT, '.test-work', 'bench-render');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const EDITS = Number(process.env.BENCH_EDITS ?? 20);
const rpc = require('vscode-jsonrpc/node');

const median = (a) => { const s = [...a].filter(Number.isFinite).sort((x, y) => x - y); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const p90 = (a) => { const s = [...a].filter(Number.isFinite).sort((x, y) => x - y); return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.9))] : NaN; };
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(x < 100 ? 1 : 0)} ms` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `${(b / a).toFixed(1)}×` : 'n/a');
const serverEnv = { ...process.env };
delete serverEnv.NODE_EXTRA_CA_CERTS;

function lastLine(out) { return out.trim().split('\n').pop(); }

function buildRenderer() {
  return lastLine(execFileSync('bash', [path.join(ROOT, 'scripts', 'renderer-build.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
}

/** `{ helm: {path} | {unavailable}, kustomize: … }` from scripts/renderer-peers-build.sh. */
function buildPeers() {
  const out = execFileSync('bash', [path.join(ROOT, 'scripts', 'renderer-peers-build.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const peers = {};
  for (const line of out.trim().split('\n')) {
    const m = /^(\S+) (UNAVAILABLE (.*)|(\/.*))$/.exec(line);
    if (m) peers[m[1]] = m[4] ? { path: m[4] } : { unavailable: m[3] };
  }
  return peers;
}

const SECRET_LINE = '  password: {{ .Values.password | quote }}';
const SECRET_OK = '  password: {{ "bW9uc3Rlcg==" | quote }}';

/** `helm create benchchart` through ka-render (Helm's chartutil.Create), plus a 10th template: a Secret from values. */
function prepareChart(renderer) {
  const dir = path.join(WORK, 'helm');
  mkdirSync(dir, { recursive: true });
  const res = JSON.parse(execFileSync(renderer, [], { input: `${JSON.stringify({ id: 1, op: 'create', name: 'benchchart', dir })}\n`, encoding: 'utf8' }));
  if (res.error) throw new Error(`helm create: ${res.error.message}`);
  const chart = path.join(dir, 'benchchart');
  writeFileSync(path.join(chart, 'templates', 'secret.yaml'), `apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include "benchchart.fullname" . }}\n  labels:\n    {{- include "benchchart.labels" . | nindent 4 }}\ndata:\n${SECRET_LINE}\n`);
  writeFileSync(path.join(chart, 'values.yaml'), `${readFileSync(path.join(chart, 'values.yaml'), 'utf8')}\npassword: "monster!"\n`);
  const count = (d) => readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(path.join(d, e.name)) : 1), 0);
  return { folder: dir, chart, template: path.join(chart, 'templates', 'secret.yaml'), templates: count(path.join(chart, 'templates')) };
}

const PATCH_BAD = '  password: monster!';
const PATCH_OK = '  password: bW9uc3Rlcg==';

/** A base of 29 resources (Deployments, Services, ConfigMaps) and a Secret, and a `dev` overlay that changes them. */
function prepareOverlay() {
  const dir = path.join(WORK, 'kustomize');
  const base = path.join(dir, 'base');
  const dev = path.join(dir, 'dev');
  mkdirSync(base, { recursive: true });
  mkdirSync(dev, { recursive: true });
  const files = [];
  for (let i = 0; i < 10; i++) {
    const app = `app${i}`;
    writeFileSync(path.join(base, `${app}-deployment.yaml`), `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${app}\n    spec:\n      containers:\n      - name: ${app}\n        image: registry.example/${app}:1.0\n        ports:\n        - containerPort: 8080\n        envFrom:\n        - configMapRef:\n            name: ${app}-config\n        resources:\n          requests:\n            cpu: 50m\n            memory: 64Mi\n          limits:\n            memory: 128Mi\n`);
    // app9 is a worker: no Service (10 Deployments, 9 Services, 9 ConfigMaps, 1 generated, 1 Secret: 30 objects).
    if (i < 9) writeFileSync(path.join(base, `${app}-service.yaml`), `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\nspec:\n  selector:\n    app: ${app}\n  ports:\n  - port: 80\n    targetPort: 8080\n`);
    if (i < 9) writeFileSync(path.join(base, `${app}-config.yaml`), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${app}-config\ndata:\n  MODE: base\n`);
    files.push(`${app}-deployment.yaml`);
    if (i < 9) files.push(`${app}-service.yaml`);
    if (i < 9) files.push(`${app}-config.yaml`);
  }
  writeFileSync(path.join(base, 'secret.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: bW9uc3Rlcg==\n');
  files.push('secret.yaml');
  // app9's ConfigMap comes from the overlay's generator (30 resources in all).
  writeFileSync(path.join(base, 'kustomization.yaml'), `resources:\n${files.map((f) => `- ${f}`).join('\n')}\nconfigMapGenerator:\n- name: app9-config\n  literals:\n  - MODE=base\n`);
  writeFileSync(path.join(dev, 'kustomization.yaml'), 'resources:\n- ../base\nnameSuffix: -dev\nlabels:\n- pairs:\n    env: dev\nimages:\n- name: registry.example/app0\n  newTag: "2.0"\npatches:\n- path: secret-patch.yaml\n');
  writeFileSync(path.join(dev, 'secret-patch.yaml'), `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n${PATCH_BAD}\n`);
  return { folder: dir, overlay: dev, template: path.join(dev, 'secret-patch.yaml'), resources: files.length + 1 /* the generated ConfigMap */ };
}

/** An LSP session over stdio; records publishDiagnostics (codes by URI). */
async function session(folder) {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: serverEnv });
  proc.stderr.on('data', () => undefined);
  proc.stdin.on('error', () => undefined);
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  let listeners = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => { for (const l of listeners) l(p); });
  conn.onNotification(() => undefined);
  conn.onRequest(() => null);
  conn.onError(() => undefined);
  conn.listen();
  const until = (pred, timeoutMs = 30000) => new Promise((resolve) => {
    const start = performance.now();
    const timer = setTimeout(() => { listeners = listeners.filter((l) => l !== l1); resolve(NaN); }, timeoutMs);
    const l1 = (p) => { if (pred(p)) { clearTimeout(timer); listeners = listeners.filter((l) => l !== l1); resolve(performance.now() - start); } };
    listeners.push(l1);
  });
  const stop = async () => {
    try { await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]); await conn.sendNotification('exit').catch(() => undefined); } catch { /* gone */ }
    conn.dispose();
    proc.kill();
  };
  const init = async () => {
    await conn.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
      capabilities: { textDocument: { publishDiagnostics: {} } }, initializationOptions: { langue: 'fr' },
    });
    await conn.sendNotification('initialized', {});
  };
  return { t0, conn, until, init, stop };
}

const hasCode = (p, uri, code) => p.uri === uri && p.diagnostics.some((d) => d.code === code);
const lacksCode = (p, uri, code) => p.uri === uri && !p.diagnostics.some((d) => d.code === code);

/**
 * Server started, the file opened: time from the process start to the first publication of the file with KA018
 * (scan, renderer cold start and render included); then one-line edits toggling the value (KA018 goes and comes).
 */
async function editorLoop(target, badLine, okLine, edits) {
  const s = await session(target.folder);
  const uri = pathToFileURL(target.template).href;
  const text = readFileSync(target.template, 'utf8');
  const first = s.until((p) => hasCode(p, uri, 'KA018'), 60000);
  await s.init();
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const waited = await first;
  const tFirst = Number.isFinite(waited) ? performance.now() - s.t0 : NaN;
  const line = text.split('\n').indexOf(badLine);
  const times = [];
  for (let k = 0; k < edits && Number.isFinite(tFirst); k++) {
    const fix = k % 2 === 0;
    const wait = s.until((p) => (fix ? lacksCode(p, uri, 'KA018') : hasCode(p, uri, 'KA018')), 10000);
    await s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: k + 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: (fix ? badLine : okLine).length } }, text: fix ? okLine : badLine }],
    });
    times.push(await wait);
    // As a person typing: the next edit comes after a pause.
    await new Promise((r) => setTimeout(r, 200));
  }
  await s.stop();
  return { tFirst, times };
}

/** The command run as a fresh process (as a student would, once per check). */
function command(peer, args) {
  if (!peer?.path) return { times: [], note: peer?.unavailable ?? 'non construit' };
  const times = [];
  let out = '';
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(peer.path, args, { encoding: 'utf8', env: serverEnv });
    times.push(performance.now() - t0);
    if (r.status !== 0) return { times: [], note: `${path.basename(peer.path)} ${args.join(' ')} a échoué : ${r.stderr.trim().split('\n')[0]}` };
    out = r.stdout;
  }
  return { times, out };
}

async function main() {
  if (!existsSync(SERVER)) { console.error('dist/server.js absent : lancez `node esbuild.mjs`.'); process.exit(2); }
  const renderer = buildRenderer();
  const peers = buildPeers();
  rmSync(WORK, { recursive: true, force: true });
  const chart = prepareChart(renderer);
  const overlay = prepareOverlay();
  console.log(`Chart de \`helm create\` : ${chart.templates} fichiers dans templates/ ; overlay Kustomize : ${overlay.resources} ressources.`);

  const loops = { helm: { first: [], times: [] }, kustomize: { first: [], times: [] } };
  for (let i = 0; i < RUNS; i++) {
    const h = await editorLoop(chart, SECRET_LINE, SECRET_OK, i === 0 ? EDITS : 0);
    loops.helm.first.push(h.tFirst); loops.helm.times.push(...h.times);
    const k = await editorLoop(overlay, PATCH_BAD, PATCH_OK, i === 0 ? EDITS : 0);
    loops.kustomize.first.push(k.tFirst); loops.kustomize.times.push(...k.times);
  }
  const helmCmd = command(peers.helm, ['template', 'r', chart.chart]);
  const kustCmd = command(peers.kustomize, ['build', overlay.overlay]);
  if (helmCmd.out !== undefined && !/kind: Secret/.test(helmCmd.out)) helmCmd.note = 'helm template n’a pas rendu le Secret';
  if (kustCmd.out !== undefined && (kustCmd.out.match(/^kind: /gm) ?? []).length !== overlay.resources) kustCmd.note = `kustomize build a produit ${(kustCmd.out.match(/^kind: /gm) ?? []).length} objets`;

  const rows = [
    ['chart `helm create` (10 templates)', loops.helm, helmCmd, '`helm template`'],
    [`overlay Kustomize (${overlay.resources} ressources)`, loops.kustomize, kustCmd, '`kustomize build`'],
  ];
  console.log(`\nMédianes ; premiers diagnostics : ${RUNS} serveurs démarrés à neuf ; re-vérification : ${EDITS} modifications d’une ligne ; commandes : ${RUNS} processus.`);
  console.log('\n| cible | premiers diagnostics (démarrage du serveur et du moteur inclus) | re-vérification après une ligne (médiane / p90) | commande lancée une fois (médiane) |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, loop, cmd, cmdName] of rows) {
    console.log(`| ${name} | ${ms(median(loop.first))} | ${ms(median(loop.times))} / ${ms(p90(loop.times))} | ${cmdName} : ${cmd.times.length ? ms(median(cmd.times)) : `non mesuré (${cmd.note})`} |`);
  }
  const targets = [];
  for (const [name, loop, cmd, cmdName] of rows) {
    const e = median(loop.times);
    targets.push([`${name} : re-vérification médiane < 150 ms`, e < 150, ms(e)]);
    if (cmd.times.length && !cmd.note) targets.push([`${name} : re-vérification plus rapide que ${cmdName} lancé une fois`, e < median(cmd.times), `${ratio(e, median(cmd.times))} plus rapide`]);
    else console.log(`  ${cmdName} : comparaison impossible — ${cmd.note}`);
    if (loop.first.some((x) => !Number.isFinite(x))) targets.push([`${name} : premiers diagnostics publiés`, false, 'pas de KA018 publié en 60 s']);
  }
  console.log('\nObjectifs (mesurés dans ce même passage) :');
  for (const [what, ok, value] of targets) console.log(`  ${ok ? '✔' : '✘'} ${what} : ${value}`);
  console.log(`  charge de la machine pendant la mesure : ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  finishTargets(targets.map(([what, ok, value]) => ({ what, ok, value })));
}

main().catch((err) => { console.error(err); process.exit(1); });
