// Benchmark of the schema engine (npm run bench schema): loading the 1.36 schemas, and validating a 3,000-resource
// file (1,000 Deployments, Services and ConfigMaps) — compared with parsing alone (the floor) and with the whole
// rule set; then the same file through the built language server (didOpen → diagnostics, then a hover).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const tsx = require('tsx/cjs/api');
const load = (p) => tsx.require(path.join(ROOT, p), import.meta.url);

function manifest(n) {
  const docs = [];
  for (let i = 0; i < n / 3; i++) {
    docs.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  labels:\n    app: app-${i}\nspec:\n  replicas: ${i % 7 === 0 ? '"2"' : 2}\n  selector:\n    matchLabels:\n      app: app-${i}\n  template:\n    metadata:\n      labels:\n        app: app-${i}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - containerPort: 8080\n          resources:\n            requests:\n              cpu: 100m\n              memory: ${i % 11 === 0 ? '128MB' : '128Mi'}\n          env:\n            - name: PORT\n              value: "8080"`);
    docs.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: app-${i}\nspec:\n  type: ${i % 13 === 0 ? 'clusterIP' : 'ClusterIP'}\n  selector:\n    app: app-${i}\n  ports:\n    - port: 80\n      targetPort: 8080`);
    docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-${i}-config\ndata:\n  TITLE: "App ${i}"\n  LEVEL: info`);
  }
  return docs.join('\n---\n') + '\n';
}

function time(fn) {
  const t0 = process.hrtime.bigint();
  const r = fn();
  return [Number(process.hrtime.bigint() - t0) / 1e6, r];
}

const text = manifest(3000);
const uri = 'file:///bench/big.yaml';

// 1. Schema loading (cold: first require of the JSON + index building).
const catalog = load('core/analysis/schema/catalog.ts');
const [loadMs, schemas] = time(() => catalog.getK8sSchemas('1.36'));
const [kindsMs] = time(() => schemas.apiVersionsOf('Deployment'));
const [parseJsonMs] = time(() => JSON.parse(readFileSync(path.join(ROOT, 'schemas/k8s-1.36.json'), 'utf8')));

// 2. Parse only (the floor), schema rule alone, every rule.
const { ManifestWorkspace } = load('core/analysis/index/workspace.ts');
const { Analyzer } = load('core/analysis/engine.ts');
const { schemaValidation } = load('core/analysis/rules/schema-validation.ts');
const { rules } = load('core/analysis/rules/registry.ts');
const runs = {};
for (const [name, ruleSet] of [['parse only', []], ['schema rule', [schemaValidation]], ['all rules', rules]]) {
  const best = [];
  let count = 0;
  for (let i = 0; i < 3; i++) {
    globalThis.gc?.();
    const ws = new ManifestWorkspace();
    const [ms] = time(() => {
      ws.setFile(uri, text);
      count = new Analyzer(ws, ruleSet).findingsFor(uri).length;
    });
    best.push(ms);
  }
  runs[name] = { ms: Math.min(...best), count };
}

// 2b. The validator alone, on the already parsed objects (no parsing noise).
const { validateResource } = load('core/analysis/schema/resource.ts');
const wsv = new ManifestWorkspace();
wsv.setFile(uri, text);
const objects = wsv.resourcesOf(uri);
let issues = 0;
const passes = [];
for (let i = 0; i < 5; i++) {
  const [ms] = time(() => { issues = 0; for (const r of objects) issues += validateResource(r.node, schemas, r.doc.text).issues.length; });
  passes.push(ms);
}

console.log(`Schémas 1.36 : require + construction ${loadMs.toFixed(1)} ms (JSON.parse seul : ${parseJsonMs.toFixed(1)} ms ; index des kinds : ${kindsMs.toFixed(1)} ms)`);
console.log(`Fichier de 3 000 ressources (${(text.length / 1024).toFixed(0)} Kio), meilleur de 3 :`);
const floor = runs['parse only'].ms;
for (const [name, r] of Object.entries(runs)) {
  console.log(`  ${name.padEnd(12)} ${r.ms.toFixed(0).padStart(6)} ms   ×${(r.ms / floor).toFixed(2)} du parsing seul   ${r.count} diagnostics`);
}
console.log(`  validateur seul (objets déjà lus, ${objects.length} objets, ${issues} problèmes) : 1er passage ${passes[0].toFixed(0)} ms, meilleur ${Math.min(...passes).toFixed(0)} ms (${(Math.min(...passes) / objects.length * 1000).toFixed(0)} µs par ressource)`);

// 3. Through the language server: initialize, didOpen → publishDiagnostics, hover.
const server = path.join(ROOT, 'dist/server.js');
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
const dir = mkdtempSync(path.join(tmpdir(), 'ka-bench-'));
const file = path.join(dir, 'big.yaml');
writeFileSync(file, text);
const proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
let diagnosed;
const gotDiagnostics = new Promise((resolve) => { diagnosed = resolve; });
conn.onNotification('textDocument/publishDiagnostics', (p) => { if (p.uri === pathToFileURL(file).href && p.diagnostics.length) diagnosed(p.diagnostics.length); });
conn.onRequest(() => null);
conn.listen();
const t0 = performance.now();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: {} });
const initMs = performance.now() - t0;
conn.sendNotification('initialized', {});
const t1 = performance.now();
conn.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(file).href, languageId: 'yaml', version: 1, text } });
const n = await gotDiagnostics;
const diagMs = performance.now() - t1;
const t2 = performance.now();
await conn.sendRequest('textDocument/hover', { textDocument: { uri: pathToFileURL(file).href }, position: { line: 4000, character: 4 } });
const hoverMs = performance.now() - t2;
console.log(`Serveur (dist/server.js) : initialize ${initMs.toFixed(0)} ms ; didOpen → ${n} diagnostics publiés en ${diagMs.toFixed(0)} ms ; survol ${hoverMs.toFixed(1)} ms`);
await conn.sendRequest('shutdown');
conn.sendNotification('exit');
conn.dispose();
proc.kill();
rmSync(dir, { recursive: true, force: true });
