#!/usr/bin/env node
// Local Kubernetes cluster for tests and `npm start`: etcd + kube-apiserver + kube-controller-manager +
// kube-scheduler + KWOK (fake nodes and pods), all built from Go modules by scripts/cluster-build.sh.
//
//   node scripts/cluster.mjs up        start (build first if needed); idempotent
//   node scripts/cluster.mjs down      stop every process and delete the cluster's data
//   node scripts/cluster.mjs status    say what runs
//   node scripts/cluster.mjs stop-apiserver | start-apiserver   (for tests of "API server down")
//
// Everything lives in .cluster/ at the repo root (git-ignored): pki/, etcd data, logs/, pids/, cmd/ and the
// kubeconfigs admin.kubeconfig, etudiant.kubeconfig (edit in user-etudiant), lecteur.kubeconfig (view in user-etudiant).
// A second `up` after `down` starts clean (down deletes the data); `up` on a running cluster only checks it.
import { spawn, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, openSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { request } from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const W = process.env.KUBE_APPRENTI_CLUSTER_DIR || path.join(ROOT, '.cluster');
const STATE = path.join(W, 'state.json');
const NAMESPACE = 'user-etudiant';
const NODES = ['kwok-node-0', 'kwok-node-1'];
const COMPONENTS = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kwok'];

const log = (msg) => process.stderr.write(`[cluster] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function binDir() {
  const out = execFileSync('bash', [path.join(ROOT, 'scripts/cluster-build.sh')], { stdio: ['ignore', 'pipe', 'inherit'] });
  return out.toString().trim().split('\n').pop();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function pidAlive(pid) {
  if (!pid || pid <= 0) return false; // kill(0) would signal our own process group
  try { process.kill(pid, 0); return true; } catch { return false; }
}

function readPid(name) {
  const f = path.join(W, 'pids', `${name}.pid`);
  return existsSync(f) ? Number(readFileSync(f, 'utf8')) : 0;
}

function startProcess(name, bin, args) {
  mkdirSync(path.join(W, 'logs'), { recursive: true });
  mkdirSync(path.join(W, 'pids'), { recursive: true });
  mkdirSync(path.join(W, 'cmd'), { recursive: true });
  writeFileSync(path.join(W, 'cmd', `${name}.json`), JSON.stringify({ bin, args }, null, 1));
  const out = openSync(path.join(W, 'logs', `${name}.log`), 'a');
  // detached: own process group, survives this script; stopped by pid (group) in `down`
  const child = spawn(bin, args, { detached: true, stdio: ['ignore', out, out] });
  child.unref();
  writeFileSync(path.join(W, 'pids', `${name}.pid`), String(child.pid));
  return child.pid;
}

function restartFromCmd(name) {
  const { bin, args } = JSON.parse(readFileSync(path.join(W, 'cmd', `${name}.json`), 'utf8'));
  return startProcess(name, bin, args);
}

async function stopProcess(name) {
  const pid = readPid(name);
  if (!pid || !pidAlive(pid)) return;
  try { process.kill(-pid, 'SIGTERM'); } catch { try { process.kill(pid, 'SIGTERM'); } catch { /* gone */ } }
  for (let i = 0; i < 50 && pidAlive(pid); i++) await sleep(100);
  if (pidAlive(pid)) { try { process.kill(-pid, 'SIGKILL'); } catch { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } } }
  rmSync(path.join(W, 'pids', `${name}.pid`), { force: true });
}

/** GET over HTTPS with the cluster CA (and the admin client cert when asked). Resolves with the status code. */
function httpsGet(url, { cert = false, insecure = false } = {}) {
  return new Promise((resolve) => {
    const pki = path.join(W, 'pki');
    // kcm and scheduler serve self-signed certificates of their own: only their /healthz is read, insecurely
    const opts = insecure ? { rejectUnauthorized: false, timeout: 3000 } : { ca: readFileSync(path.join(pki, 'ca.crt')), timeout: 3000 };
    if (cert) { opts.cert = readFileSync(path.join(pki, 'admin.crt')); opts.key = readFileSync(path.join(pki, 'admin.key')); }
    const req = request(url, opts, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
    req.on('error', () => resolve(0));
    req.on('timeout', () => { req.destroy(); resolve(0); });
    req.end();
  });
}

async function waitFor(what, check, timeoutMs = 120000) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (await check()) return;
    await sleep(300);
  }
  throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what} (see ${path.join(W, 'logs')})`);
}

