// Benchmark of the live cluster tree (npm run bench tree) on the local cluster with 2,000 pods in one namespace,
// side by side with `kubectl get pods -w` as the reference client:
//   first render  = open the connection, RBAC review, list+watch, compute the Pods and Deployments folders (2,000 items)
//   refresh       = a pod changes on the server → our watch event → debounced notification → folder recomputed
//   memory        = growth of this process (RSS and heap) once the 2,000 pods are cached and rendered, vs kubectl -w's RSS
// The pods run on a temporary tainted KWOK node (capacity 2,500) so other suites' pods never land there.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishTargets } from './_targets.mjs';
import { ADMIN, KUBECTL, kubectl } from './_cluster.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const tsx = require('tsx/cjs/api');
const load = (p) => tsx.require(path.join(ROOT, p), import.meta.url);
const PODS = Number(process.env.BENCH_TREE_PODS ?? 2000);
const ROUNDS = 20;
const NODE = 'kwok-bench-tree';
// BENCH_TREE_NS=<ns> keeps the namespace and its pods for the next run (no cleanup; setup only if missing) while tuning;
// remove it afterwards with `kubectl delete ns <ns>` then `kubectl delete node kwok-bench-tree`.
const KEEP = process.env.BENCH_TREE_NS;
const NS = KEEP || `bench-tree-${process.pid}`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const now = () => process.hrtime.bigint();
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const p95 = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const mb = (b) => (b / 1024 / 1024).toFixed(1);
const rssOf = (pid) => { try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024; } catch { return NaN; } };
const gc = () => { if (global.gc) { global.gc(); global.gc(); } };

async function setup() {
  kubectl(['apply', '-f', '-'], `apiVersion: v1
kind: Node
metadata:
  name: ${NODE}
  annotations: {kwok.x-k8s.io/node: fake}
  labels: {kubernetes.io/hostname: ${NODE}, type: kwok}
spec:
  taints: [{key: kube-apprenti.io/bench, value: "true", effect: NoSchedule}]
status:
  allocatable: {cpu: "1000", memory: 4Ti, pods: "2500"}
  capacity: {cpu: "1000", memory: 4Ti, pods: "2500"}
`);
  kubectl(['create', 'namespace', NS]);
  for (let i = 0; i < 120 && !kubectl(['get', 'sa', '-n', NS, '-o', 'name']).includes('default'); i++) await sleep(250);
  kubectl(['apply', '-n', NS, '-f', '-'], `apiVersion: apps/v1
kind: Deployment
metadata: {name: charge}
spec:
  replicas: ${PODS}
  selector: {matchLabels: {app: charge}}
  template:
    metadata: {labels: {app: charge}}
    spec:
      nodeSelector: {kubernetes.io/hostname: ${NODE}}
      tolerations: [{key: kube-apprenti.io/bench, operator: Exists}]
      containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80}]}]
`);
  const t0 = Date.now();
  for (;;) {
    const running = kubectl(['get', 'pods', '-n', NS, '--field-selector=status.phase=Running', '-o', 'name']).split('\n').filter(Boolean).length;
    if (running >= PODS) break;
    if (Date.now() - t0 > 15 * 60_000) throw new Error(`only ${running}/${PODS} pods Running after 15 min`);
    await sleep(2000);
  }
  return (Date.now() - t0) / 1000;
}

async function cleanup() {
  if (KEEP) return;
  // pods must be gone before their (fake) node, or they stay Terminating forever
  spawnSync(KUBECTL, ['--kubeconfig', ADMIN, 'delete', 'namespace', NS, '--wait=false'], { stdio: 'ignore' });
  for (let i = 0; i < 600; i++) {
    const r = spawnSync(KUBECTL, ['--kubeconfig', ADMIN, 'get', 'pods', '-n', NS, '-o', 'name'], { encoding: 'utf8' });
    if (r.status !== 0 || !r.stdout.trim()) break;
    await sleep(1000);
  }
  spawnSync(KUBECTL, ['--kubeconfig', ADMIN, 'delete', 'node', NODE, '--wait=false'], { stdio: 'ignore' });
}

