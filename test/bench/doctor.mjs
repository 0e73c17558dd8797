// Benchmark of the doctor (npm run bench doctor) on the local cluster: one namespace of about 300 objects (30 healthy
// applications: ConfigMap, Secret, Deployment of 3 replicas, Service, Ingress, created by server-side apply, plus
// their ReplicaSets, Pods on a KWOK node and EndpointSlices), the whole chain from an Ingress:
//   warm      = the editor's case: the watches of the namespace are synced (tree open), read the cache, diagnose
//   lists     = the same with fresh lists (what the editor falls back to for kinds nobody watches), connection open
//   CLI       = `kube-apprenti doctor ing/…` as a new process (lists, TLS connection and Node start included)
//   kubectl   = the chain of `kubectl get`/`describe` a student runs to follow the same path (reference)
import { spawnSync } from 'node:child_process';
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
const APPS = 30;
const REPLICAS = 3;
const ROUNDS = 30;
const NODE = 'kwok-bench-doctor';
const NS = `bench-doctor-${process.pid}`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => process.hrtime.bigint();
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const p95 = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };

const { ClusterGateway } = load('core/cluster/gateway.ts');
const { ClusterSession } = load('client/src/connection/session.ts');
const { diagnose } = load('core/doctor/index.ts');
const { readDoctorView } = load('core/doctor/readView.ts');
const { hubCache, warmDoctorWatches } = load('core/doctor/cache.ts');