function openssl(args, cwd) {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

function makePki() {
  const d = path.join(W, 'pki');
  mkdirSync(d, { recursive: true });
  if (existsSync(path.join(d, 'admin.crt'))) return;
  const ext = (name, lines) => { writeFileSync(path.join(d, name), lines.join('\n') + '\n'); return name; };
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '3650',
    '-subj', '/CN=kube-apprenti-ca', '-addext', 'keyUsage=critical,keyCertSign,cRLSign,digitalSignature'], d);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'apiserver.key', '-out', 'apiserver.csr', '-subj', '/CN=kube-apiserver'], d);
  openssl(['x509', '-req', '-in', 'apiserver.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '3650',
    '-out', 'apiserver.crt', '-extfile', ext('apiserver.ext', [
      'subjectAltName=DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,IP:127.0.0.1,IP:10.0.0.1',
      'extendedKeyUsage=serverAuth', 'keyUsage=critical,digitalSignature,keyEncipherment'])], d);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'admin.key', '-out', 'admin.csr', '-subj', '/O=system:masters/CN=kube-apprenti-admin'], d);
  openssl(['x509', '-req', '-in', 'admin.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '3650',
    '-out', 'admin.crt', '-extfile', ext('client.ext', ['extendedKeyUsage=clientAuth', 'keyUsage=critical,digitalSignature,keyEncipherment'])], d);
  openssl(['genrsa', '-out', 'sa.key', '2048'], d);
  openssl(['rsa', '-in', 'sa.key', '-pubout', '-out', 'sa.pub'], d);
}

const b64 = (file) => readFileSync(file).toString('base64');

function kubeconfig({ server, user, userFields, namespace, contextName }) {
  const u = Object.entries(userFields).map(([k, v]) => `    ${k}: ${v}`).join('\n');
  return `apiVersion: v1
kind: Config
clusters:
- name: kube-apprenti-local
  cluster:
    server: ${server}
    certificate-authority-data: ${b64(path.join(W, 'pki/ca.crt'))}
users:
- name: ${user}
  user:
${u}
contexts:
- name: ${contextName}
  context:
    cluster: kube-apprenti-local
    user: ${user}
    namespace: ${namespace}
current-context: ${contextName}
`;
}

function stagesFile(bin) {
  const upstream = path.join(bin, '..', 'stages');
  const wanted = ['node-initialize.yaml', 'node-heartbeat-with-lease.yaml', 'pod-complete.yaml', 'pod-delete.yaml'];
  const docs = wanted.map((f) => readFileSync(path.join(upstream, f), 'utf8'));
  const own = path.join(ROOT, 'scripts/cluster/stages');
  for (const f of readdirSync(own).sort()) if (f.endsWith('.yaml')) docs.push(readFileSync(path.join(own, f), 'utf8'));
  const out = path.join(W, 'kwok.yaml');
  writeFileSync(out, docs.map((d) => d.trim()).join('\n---\n') + '\n');
  return out;
}

