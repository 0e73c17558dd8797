#!/usr/bin/env node
// Benchmark of the language server (issue: speed targets), against yaml-language-server with a Kubernetes schema,
// @monokle/validation (with its Kubernetes-schema plugin, offline) and the bare `yaml` parse, on the same generated corpora in the same run:
//   - one file of 3,000 resources (~1.3 MB): first diagnostics after didOpen; re-check after a one-line edit;
//   - a 300-file workspace: time from opening the files until every file has its diagnostics; server memory (RSS);
//   - hostile files (deep nesting, alias bombs, merge-key chains, 5,000 documents, a 2 MB line): each answered < 1 s.
// Exits 1 when a target is missed.
// Run: npm run bench (builds dist/ first) or `node test/bench/language-server.mjs` after `node esbuild.mjs`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bigFile, workspaceFiles } from './_corpusGen.mjs';
import { finishTargets } from './_targets.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORK = path.join(ROOT, '.test-work', 'bench-ls');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const EDITS = Number(process.env.BENCH_EDITS ?? 12);
const rpc = require('vscode-jsonrpc/node');

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(x < 100 ? 1 : 0)} ms` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `${(b / a).toFixed(2)}×` : 'n/a');
const rssOf = (pid) => { try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024; } catch { return NaN; } };

function prepare() {
  rmSync(WORK, { recursive: true, force: true });
  for (const d of ['big', 'ws300', 'empty']) mkdirSync(path.join(WORK, d), { recursive: true });
  const big = bigFile(3000);
  writeFileSync(path.join(WORK, 'big', 'big.yaml'), big);
  for (const f of workspaceFiles(300)) writeFileSync(path.join(WORK, 'ws300', f.name), f.text);
  return { big };
}

/** A JSON Schema for yaml-language-server from schemas/k8s-1.36.json (kinds + definitions): any known kind. */
/** Our schema's definitions with their `$ref`s in JSON Schema's `#/definitions/…` form (for the peers). */
function fixRefs(n) {
  if (Array.isArray(n)) return n.map(fixRefs);
  if (!n || typeof n !== 'object') return n;
  const o = {};
  for (const [k, v] of Object.entries(n)) o[k] = k === '$ref' && typeof v === 'string' && !v.startsWith('#') ? `#/definitions/${v}` : fixRefs(v);
  return o;
}

function kubernetesSchema() {
  const src = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'k8s-1.36.json'), 'utf8'));
  const anyOf = [];
  for (const [apiVersion, kinds] of Object.entries(src.kinds)) {
    for (const [kind, def] of Object.entries(kinds)) {
      if (kind.endsWith('List')) continue;
      anyOf.push({ allOf: [{ $ref: `#/definitions/${def}` }, { properties: { kind: { const: kind }, apiVersion: { const: apiVersion } } }] });
    }
  }
  const file = path.join(WORK, 'kubernetes.schema.json');
  writeFileSync(file, JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', definitions: fixRefs(src.definitions), anyOf }));
  return pathToFileURL(file).href;
}

/** An LSP session over stdio that records publishDiagnostics. */
// Both servers start without NODE_EXTRA_CA_CERTS: some machines (this sandbox) set it globally, and Node then parses
// the whole CA bundle at start (~50 ms here) although neither server makes a network request.
const serverEnv = { ...process.env };
delete serverEnv.NODE_EXTRA_CA_CERTS;