async function main() {
  process.stdout.write(`Préparation : ${PODS} Pods dans ${NS}… `);
  const exists = KEEP && spawnSync(KUBECTL, ['--kubeconfig', ADMIN, 'get', 'namespace', NS], { stdio: 'ignore' }).status === 0;
  const setupS = exists ? 0 : await setup();
  console.log(`prêts en ${setupS.toFixed(0)} s`);

  const { ClusterSession } = load('client/src/connection/session.ts');
  const { childrenOf } = load('client/src/tree/model/index.ts');
  const { expandNode } = load('client/src/tree/expand.ts');
  const { sessionEnv } = load('client/src/tree/sessionEnv.ts');
  const { HubStore } = load('client/src/tree/hubStore.ts');

  // Reference client: kubectl get pods -w (its own list + watch), started first so it is warm.
  const kw = spawn(KUBECTL, ['--kubeconfig', ADMIN, 'get', 'pods', '-n', NS, '-w', '-o', 'name'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const kwSeen = new Map();
  let kwLines = 0;
  let buf = '';
  kw.stdout.on('data', (d) => {
    buf += d.toString();
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i); buf = buf.slice(i + 1); kwLines++;
      const m = /^pod\/(\S+)/.exec(line);
      if (m && !kwSeen.has(m[1])) kwSeen.set(m[1], now());
    }
  });
  while (kwLines < PODS) await sleep(50);
  gc();
  const base = process.memoryUsage();

  /** Opens a session and walks the tree like VS Code with the default expansion (Deployments and Pods folders). */
  const openTree = (awaitRights) => async () => {
    const t0 = now();
    const s = ClusterSession.open({ kubeconfig: ADMIN, namespace: NS }, { hub: { debounceMs: 30, maxWaitMs: 200 } });
    let tAccess = NaN;
    const rights = s.refreshAccess().then(() => { tAccess = ms(t0); });
    if (awaitRights) await rights; // VS Code connected at activation (status bar), the view opens later
    const tv = now();
    const store = new HubStore(() => s.hub);
    const env = () => sessionEnv(s, { lang: 'fr', store });
    const expand = async (node) => (await expandNode(s, env, node, 60_000)).children;
    const [cluster] = await expand();
    const namespace = (await expand(cluster)).find((n) => n.label === NS);
    const folders = await expand((await expand(namespace)).find((n) => n.group === 'workloads'));
    const depFolder = folders.find((f) => f.folder === 'deployments');
    const podFolder = folders.find((f) => f.folder === 'pods');
    const deps = await expand(depFolder);
    const firstPods = await expand(podFolder);
    const tItems = ms(t0);
    const tView = ms(tv);
    const shownFirst = firstPods.filter((n) => n.kind === 'object').length;
    // then the rest of the list arrives (progressive first list)
    await s.hub.get({ resource: 'pods', namespace: NS }).whenSynced(120_000);
    const pods = childrenOf(env(), podFolder);
    const tFull = ms(tv);
    const tFullCold = ms(t0);
    if (pods.length !== PODS) throw new Error(`tree shows ${pods.length} pods, expected ${PODS}`);
    await rights;
    const withActions = childrenOf(env(), podFolder);
    const tComplete = ms(t0);
    if (!/can-delete/.test(withActions[0].contextValue)) throw new Error(`no actions after the RBAC review: ${withActions[0].contextValue}`);
    return { s, env, podFolder, deps, pods, tItems, tView, tAccess, tComplete, shownFirst, tFull, tFullCold };
  };

  const cold = await openTree(false)();
  cold.s.dispose();
  const warm = await openTree(true)();
  const { s, env, podFolder, pods } = warm;
  const tM = now();
  childrenOf(env(), podFolder);
  const tModel = ms(tM);
  // the same folder under another parent id: no memoised node can be reused (what the first display costs)
  const tC = now();
  childrenOf(env(), { ...podFolder, id: `${podFolder.id}-sans-memo` });
  const tModelCold = ms(tC);
  const tT = now();
  for (const p of pods) p.tooltip?.();
  const tTooltips = ms(tT);

  // Refresh: patch one pod per round; time to our event, our re-rendered folder, and kubectl -w's line.
  const podInformer = s.hub.get({ resource: 'pods', namespace: NS });
  const names = pods.map((p) => p.label);
  const ours = [];
  const oursRendered = [];
  const compute = [];
  const theirs = [];
  for (let r = 0; r < ROUNDS; r++) {
    const name = names[(r * 97) % names.length];
    const value = `${process.pid}-r${r}`;
    const seen = new Promise((resolve) => {
      const off = podInformer.onChange((c) => { if (c.obj?.metadata.name === name && c.obj.metadata.annotations?.bench === value) { off(); resolve(now()); } });
    });
    const rendered = new Promise((resolve) => {
      const off = s.hub.onDidChange((keys) => {
        if (!keys.has(`pods|${NS}`) || podInformer.store.get(`${NS}/${name}`)?.metadata.annotations?.bench !== value) return;
        const tc = now();
        const kids = childrenOf(env(), podFolder);
        const t = now();
        if (kids.length === PODS) { off(); compute.push(Number(t - tc) / 1e6); resolve(t); }
      });
    });
    kwSeen.delete(name);
    const ts = now();
    await s.gateway.request({ method: 'PATCH', path: `/api/v1/namespaces/${NS}/pods/${name}`, body: { metadata: { annotations: { bench: value } } }, contentType: 'application/merge-patch+json' });
    const [te, tr] = await Promise.all([seen, rendered]);
    for (let i = 0; i < 400 && !kwSeen.has(name); i++) await sleep(5);
    ours.push(Number(te - ts) / 1e6);
    oursRendered.push(Number(tr - ts) / 1e6);
    theirs.push(kwSeen.has(name) ? Number(kwSeen.get(name) - ts) / 1e6 : NaN);
    await sleep(50);
  }

  gc();
  const after = process.memoryUsage();
  const kwRss = rssOf(kw.pid);
  // Reference for a first display: `kubectl get pods` (new process, config, TLS, list, print).
  const kg = [];
  for (let i = 0; i < 3; i++) { const t = now(); kubectl(['get', 'pods', '-n', NS]); kg.push(ms(t)); }

  // Floor: the raw list of the pods (one request, JSON.parse), without any of our code.
  const { ClusterGateway } = load('core/cluster/gateway.ts');
  const gwRaw = ClusterGateway.connect({ kubeconfig: ADMIN });
  await gwRaw.request({ method: 'GET', path: '/version' });
  const raw = [];
  for (let i = 0; i < 3; i++) { const t = now(); await gwRaw.request({ method: 'GET', path: `/api/v1/namespaces/${NS}/pods` }); raw.push(ms(t)); }


  kw.kill();
  s.dispose();

  const refresh = oursRendered.map((x, i) => x - ours[i]);
  const targets = [];
  const line = (label, value, target = '', ok) => {
    if (ok !== undefined) targets.push({ what: label.trim(), ok, value, target });
    console.log(`${label.padEnd(66)} ${value.padStart(16)}   ${target.padEnd(10)} ${ok === undefined ? '' : ok ? 'OK' : 'DÉPASSÉ'}`);
  };
  console.log(`\nArbre du cluster, ${PODS} Pods dans un namespace (Node ${process.version}, charge machine ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}, ${ROUNDS} rafraîchissements)`);
  line('mesure', 'valeur', 'objectif');
  line(`premier affichage, vue ouverte (VS Code connecté) : ${warm.shownFirst} Pods`, `${warm.tView.toFixed(0)} ms`, '< 1000 ms', warm.tView < 1000);
  line(`  liste complète des ${PODS} Pods affichée`, `${warm.tFull.toFixed(0)} ms`, '');
  line(`premier affichage à froid (connexion TLS comprise) : ${cold.shownFirst} Pods`, `${cold.tItems.toFixed(0)} ms`, '< 1000 ms', cold.tItems < 1000);
  line(`  liste complète des ${PODS} Pods affichée, à froid`, `${cold.tFullCold.toFixed(0)} ms`, '');
  line('  revue RBAC, en parallèle (menus complets à)', `${cold.tAccess.toFixed(0)} ms (${cold.tComplete.toFixed(0)} ms)`, '');
  line('  référence : kubectl get pods (nouveau processus, médiane)', `${median(kg).toFixed(0)} ms`, '');
  line('  plancher : list brut des Pods en une requête, connexion ouverte', `${median(raw).toFixed(0)} ms`, '');
  line(`  calcul du dossier Pods seul (${PODS} éléments), premier calcul`, `${tModelCold.toFixed(1)} ms`, '');
  line(`  calcul du dossier Pods seul, nœuds inchangés réutilisés`, `${tModel.toFixed(1)} ms`, '');
  line(`  infobulles des ${PODS} Pods (calculées à la demande)`, `${tTooltips.toFixed(0)} ms`, '');
  line('rafraîchissement : événement reçu → dossier recalculé (médiane)', `${median(refresh).toFixed(1)} ms`, '< 100 ms', median(refresh) < 100);
  line('  p95', `${p95(refresh).toFixed(1)} ms`, '');
  line('  dont recalcul du dossier Pods seul (médiane / p95)', `${median(compute).toFixed(1)} / ${p95(compute).toFixed(1)} ms`, '');
  line('modification → événement reçu, Kube Apprenti (méd. / p95)', `${median(ours).toFixed(0)} / ${p95(ours).toFixed(0)} ms`, '');
  line('modification → ligne affichée, kubectl get pods -w (méd. / p95)', `${median(theirs).toFixed(0)} / ${p95(theirs).toFixed(0)} ms`, 'référence');
  line('modification → dossier recalculé, Kube Apprenti (méd. / p95)', `${median(oursRendered).toFixed(0)} / ${p95(oursRendered).toFixed(0)} ms`, '');
  line('mémoire : croissance du RSS (Pods en cache et affichés)', `${mb(after.rss - base.rss)} Mo`, '< 150 Mo', after.rss - base.rss < 150 * 1024 * 1024);
  line('mémoire : croissance du tas JS (après GC)', `${mb(after.heapUsed - base.heapUsed)} Mo`, '');
  line('mémoire : RSS de kubectl get pods -w (référence)', `${mb(kwRss)} Mo`, 'référence');
  console.log(`(préparation du cluster : ${setupS.toFixed(0)} s ; ${warm.deps.length} Deployment, ${pods.length} Pods dans l'arbre ; watches : ${s.hub.all().map((a) => a.key).join(', ') || 'arrêtés'})`);
  finishTargets(targets);
}

main().then(async () => { await cleanup(); process.exit(process.exitCode ?? 0); }, async (err) => { console.error(err); await cleanup(); process.exit(1); });