function kubectl(bin, args, input) {
  const r = spawnSync(path.join(bin, 'kubectl'), ['--kubeconfig', path.join(W, 'admin.kubeconfig'), ...args],
    { input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`kubectl ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

async function apiserverReady(state) {
  return (await httpsGet(`https://127.0.0.1:${state.ports.apiserver}/readyz`)) === 200;
}

async function up() {
  if (existsSync(STATE)) {
    const state = JSON.parse(readFileSync(STATE, 'utf8'));
    const alive = COMPONENTS.every((c) => pidAlive(readPid(c)));
    if (alive && state.ready && await apiserverReady(state)) {
      log(`déjà démarré : ${state.server}`);
      printKubeconfigs();
      return;
    }
    log('un cluster précédent est incomplet : arrêt et redémarrage à neuf');
    await down();
  }
  const t0 = Date.now();
  const bin = binDir();
  mkdirSync(W, { recursive: true });
  makePki();
  const ports = { etcd: await freePort(), etcdPeer: await freePort(), apiserver: await freePort(), kcm: await freePort(), scheduler: await freePort(), kwok: await freePort() };
  const server = `https://127.0.0.1:${ports.apiserver}`;
  const state = { server, ports, bin, startedAt: new Date().toISOString() };
  writeFileSync(STATE, JSON.stringify(state, null, 1));
  const pki = (f) => path.join(W, 'pki', f);
  const admin = path.join(W, 'admin.kubeconfig');
  writeFileSync(admin, kubeconfig({ server, user: 'admin', namespace: 'default', contextName: 'kube-apprenti-admin', userFields: {
    'client-certificate-data': b64(pki('admin.crt')), 'client-key-data': b64(pki('admin.key')) } }), { mode: 0o600 });

  startProcess('etcd', path.join(bin, 'etcd'), ['--name=node0', `--data-dir=${path.join(W, 'etcd')}`,
    `--listen-client-urls=http://127.0.0.1:${ports.etcd}`, `--advertise-client-urls=http://127.0.0.1:${ports.etcd}`,
    `--listen-peer-urls=http://127.0.0.1:${ports.etcdPeer}`, `--initial-advertise-peer-urls=http://127.0.0.1:${ports.etcdPeer}`,
    `--initial-cluster=node0=http://127.0.0.1:${ports.etcdPeer}`, '--auto-compaction-retention=1',
    '--quota-backend-bytes=4294967296', '--unsafe-no-fsync=true', '--log-level=warn']);
  await waitFor('etcd', async () => (await fetch(`http://127.0.0.1:${ports.etcd}/readyz`).then((r) => r.status, () => 0)) === 200, 60000);
  log('etcd prêt');

  startProcess('kube-apiserver', path.join(bin, 'kube-apiserver'), [
    `--etcd-servers=http://127.0.0.1:${ports.etcd}`, '--bind-address=127.0.0.1', '--advertise-address=127.0.0.1',
    `--secure-port=${ports.apiserver}`, `--tls-cert-file=${pki('apiserver.crt')}`, `--tls-private-key-file=${pki('apiserver.key')}`,
    `--client-ca-file=${pki('ca.crt')}`, '--authorization-mode=Node,RBAC',
    '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
    `--service-account-key-file=${pki('sa.pub')}`, `--service-account-signing-key-file=${pki('sa.key')}`,
    '--service-cluster-ip-range=10.0.0.0/24', '--allow-privileged=true', '--endpoint-reconciler-type=none',
    `--proxy-client-cert-file=${pki('admin.crt')}`, `--proxy-client-key-file=${pki('admin.key')}`,
    `--requestheader-client-ca-file=${pki('ca.crt')}`, '--requestheader-allowed-names=kube-apprenti-admin',
    '--requestheader-username-headers=X-Remote-User', '--requestheader-group-headers=X-Remote-Group',
    '--requestheader-extra-headers-prefix=X-Remote-Extra-', '--v=1']);
  await waitFor('kube-apiserver', () => apiserverReady(state), 120000);
  log(`kube-apiserver prêt sur ${server}`);

  startProcess('kube-controller-manager', path.join(bin, 'kube-controller-manager'), [`--kubeconfig=${admin}`,
    `--authentication-kubeconfig=${admin}`, `--authorization-kubeconfig=${admin}`, '--bind-address=127.0.0.1',
    `--secure-port=${ports.kcm}`, '--authorization-always-allow-paths=/healthz,/readyz,/livez,/metrics',
    `--root-ca-file=${pki('ca.crt')}`, `--service-account-private-key-file=${pki('sa.key')}`, '--use-service-account-credentials=false',
    '--leader-elect=false', '--node-monitor-period=5s', '--node-monitor-grace-period=40s', '--v=1']);
  startProcess('kube-scheduler', path.join(bin, 'kube-scheduler'), [`--kubeconfig=${admin}`,
    `--authentication-kubeconfig=${admin}`, `--authorization-kubeconfig=${admin}`, '--bind-address=127.0.0.1',
    `--secure-port=${ports.scheduler}`, '--leader-elect=false', '--authorization-always-allow-paths=/healthz,/readyz,/livez,/metrics', '--v=1']);
  startProcess('kwok', path.join(bin, 'kwok'), [`--kubeconfig=${admin}`, `--config=${stagesFile(bin)}`,
    '--manage-all-nodes=true', '--node-lease-duration-seconds=40', `--server-address=127.0.0.1:${ports.kwok}`]);
  await waitFor('kube-controller-manager and kube-scheduler', async () =>
    (await httpsGet(`https://127.0.0.1:${ports.kcm}/healthz`, { insecure: true })) === 200
      && (await httpsGet(`https://127.0.0.1:${ports.scheduler}/healthz`, { insecure: true })) === 200, 90000);

  for (const name of NODES) {
    kubectl(bin, ['apply', '-f', '-'], `apiVersion: v1
kind: Node
metadata:
  name: ${name}
  annotations: {kwok.x-k8s.io/node: fake, node.alpha.kubernetes.io/ttl: "0"}
  labels: {kubernetes.io/hostname: ${name}, kubernetes.io/os: linux, kubernetes.io/arch: amd64, type: kwok, node-role.kubernetes.io/agent: ""}
status:
  allocatable: {cpu: "32", memory: 256Gi, pods: "110"}
  capacity: {cpu: "32", memory: 256Gi, pods: "110"}
`);
  }
  await waitFor('fake nodes Ready', async () => {
    const out = kubectl(bin, ['get', 'nodes', '-o', 'jsonpath={range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\\n"}{end}']);
    return out.trim().split('\n').filter((s) => s === 'True').length === NODES.length;
  }, 90000);
  log(`${NODES.length} nœuds simulés (KWOK) prêts`);
  await waitFor('aggregated ClusterRoles edit/view', async () =>
    kubectl(bin, ['get', 'clusterrole', 'edit', 'view', '-o', 'jsonpath={.items[*].rules[0].verbs[0]}']).trim().split(/\s+/).length === 2, 90000);
  kubectl(bin, ['apply', '-f', '-'], `apiVersion: v1
kind: Namespace
metadata: {name: ${NAMESPACE}}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: etudiant, namespace: ${NAMESPACE}}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: lecteur, namespace: ${NAMESPACE}}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: etudiant-edit, namespace: ${NAMESPACE}}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}
subjects: [{kind: ServiceAccount, name: etudiant, namespace: ${NAMESPACE}}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: lecteur-view, namespace: ${NAMESPACE}}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
subjects: [{kind: ServiceAccount, name: lecteur, namespace: ${NAMESPACE}}]
`);
  await waitFor('default ServiceAccount', async () => {
    try { kubectl(bin, ['-n', NAMESPACE, 'get', 'serviceaccount', 'default']); return true; } catch { return false; }
  }, 60000);
  for (const sa of ['etudiant', 'lecteur']) {
    const token = kubectl(bin, ['-n', NAMESPACE, 'create', 'token', sa, '--duration=8760h']).trim();
    writeFileSync(path.join(W, `${sa}.kubeconfig`), kubeconfig({ server, user: sa, namespace: NAMESPACE,
      contextName: `kube-apprenti-${sa}`, userFields: { token } }), { mode: 0o600 });
  }
  state.ready = true;
  writeFileSync(STATE, JSON.stringify(state, null, 1));
  log(`cluster prêt en ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  printKubeconfigs();
}

function printKubeconfigs() {
  for (const f of ['admin', 'etudiant', 'lecteur']) console.log(path.join(W, `${f}.kubeconfig`));
}

async function down() {
  for (const c of [...COMPONENTS].reverse()) await stopProcess(c);
  rmSync(W, { recursive: true, force: true });
  log('cluster arrêté, données supprimées');
}

async function status() {
  if (!existsSync(STATE)) { console.log('arrêté'); return 1; }
  const state = JSON.parse(readFileSync(STATE, 'utf8'));
  let ok = true;
  for (const c of COMPONENTS) {
    const alive = pidAlive(readPid(c));
    ok &&= alive;
    console.log(`${c.padEnd(24)} ${alive ? 'en marche' : 'arrêté'}`);
  }
  const ready = await apiserverReady(state);
  console.log(`${'API'.padEnd(24)} ${state.server} ${ready ? 'prête' : 'ne répond pas'}`);
  return ok && ready ? 0 : 1;
}

const cmd = process.argv[2];
const actions = {
  up: async () => { await up(); return 0; },
  down: async () => { await down(); return 0; },
  status,
  'stop-apiserver': async () => { await stopProcess('kube-apiserver'); return 0; },
  'start-apiserver': async () => {
    const state = JSON.parse(readFileSync(STATE, 'utf8'));
    if (!pidAlive(readPid('kube-apiserver'))) restartFromCmd('kube-apiserver');
    await waitFor('kube-apiserver', () => apiserverReady(state), 120000);
    return 0;
  },
};
if (!actions[cmd]) {
  console.error('usage: node scripts/cluster.mjs up|down|status|stop-apiserver|start-apiserver');
  process.exit(2);
}
actions[cmd]().then((code) => process.exit(code), (err) => { console.error(`[cluster] échec : ${err.message}`); process.exit(1); });