async function session(cmd, args, { folder, initializationOptions, settings }) {
  const proc = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: serverEnv });
  proc.stderr.on('data', () => undefined);
  proc.stdin.on('error', () => undefined);
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  const published = new Map();
  let listeners = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => { published.set(p.uri, { at: performance.now(), n: p.diagnostics.length }); for (const l of listeners) l(p); });
  conn.onNotification(() => undefined);
  conn.onRequest('workspace/configuration', (p) => p.items.map((i) => (i.section === 'yaml' ? settings?.yaml : i.section ? settings?.[i.section] : settings) ?? null));
  conn.onRequest(() => null);
  conn.onError(() => undefined);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: folder ? pathToFileURL(folder).href : null,
    workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'bench' }] : null,
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } }, textDocument: { publishDiagnostics: {} } },
    initializationOptions,
  });
  await conn.sendNotification('initialized', {});
  if (settings) await conn.sendNotification('workspace/didChangeConfiguration', { settings });
  const until = (pred, timeoutMs) => new Promise((resolve) => {
    const t0 = performance.now();
    const timer = setTimeout(() => { listeners = listeners.filter((l) => l !== l1); resolve(NaN); }, timeoutMs);
    const l1 = (p) => { if (pred(p)) { clearTimeout(timer); listeners = listeners.filter((l) => l !== l1); resolve(performance.now() - t0); } };
    listeners.push(l1);
  });
  const stop = async () => {
    try { await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]); await conn.sendNotification('exit').catch(() => undefined); } catch { /* gone */ }
    conn.dispose();
    proc.kill();
  };
  return { proc, conn, published, until, stop };
}

const ours = (folder) => session(process.execPath, [SERVER, '--stdio'], { folder, initializationOptions: { langue: 'fr' } });
const ylsBin = existsSync(path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'))
  ? path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server') : undefined;
const yls = (folder, schemaUri) => session(process.execPath, [ylsBin, '--stdio'], {
  folder, settings: { yaml: { validate: true, schemas: { [schemaUri]: '*.yaml' }, schemaStore: { enable: false }, maxItemsComputed: 5000 } },
});

/** First diagnostics of the big file after didOpen; then re-checks after one-line edits (ours only). */
async function bigFileRun(start, text, { edits = 0, timeoutMs = 120000 } = {}) {
  const s = await start();
  const uri = pathToFileURL(path.join(WORK, 'empty', 'big.yaml')).href;
  const first = s.until((p) => p.uri === uri, timeoutMs);
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const tFirst = await first;
  // One-line edits: a Service's targetPort toggled between a wrong and a right port (the warning comes and goes).
  const editTimes = [];
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => i > lines.length / 2 && l.includes('targetPort: 8080'));
  for (let k = 0; k < edits && Number.isFinite(tFirst) && line > 0; k++) {
    const value = k % 2 === 0 ? '9191' : '8080';
    const col = lines[line].indexOf('8080') >= 0 ? lines[line].indexOf('8080') : lines[line].indexOf('9191');
    const wait = s.until((p) => p.uri === uri, 10000);
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: k + 2 }, contentChanges: [{ range: { start: { line, character: col }, end: { line, character: col + 4 } }, text: value }] });
    editTimes.push(await wait);
  }
  const rss = rssOf(s.proc.pid);
  await s.stop();
  return { tFirst, editTimes, rss };
}

/**
 * All files of the 300-file workspace diagnosed, measured from the moment the files are opened (after `initialize`,
 * not from process start): both servers get the folder as workspace folder and a didOpen for every file, as an
 * editor restoring 300 tabs would send them.
 */
async function workspaceRun(start, { timeoutMs = 180000 } = {}) {
  const folder = path.join(WORK, 'ws300');
  const files = workspaceFiles(300);
  const uris = new Set(files.map((f) => pathToFileURL(path.join(folder, f.name)).href));
  const s = await start(folder);
  const t0 = performance.now();
  const done = s.until(() => [...uris].every((u) => s.published.has(u) && s.published.get(u).at >= t0), timeoutMs);
  for (const f of files) await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(path.join(folder, f.name)).href, languageId: 'yaml', version: 1, text: f.text } });
  const t = await done;
  const elapsed = Number.isFinite(t) ? performance.now() - t0 : NaN;
  await new Promise((r) => setTimeout(r, 300));
  const rss = rssOf(s.proc.pid);
  await s.stop();
  return { elapsed, rss };
}

