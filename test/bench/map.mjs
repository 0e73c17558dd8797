// Benchmark of the application map (npm run bench map) on a 300-object namespace (20 applications of 15 objects:
// Ingress, Service, Deployment, ReplicaSet, 3 Pods, ConfigMap, Secret, PVC, ServiceAccount, HPA, PDB, NetworkPolicy,
// RoleBinding; 2 applications broken), half of them in workspace files, all of them live:
//   model   = read the files' objects (yaml, with lines) + build the graph with the live objects (core/map)
//   svg     = layout + SVG/HTML string of the webview (webviews/map/render.ts)
//   webview = the real bundle dist/webviews/map.js in headless Chromium: message received → innerHTML → layout done
// Budget (issue 15): model + render < 1 s. Peer measured in the same run: `yaml` parsing the same manifests alone,
// the unavoidable cost of reading them.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishTargets } from './_targets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const tsx = require('tsx/cjs/api');
const load = (p) => tsx.require(path.join(ROOT, p), import.meta.url);
const { buildMap, fileObjects } = load('core/map/index.ts');
const { renderMap } = load('webviews/map/render.ts');
const { parseAllDocuments } = require('yaml');

const APPS = Number(process.env.BENCH_MAP_APPS ?? 20);
const ROUNDS = 30;
const NS = 'bench';
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const now = () => process.hrtime.bigint();
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };

/** The workspace half (YAML text) and the live half (objects as the API returns them) of one application. */
function app(i) {
  const n = `app${i}`;
  const broken = i % 10 === 3;
  const labels = { app: n };
  const objects = [
    { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: n }, spec: { rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: n, port: { number: broken ? 8080 : 80 } } } }] } }] } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: n }, spec: { selector: broken ? { app: `${n}-x` } : labels, ports: [{ port: 80, targetPort: 'http' }] } },
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: n, uid: `${n}-d` }, spec: { replicas: 3, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: {
      serviceAccountName: n, volumes: [{ name: 'data', persistentVolumeClaim: { claimName: n } }, { name: 'cfg', configMap: { name: n, items: [{ key: 'banner', path: 'b' }] } }],
      containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 8080 }], env: [
        { name: 'MODE', valueFrom: { configMapKeyRef: { name: n, key: broken ? 'mod' : 'mode' } } },
        { name: 'PW', valueFrom: { secretKeyRef: { name: n, key: 'password' } } }], envFrom: [{ secretRef: { name: n } }] }] } } } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: n }, data: { mode: 'prod', banner: 'hello' } },
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: n }, data: { password: 'eA==' } },
    { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: n }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: n } },
    { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: n }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: n }, maxReplicas: 5 } },
    { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: n }, spec: { minAvailable: 1, selector: { matchLabels: labels } } },
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: n }, spec: { podSelector: { matchLabels: labels } } },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: n }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'reader' }, subjects: [{ kind: 'ServiceAccount', name: n }] },
  ];
  const rs = { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: `${n}-7d9`, ownerReferences: [{ kind: 'Deployment', name: n, controller: true }] }, spec: { replicas: 3 } };
  const pods = [0, 1, 2].map((p) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `${n}-7d9-${p}`, labels, ownerReferences: [{ kind: 'ReplicaSet', name: rs.metadata.name, controller: true }] },
    spec: objects[2].spec.template.spec, status: { phase: 'Running' } }));
  const live = [...objects, rs, ...pods].map((o) => ({ ...o, metadata: { ...o.metadata, namespace: NS } }));
  // Half the objects are in the workspace: everything but the ServiceAccount, HPA, PDB and NetworkPolicy of odd apps.
  const inFiles = objects.filter((o, k) => i % 2 === 0 || k < 7);
  const yaml = inFiles.map((o) => JSON.stringify(o, null, 2)).join('\n---\n'); // JSON is YAML: same parser path
  return { yaml, live };
}

const apps = Array.from({ length: APPS }, (_, i) => app(i));
const live = [...apps.flatMap((a) => a.live), { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'reader', namespace: NS }, rules: [] }];
const texts = apps.map((a, i) => ({ text: a.yaml, uri: `file:///ws/app${i}.yaml`, label: `app${i}.yaml` }));