const appObjects = (i) => {
  const name = `app-${String(i).padStart(2, '0')}`;
  const labels = { app: name };
  return [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${name}-config` }, data: { mode: 'prod' } },
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: `${name}-secret` }, stringData: { password: 'bench' } },
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name }, spec: {
      replicas: REPLICAS, selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: {
        nodeSelector: { 'kubernetes.io/hostname': NODE },
        tolerations: [{ key: 'kube-apprenti.io/bench', operator: 'Exists', effect: 'NoSchedule' }],
        containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80 }],
          env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: `${name}-config`, key: 'mode' } } },
            { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: `${name}-secret`, key: 'password' } } }] }] } } } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } },
    { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name }, spec: { rules: [{ host: `${name}.local`, http: { paths: [
      { path: '/', pathType: 'Prefix', backend: { service: { name, port: { number: 80 } } } }] } }] } },
  ];
};

async function setup(gw) {
  await gw.apply({ apiVersion: 'v1', kind: 'Node', name: NODE }, {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name: NODE, annotations: { 'kwok.x-k8s.io/node': 'fake' }, labels: { 'kubernetes.io/hostname': NODE, type: 'kwok' } },
    spec: { taints: [{ key: 'kube-apprenti.io/bench', value: 'true', effect: 'NoSchedule' }] },
  });
  await gw.request({ method: 'PATCH', path: `/api/v1/nodes/${NODE}/status`, contentType: 'application/merge-patch+json',
    body: { status: { allocatable: { cpu: '1000', memory: '4Ti', pods: '500' }, capacity: { cpu: '1000', memory: '4Ti', pods: '500' } } } });
  await gw.apply({ apiVersion: 'v1', kind: 'Namespace', name: NS }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
  for (let i = 0; i < 120 && !(await gw.getOrNull({ apiVersion: 'v1', kind: 'ServiceAccount', name: 'default', namespace: NS })); i++) await sleep(250);
  const objs = Array.from({ length: APPS }, (_, i) => appObjects(i)).flat();
  // server-side apply, 10 at a time
  for (let i = 0; i < objs.length; i += 10) {
    await Promise.all(objs.slice(i, i + 10).map((o) => gw.apply({ apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name, namespace: NS }, o)));
  }
}

async function cleanup() {
  // pods must be gone before their (fake) node, or they stay Terminating forever
  spawnSync(KUBECTL, ['--kubeconfig', ADMIN, 'delete', 'namespace', NS, '--wait=false'], { stdio: 'ignore' });
  for (let i = 0; i < 300; i++) {
    const r = spawnSync(KUBECTL, ['--kubeconfig', ADMIN, 'get', 'pods', '-n', NS, '-o', 'name'], { encoding: 'utf8' });
    if (r.status !== 0 || !r.stdout.trim()) break;
    await sleep(1000);
  }
  spawnSync(KUBECTL, ['--kubeconfig', ADMIN, 'delete', 'node', NODE, '--wait=false'], { stdio: 'ignore' });
}

/** The chain a student follows by hand for the same Ingress (learnk8s' flowchart, one kubectl per link). */
function kubectlChain(name) {
  const n = ['-n', NS];
  kubectl(['get', 'ingress', name, ...n, '-o', 'yaml']);
  kubectl(['get', 'service', name, ...n, '-o', 'yaml']);
  kubectl(['get', 'endpointslices', '-l', `kubernetes.io/service-name=${name}`, ...n]);
  const pods = kubectl(['get', 'pods', '-l', `app=${name}`, ...n, '-o', 'name']).trim().split('\n');
  kubectl(['get', 'deployment', name, ...n]);
  kubectl(['get', 'replicasets', '-l', `app=${name}`, ...n]);
  kubectl(['describe', pods[0], ...n]);
  kubectl(['get', 'configmap', `${name}-config`, ...n, '-o', 'yaml']);
  kubectl(['get', 'secret', `${name}-secret`, ...n]);
  kubectl(['get', 'events', ...n, '--field-selector', `involvedObject.name=${pods[0].replace('pod/', '')}`]);
}

async function main() {
  const gw = ClusterGateway.connect({ kubeconfig: ADMIN, namespace: NS });
  const t0 = now();
  await setup(gw);
  // every Pod ready and every EndpointSlice filled: the doctor sees healthy applications
  const start = (i) => ({ kind: 'Ingress', name: `app-${String(i % APPS).padStart(2, '0')}` });
  for (let i = 0; i < 600; i++) {
    const pods = (await gw.request({ method: 'GET', path: `/api/v1/namespaces/${NS}/pods` })).body.items;
    const ready = pods.filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length;
    if (ready === APPS * REPLICAS) break;
    await sleep(500);
  }
  const check = await diagnose(await readDoctorView(gw, NS, { lang: 'fr' }), start(APPS - 1), 'fr');
  for (let i = 0; i < 120 && check.verdict !== 'ok'; i++) {
    await sleep(500);
    Object.assign(check, await diagnose(await readDoctorView(gw, NS, { lang: 'fr' }), start(APPS - 1), 'fr'));
  }
  if (check.verdict !== 'ok') throw new Error(`the last application is not healthy: ${JSON.stringify(check.hops.find((h) => h.status !== 'ok'))}`);
  const setupS = ms(t0) / 1000;

  // the editor: the tree's session with the namespace's watches synced
  const s = ClusterSession.open({ kubeconfig: ADMIN, namespace: NS }, { hub: { debounceMs: 30, maxWaitMs: 200 } });
  const tw = now();
  await warmDoctorWatches(s.hub, 'bench', NS, 60_000);
  const tWarmup = ms(tw);
  const viewCount = await readDoctorView(s.gateway, NS, { lang: 'fr', cache: hubCache(s.hub, NS) });
  const counted = Object.entries(viewCount.objects).filter(([r]) => r !== 'events').reduce((n, [, l]) => n + l.length, 0);
  const events = viewCount.objects.events?.length ?? 0;
  const fromCache = Object.entries(viewCount.sources).filter(([, v]) => v === 'cache').map(([r]) => r);

  const warm = [];
  let hops = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t = now();
    const rep = await diagnose(await readDoctorView(s.gateway, NS, { lang: 'fr', cache: hubCache(s.hub, NS) }), start(r), 'fr');
    warm.push(ms(t));
    if (rep.verdict !== 'ok') throw new Error(`warm: ${start(r).name} is ${rep.verdict}`);
    hops = rep.hops.length;
  }
  const lists = [];
  for (let r = 0; r < 10; r++) {
    const t = now();
    const rep = await diagnose(await readDoctorView(s.gateway, NS, { lang: 'fr' }), start(r), 'fr');
    lists.push(ms(t));
    if (rep.verdict !== 'ok') throw new Error(`lists: ${start(r).name} is ${rep.verdict}`);
  }
  s.dispose();

  const cliBundle = path.join(ROOT, 'dist/cli.js');
  const cli = [];
  for (let r = 0; r < 5; r++) {
    const t = now();
    const out = spawnSync(process.execPath, [cliBundle, 'doctor', `ing/${start(r).name}`, '-n', NS, '--kubeconfig', ADMIN], { encoding: 'utf8' });
    cli.push(ms(t));
    if (out.status !== 0) throw new Error(`CLI: exit ${out.status}\n${out.stdout}${out.stderr}`);
  }
  const chain = [];
  for (let r = 0; r < 5; r++) {
    const t = now();
    kubectlChain(start(r).name);
    chain.push(ms(t));
  }

  const targets = [];
  const line = (label, value, target = '', ok) => {
    if (ok !== undefined) targets.push({ what: label.trim(), ok, value, target });
    console.log(`${label.padEnd(70)} ${value.padStart(14)}   ${target.padEnd(10)} ${ok === undefined ? '' : ok ? 'OK' : 'DÉPASSÉ'}`);
  };
  const mw = median(warm);
  console.log(`\nDocteur, un namespace de ${counted} objets (+ ${events} événements), chemin complet depuis un Ingress (${hops} maillons ✔) (Node ${process.version}, charge machine ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})`);
  line('mesure', 'valeur', 'objectif');
  line(`éditeur, watches chauds : lecture du cache + diagnostic (méd. / p95, ${ROUNDS} fois)`, `${mw.toFixed(0)} / ${p95(warm).toFixed(0)} ms`, '< 500 ms', mw < 500);
  line(`  même diagnostic, listes fraîches, connexion ouverte (méd., 10 fois)`, `${median(lists).toFixed(0)} ms`, `×${(median(lists) / mw).toFixed(1).replace(".", ",")}`);
  line(`  CLI doctor ing/… (nouveau processus, méd., 5 fois)`, `${median(cli).toFixed(0)} ms`, `×${(median(cli) / mw).toFixed(1).replace(".", ",")}`);
  line(`  référence : la chaîne de 10 kubectl d’un étudiant (méd., 5 fois)`, `${median(chain).toFixed(0)} ms`, `×${(median(chain) / mw).toFixed(1).replace(".", ",")}`);
  line(`  mise en route des watches (premières listes, une fois)`, `${tWarmup.toFixed(0)} ms`, '');
  console.log(`(préparation du cluster : ${setupS.toFixed(0)} s ; lus dans le cache : ${fromCache.join(', ')} ; le reste en listes)`);
  finishTargets(targets);
}

main().then(async () => { await cleanup(); process.exit(process.exitCode ?? 0); }, async (err) => { console.error(err); await cleanup(); process.exit(1); });