/**
 * @monokle/validation with its Kubernetes-schema plugin. The plugin downloads `definitions.json` from Monokle's
 * servers; offline, a SchemaLoader serves the same Kubernetes 1.36 definitions that our server and
 * yaml-language-server use (schemas/k8s-1.36.json, `$ref`s rewritten to `#/definitions/…`).
 */
async function monokle(text, files) {
  let mod;
  try { mod = require('@monokle/validation'); } catch { return { note: 'non installé' }; }
  try {
    const src = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'k8s-1.36.json'), 'utf8'));
    const definitions = fixRefs(src.definitions);
    class OfflineSchemaLoader extends mod.SchemaLoader {
      async getFullSchema() { return { url: 'file://schemas/k8s-1.36.json', schema: { definitions } }; }
      async getResourceSchema() { return undefined; }
    }
    const v = new mod.MonokleValidator({
      loader: new mod.RemotePluginLoader(), parser: new mod.ResourceParser(), schemaLoader: new OfflineSchemaLoader(),
      suppressors: [], fixer: new mod.DisabledFixer(),
    });
    const tLoad = performance.now();
    await v.preload({ plugins: { 'yaml-syntax': true, 'resource-links': true, 'kubernetes-schema': true, 'open-policy-agent': false },
      settings: { 'kubernetes-schema': { schemaVersion: '1.36.3' } } });
    const load = performance.now() - tLoad;
    const extract = (fileName, t) => {
      const docs = require('yaml').parseAllDocuments(t);
      return docs.map((d, i) => { const obj = d.toJS() ?? {}; return { id: `${fileName}#${i}`, fileId: fileName, filePath: fileName, fileOffset: 0, text: String(d), content: obj, kind: obj.kind, apiVersion: obj.apiVersion, name: obj.metadata?.name ?? '', namespace: obj.metadata?.namespace }; });
    };
    // The schema plugin really validates: a Service with a misspelt field must be reported.
    const probe = await v.validate({ resources: extract('probe.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  portz: []\n') });
    const schemaWorks = JSON.stringify(probe).includes('K8S001');
    let t0 = performance.now();
    await v.validate({ resources: extract('big.yaml', text) });
    const big = performance.now() - t0;
    const wsRuns = [];
    for (let i = 0; i < RUNS; i++) {
      t0 = performance.now();
      await v.validate({ resources: files.flatMap((f) => extract(f.name, f.text)) });
      wsRuns.push(performance.now() - t0);
    }
    return { big, ws: median(wsRuns), note: `plugins yaml-syntax + resource-links + kubernetes-schema (schéma 1.36 hors ligne${schemaWorks ? ', vérifié sur un champ inconnu' : ' — ATTENTION : le champ inconnu de contrôle n’a pas été signalé'}) ; préchargement ${ms(load)} non compté` };
  } catch (err) {
    return { note: `échec : ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
}

/**
 * Hostile files, each opened alone in a fresh server: time until its diagnostics are published, then a hover must
 * still be answered (the server stays responsive). Target: each answered in < 1 s.
 */
function hostileFiles() {
  const nestedFlow = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: ${'['.repeat(20000)}\n`;
  let block = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nspec:\n';
  for (let i = 0; i < 2000; i++) block += `${' '.repeat(2 + i)}k${i}:\n`;
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) { const p = String.fromCharCode(96 + i); const c = String.fromCharCode(97 + i); laughs.push(`${c}: &${c} [${Array(9).fill('*' + p).join(',')}]`); }
  const bomb = `${laughs.join('\n')}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n`;
  const merges = ['base0: &m0 {a: 1}'];
  for (let i = 1; i < 40; i++) merges.push(`base${i}: &m${i}\n  <<: [*m${i - 1}${i > 1 ? `, *m${i - 2}` : ''}]\n  k${i}: ${i}`);
  const mergeChain = `${merges.join('\n')}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: merges\n`;
  const manyDocs = Array.from({ length: 5000 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`).join('---\n');
  const longLine = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: long\ndata:\n  a: ${'x'.repeat(2_000_000)}\n`;
  const junk = Array.from({ length: 200000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 90))).join('');
  return [
    ['imbrication [ ×20 000', nestedFlow], ['imbrication en blocs ×2 000', block], ['bombe d’alias (9⁹)', bomb],
    ['chaîne de 40 clés de fusion', mergeChain], ['5 000 documents', manyDocs], ['ligne de 2 Mo', longLine], ['texte aléatoire 200 Ko', junk],
  ];
}

async function hostileRun(name, text) {
  const s = await ours(path.join(WORK, 'empty'));
  const uri = pathToFileURL(path.join(WORK, 'empty', 'hostile.yaml')).href;
  const t0 = performance.now();
  const published = s.until((p) => p.uri === uri, 30000);
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const tPub = await published;
  const n = s.published.get(uri)?.n;
  const hover = await Promise.race([
    s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } }).then(() => performance.now() - t0, () => performance.now() - t0),
    new Promise((r) => setTimeout(() => r(NaN), 30000)),
  ]);
  await s.stop();
  return { name, size: text.length, tPub, hover, n };
}