const model = () => buildMap({ namespace: NS, files: texts.flatMap((t) => fileObjects(t.text, t.uri, t.label)), live }, 'fr');
// warm-up
for (let i = 0; i < 5; i++) renderMap(model(), 'fr');
const tParse = [], tModel = [], tSvg = [];
let graph, html;
for (let r = 0; r < ROUNDS; r++) {
  let t0 = now();
  for (const t of texts) parseAllDocuments(t.text).forEach((d) => d.toJS());
  tParse.push(ms(t0));
  t0 = now();
  graph = model();
  tModel.push(ms(t0));
  t0 = now();
  html = renderMap(graph, 'fr');
  tSvg.push(ms(t0));
}
const broken = graph.edges.filter((e) => e.broken).length;
if (graph.nodes.length < 300 || broken < 4) throw new Error(`unexpected graph: ${graph.nodes.length} nodes, ${broken} broken edges`);

/** The real webview bundle in headless Chromium: the host's message → drawn and laid out. */
async function webview() {
  const bundle = path.join(ROOT, 'dist/webviews/map.js');
  if (process.env.BENCH_MAP_BROWSER === '0' || !existsSync(bundle) || !existsSync('/usr/bin/chromium')) return undefined;
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS } = await import(path.join(ROOT, 'test/harness/codeServer.mjs'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.setContent('<!DOCTYPE html><html><body><main id="app" data-ready="false"></main></body></html>');
    await page.evaluate(() => { window.acquireVsCodeApi = () => ({ postMessage() {} }); });
    await page.addScriptTag({ content: readFileSync(bundle, 'utf8') });
    const times = [];
    for (let r = 0; r < 12; r++) {
      times.push(await page.evaluate((g) => new Promise((resolve) => {
        const t0 = performance.now();
        window.addEventListener('message', () => {
          document.querySelector('svg.map')?.getBoundingClientRect(); // forces style and layout
          resolve(performance.now() - t0);
        }, { once: true });
        window.postMessage({ type: 'graph', graph: g, lang: 'fr', updated: String(Date.now()) }, '*');
      }), graph));
    }
    const nodes = await page.locator('g.node').count();
    if (nodes !== graph.nodes.length) throw new Error(`webview drew ${nodes} nodes of ${graph.nodes.length}`);
    return median(times.slice(2));
  } finally {
    await browser.close();
  }
}
const tView = await webview();

const mParse = median(tParse), mModel = median(tModel), mSvg = median(tSvg);
const total = mModel + mSvg + (tView ?? 0);
console.log(`Carte de l’application : ${graph.nodes.length} objets, ${graph.edges.length} liens dont ${broken} cassés, HTML ${(html.length / 1024).toFixed(0)} Kio (médianes sur ${ROUNDS} tours)`);
console.log('| étape | médiane (ms) | rapport au yaml seul |');
console.log('| --- | ---: | ---: |');
console.log(`| yaml seul (pair : lecture des ${texts.length} fichiers) | ${mParse.toFixed(1)} | 1,0 |`);
console.log(`| modèle (fichiers lus + graphe) | ${mModel.toFixed(1)} | ${(mModel / mParse).toFixed(1).replace('.', ',')} |`);
console.log(`| SVG (disposition + chaîne) | ${mSvg.toFixed(1)} | ${(mSvg / mParse).toFixed(1).replace('.', ',')} |`);
console.log(`| vue web (Chromium : innerHTML + mise en page) | ${tView === undefined ? 'non mesuré (pas de Chromium)' : tView.toFixed(1)} | ${tView === undefined ? '—' : (tView / mParse).toFixed(1).replace('.', ',')} |`);
console.log(`| total modèle + rendu | ${total.toFixed(1)} | budget 1 000 ms : ${total < 1000 ? 'tenu' : 'DÉPASSÉ'} |`);
finishTargets([{ what: 'carte : total modèle + rendu', ok: total < 1000, value: `${total.toFixed(1)} ms`, target: '< 1 000 ms' }]);
