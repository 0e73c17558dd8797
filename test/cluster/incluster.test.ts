// In-cluster mode as on SSPCloud: no kubeconfig, a service-account folder (token, ca.crt, namespace) and
// KUBERNETES_SERVICE_HOST/PORT pointing at the local API server; the IDE's own Pod detected through HOSTNAME.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ClusterSession } from '../../client/src/connection/session';
import { CLUSTER_DIR, clusterState, kubeconfigPath, kubectl, STUDENT_NAMESPACE, waitFor } from './helpers';
import { treeOf } from './treeHelpers';

function studentToken(): string {
  const kc = parse(fs.readFileSync(kubeconfigPath('etudiant'), 'utf8')) as { users: { user: { token?: string } }[] };
  const token = kc.users[0].user.token;
  if (!token) throw new Error('etudiant.kubeconfig has no token');
  return token;
}

describe('in-cluster mode (service account files + KUBERNETES_SERVICE_HOST/PORT)', function () {
  const sa = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-sa-'));
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-home-'));
  const ide = `vscode-${process.pid}`;
  let env: NodeJS.ProcessEnv;
  let s: ClusterSession | undefined;

  before(async () => {
    fs.writeFileSync(path.join(sa, 'token'), studentToken());
    fs.copyFileSync(path.join(CLUSTER_DIR, 'pki', 'ca.crt'), path.join(sa, 'ca.crt'));
    fs.writeFileSync(path.join(sa, 'namespace'), STUDENT_NAMESPACE);
    const port = new URL(clusterState().server).port;
    env = { KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: port, KUBE_APPRENTI_SA_DIR: sa, HOME: home, HOSTNAME: `${ide}-0` };
    // the IDE itself, as Onyxia deploys it: a StatefulSet in the student's namespace
    const r = kubectl('etudiant', ['apply', '-n', STUDENT_NAMESPACE, '-f', '-'], `
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: ${ide} }
spec:
  replicas: 1
  serviceName: ${ide}
  selector: { matchLabels: { app: ${ide} } }
  template:
    metadata: { labels: { app: ${ide} } }
    spec: { containers: [ { name: vscode, image: inseefrlab/onyxia-vscode-python:py3.13.13 } ] }
`);
    assert.equal(r.code, 0, r.stderr);
    await waitFor(async () => kubectl('etudiant', ['get', 'pod', `${ide}-0`, '-n', STUDENT_NAMESPACE]).code, (c) => c === 0, 60_000);
  });
  after(() => {
    s?.dispose();
    kubectl('etudiant', ['delete', 'statefulset', ide, '-n', STUDENT_NAMESPACE, '--wait=false']);
    fs.rmSync(sa, { recursive: true, force: true });
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('connects without any kubeconfig, in the service account\'s namespace, with its rights', async () => {
    s = ClusterSession.open({ env }, { env, hub: { debounceMs: 20 } });
    await s.refreshAccess();
    assert.equal(s.inCluster, true);
    assert.equal(s.config.source, 'inCluster');
    assert.equal(s.namespace, STUDENT_NAMESPACE);
    assert.equal(s.canListNamespaces, false);
    assert.equal(s.access(STUDENT_NAMESPACE)?.level, 'edit');
    const tree = treeOf(s);
    const [cluster] = await tree.expand();
    assert.equal(cluster.description, 'dans le cluster (compte de service)');
    const nss = await tree.expand(cluster);
    assert.deepEqual(nss.map((n) => n.label), [STUDENT_NAMESPACE]);
  });

  it('detects its own Pod and StatefulSet and marks them in the tree', async () => {
    assert.ok(s);
    assert.deepEqual(s.self?.chain.map((o) => `${o.kind}/${o.name}`), [`Pod/${ide}-0`, `StatefulSet/${ide}`]);
    assert.equal(s.isSelf({ kind: 'Pod', name: `${ide}-0`, namespace: STUDENT_NAMESPACE }), true);
    assert.equal(s.isSelf({ kind: 'Pod', name: 'other', namespace: STUDENT_NAMESPACE }), false);
    const tree = treeOf(s);
    const sets = await tree.until(await tree.path(s.context, STUDENT_NAMESPACE, 'Charges de travail', 'StatefulSets'), (k) => k.some((n) => n.label === ide));
    const mine = sets.find((n) => n.label === ide)!;
    assert.match(mine.contextValue, /\bka-self\b/);
    assert.match(mine.description ?? '', /ce VS Code/);
    const [pod] = await tree.expand(mine);
    assert.match(pod.contextValue, /\bka-self\b/);
    assert.match(pod.tooltip!(), /fait tourner votre VS Code/);
  });

  it('re-reads the token file as soon as it rotates (no restart needed)', async () => {
    assert.ok(s);
    const tokenFile = path.join(sa, 'token');
    const good = fs.readFileSync(tokenFile, 'utf8');
    const list = () => s!.gateway.request({ method: 'GET', path: `/api/v1/namespaces/${STUDENT_NAMESPACE}/configmaps` }).then(() => 'ok', (e: { info?: { kind?: string } }) => e.info?.kind ?? 'error');
    assert.equal(await list(), 'ok');
    // an expired / revoked token: the very next request uses it and gets a clear « unauthorized »
    fs.writeFileSync(tokenFile, 'invalid-token');
    assert.equal(await list(), 'unauthorized');
    // the rotated valid token is used at once
    fs.writeFileSync(tokenFile, good);
    assert.equal(await list(), 'ok');
  });
});