async function main() {
  if (!existsSync(SERVER)) { console.error('dist/server.js absent : lancez `node esbuild.mjs`.'); process.exit(2); }
  const { big } = prepare();
  console.log(`Corpus : 1 fichier de 3000 ressources (${(big.length / 1024 / 1024).toFixed(2)} Mo) ; 300 fichiers (${workspaceFiles(300).reduce((n, f) => n + f.text.length, 0) / 1024 | 0} Ko).`);
  const { parseAllDocuments } = require('yaml');
  const parse = [];
  for (let i = 0; i < RUNS; i++) { const t0 = performance.now(); parseAllDocuments(big); parse.push(performance.now() - t0); }
  // The same parse in a fresh process, as the server meets the file (no JIT warm-up): shown for comparison.
  const coldParse = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, ['-e', `const t=require('fs').readFileSync(${JSON.stringify(path.join(WORK, 'big', 'big.yaml'))},'utf8');const y=require('yaml');const t0=performance.now();y.parseAllDocuments(t);console.log(performance.now()-t0)`], { cwd: ROOT, encoding: 'utf8' });
    coldParse.push(Number(out.trim()));
  }
  const oursBig = [];
  let editTimes = [];
  for (let i = 0; i < RUNS; i++) { const r = await bigFileRun(() => ours(path.join(WORK, 'empty')), big, { edits: i === 0 ? EDITS : 0 }); oursBig.push(r.tFirst); if (i === 0) editTimes = r.editTimes; }
  const peers = !process.env.BENCH_ONLY_OURS;
  const schemaUri = ylsBin && peers ? kubernetesSchema() : undefined;
  const ylsBig = [];
  if (ylsBin && peers) for (let i = 0; i < Math.min(RUNS, 2); i++) ylsBig.push((await bigFileRun(() => yls(path.join(WORK, 'empty'), schemaUri), big, { timeoutMs: 180000 })).tFirst);
  const medianRun = (runs) => ({ elapsed: median(runs.map((r) => r.elapsed)), rss: median(runs.map((r) => r.rss)) });
  const oursWsRuns = [];
  for (let i = 0; i < RUNS; i++) oursWsRuns.push(await workspaceRun(ours));
  const oursWs = medianRun(oursWsRuns);
  const ylsWsRuns = [];
  if (ylsBin && peers) for (let i = 0; i < RUNS; i++) ylsWsRuns.push(await workspaceRun((f) => yls(f, schemaUri)));
  const ylsWs = ylsWsRuns.length ? medianRun(ylsWsRuns) : { elapsed: NaN, rss: NaN };
  const mk = peers ? await monokle(big, workspaceFiles(300)) : { note: 'non mesuré (BENCH_ONLY_OURS)' };

  const hostile = [];
  for (const [name, text] of hostileFiles()) hostile.push(await hostileRun(name, text));

  const p = median(parse);
  const pc = median(coldParse);
  const ob = median(oursBig);
  const yb = median(ylsBig);
  const e = median(editTimes);
  const e90 = [...editTimes].sort((a, b) => a - b)[Math.floor(editTimes.length * 0.9)] ?? NaN;
  console.log(`\nMédianes de ${RUNS} passages (yaml-language-server sur le gros fichier : 2) ; serveurs démarrés à neuf à chaque passage ; 300 fichiers mesurés à partir de leur ouverture (après initialize).`);
  console.log('\n| mesure | kube-apprenti | yaml (parse seul) | yaml-language-server | @monokle/validation |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(`| gros fichier : premiers diagnostics | ${ms(ob)} | ${ms(p)} (à froid : ${ms(pc)}) | ${ms(yb)} | ${ms(mk.big)} |`);
  console.log(`| 300 fichiers : tous diagnostiqués | ${ms(oursWs.elapsed)} | — | ${ms(ylsWs.elapsed)} | ${ms(mk.ws)} |`);
  console.log(`| mémoire du serveur (300 fichiers, RSS) | ${oursWs.rss.toFixed(0)} Mo | — | ${Number.isFinite(ylsWs.rss) ? ylsWs.rss.toFixed(0) + ' Mo' : 'n/a'} | — |`);
  console.log(`| re-vérification après une ligne modifiée (médiane / p90 sur ${editTimes.length}) | ${ms(e)} / ${ms(e90)} | — | — | — |`);
  console.log('\nFichiers hostiles (chacun seul, serveur neuf) :\n\n| fichier | taille | diagnostics publiés | survol répondu | diagnostics |\n| --- | --- | --- | --- | --- |');
  for (const h of hostile) console.log(`| ${h.name} | ${(h.size / 1024).toFixed(0)} Ko | ${ms(h.tPub)} | ${ms(h.hover)} | ${h.n ?? 'aucun'} |`);

  // Targets (issue: trust): each compared with a peer measured in this same run.
  const targets = [
    ['300 fichiers : ≥ 5× plus rapide que yaml-language-server', oursWs.elapsed * 5 <= ylsWs.elapsed, ratio(oursWs.elapsed, ylsWs.elapsed)],
    ['300 fichiers : plus rapide que @monokle/validation (avec schémas)', oursWs.elapsed < mk.ws, ratio(oursWs.elapsed, mk.ws)],
    ['gros fichier : au plus le parse `yaml` à froid du même texte', ob <= pc, `${ratio(pc, ob)} (kube-apprenti / parse à froid = ${(ob / pc).toFixed(2)})`],
    ['gros fichier : ≥ 3× plus rapide que yaml-language-server', ob * 3 <= yb, ratio(ob, yb)],
    ['une ligne modifiée : p90 < 30 ms', e90 < 30, ms(e90)],
    ['mémoire (300 fichiers) < 150 Mo', oursWs.rss < 150, `${oursWs.rss.toFixed(0)} Mo`],
    ...hostile.map((h) => [`fichier hostile « ${h.name} » : diagnostics et survol < 1 s`, h.tPub < 1000 && h.hover < 1000, `${ms(h.tPub)} / ${ms(h.hover)}`]),
  ];
  console.log('\nObjectifs (ratios mesurés dans ce même passage) :');
  for (const [what, ok, value] of targets) console.log(`  ${ok ? '✔' : '✘'} ${what} : ${value}`);
  if (mk.note) console.log(`  @monokle/validation : ${mk.note}`);
  if (!ylsBin) console.log('  yaml-language-server : non installé (npm i -D yaml-language-server)');
  console.log(`  charge de la machine pendant la mesure : ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  // With BENCH_ONLY_OURS (no peer measured), only the targets that do not compare with a peer count.
  const counted = peers ? targets : targets.filter(([what]) => what.startsWith('fichier hostile'));
  finishTargets(counted.map(([what, ok, value]) => ({ what, ok, value })));
}

main().catch((err) => { console.error(err); process.exit(1); });
