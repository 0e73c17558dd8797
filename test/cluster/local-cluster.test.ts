// The local cluster itself (issue 3): a real API server with controllers, scheduler and KWOK nodes must behave
// like a cluster for everything the extension and the labs rely on.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { AppsV1Api, BatchV1Api, CoreV1Api, DiscoveryV1Api, type V1Deployment, type V1Pod } from '@kubernetes/client-node';
import { ROOT, STUDENT_NAMESPACE, freshNamespace, kubeConfig, kubectl, waitFor, clusterState } from './helpers';

const statusCode = (err: unknown): number => (err as { code?: number }).code ?? 0;

function deployment(name: string, image: string, replicas = 2, annotations: Record<string, string> = {}): V1Deployment {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name },
    spec: {
      replicas, selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name }, annotations }, spec: { containers: [{ name: 'app', image, ports: [{ containerPort: 80 }] }] } },
    },
  };
}

describe('cluster local (etcd + kube-apiserver + controller-manager + scheduler + KWOK)', function () {
  const admin = kubeConfig('admin');
  const apps = admin.makeApiClient(AppsV1Api);
  const core = admin.makeApiClient(CoreV1Api);
  const batch = admin.makeApiClient(BatchV1Api);
  const discovery = admin.makeApiClient(DiscoveryV1Api);
  let ns: string;
  let cleanup: () => Promise<void>;

  before(async () => { ({ name: ns, cleanup } = await freshNamespace('cluster')); });
  after(async () => { await cleanup(); });

  it('a le bon serveur, deux nœuds simulés prêts, et `cluster:status` le confirme', async () => {
    const nodes = await core.listNode();
    const ready = nodes.items.filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
    assert.ok(ready.length >= 2, `expected ≥ 2 Ready nodes, got ${ready.length}`);
    assert.equal(kubectl('admin', ['version', '-o', 'json']).code, 0);
    const version = JSON.parse(kubectl('admin', ['version', '-o', 'json']).stdout) as { serverVersion: { gitVersion: string } };
    assert.match(version.serverVersion.gitVersion, /^v1\.36\./);
    const out = execFileSync('node', [path.join(ROOT, 'scripts/cluster.mjs'), 'status'], { encoding: 'utf8' });
    assert.match(out, /kube-apiserver\s+en marche/);
    assert.match(out, new RegExp(`${clusterState().server.replace(/[.]/g, '\\.')} prête`));
  });

  it('un Deployment appliqué devient Available avec ses Pods Running/Ready', async () => {
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment('web', 'nginx:1.27', 2) });
    const d = await waitFor(() => apps.readNamespacedDeployment({ name: 'web', namespace: ns }),
      (x) => x.status?.conditions?.some((c) => c.type === 'Available' && c.status === 'True') === true && x.status?.readyReplicas === 2, 60000);
    assert.equal(d.status?.availableReplicas, 2);
    const pods = await core.listNamespacedPod({ namespace: ns, labelSelector: 'app=web' });
    assert.equal(pods.items.length, 2);
    for (const p of pods.items) assert.equal(p.status?.phase, 'Running');
  });

  it('un Service obtient des EndpointSlices avec les IP des Pods prêts', async () => {
    await core.createNamespacedService({ namespace: ns, body: { metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 80 }] } } });
    const slices = await waitFor(() => discovery.listNamespacedEndpointSlice({ namespace: ns, labelSelector: 'kubernetes.io/service-name=web' }),
      (l) => l.items.flatMap((s) => s.endpoints ?? []).filter((e) => e.conditions?.ready).length === 2, 30000);
    const pods = await core.listNamespacedPod({ namespace: ns, labelSelector: 'app=web' });
    const ips = slices.items.flatMap((s) => s.endpoints ?? []).flatMap((e) => e.addresses).sort();
    assert.deepEqual(ips, pods.items.map((p) => p.status?.podIP ?? '').sort());
  });

  it('kubectl rollout restart / status / undo aboutissent', async () => {
    const rs = async () => (await apps.listNamespacedReplicaSet({ namespace: ns, labelSelector: 'app=web' })).items;
    const before = (await rs()).length;
    assert.equal(kubectl('admin', ['-n', ns, 'set', 'image', 'deploy/web', 'app=nginx:1.28']).code, 0);
    let r = kubectl('admin', ['-n', ns, 'rollout', 'status', 'deploy/web', '--timeout=60s']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(kubectl('admin', ['-n', ns, 'rollout', 'restart', 'deploy/web']).code, 0);
    r = kubectl('admin', ['-n', ns, 'rollout', 'status', 'deploy/web', '--timeout=60s']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /successfully rolled out/);
    assert.equal((await rs()).length, before + 2, 'set image and restart each create a ReplicaSet');
    r = kubectl('admin', ['-n', ns, 'rollout', 'undo', 'deploy/web', '--to-revision=1']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(kubectl('admin', ['-n', ns, 'rollout', 'status', 'deploy/web', '--timeout=60s']).code, 0);
    const d = await apps.readNamespacedDeployment({ name: 'web', namespace: ns });
    assert.equal(d.spec?.template.spec?.containers[0].image, 'nginx:1.27');
    const pods = await waitFor(() => core.listNamespacedPod({ namespace: ns, labelSelector: 'app=web' }),
      (l) => l.items.length === 2 && l.items.every((p) => p.spec?.containers[0].image === 'nginx:1.27' && p.status?.phase === 'Running'), 60000);
    assert.equal(pods.items.length, 2);
  });

  it('un Job se termine (Complete)', async () => {
    await batch.createNamespacedJob({ namespace: ns, body: { metadata: { name: 'calcul' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.34', command: ['perl', '-e', 'print 1'] }] } } } } });
    const j = await waitFor(() => batch.readNamespacedJob({ name: 'calcul', namespace: ns }), (x) => (x.status?.succeeded ?? 0) === 1, 60000);
    assert.ok(j.status?.conditions?.some((c) => c.type === 'Complete' && c.status === 'True'));
  });

  const waitingReason = (p: V1Pod) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason;

  it('une image « inexistante » donne ImagePullBackOff et un événement Failed', async () => {
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment('image-cassee', 'nginx:1.99-inexistant', 1) });
    const pods = await waitFor(() => core.listNamespacedPod({ namespace: ns, labelSelector: 'app=image-cassee' }),
      (l) => l.items.length === 1 && waitingReason(l.items[0]) === 'ImagePullBackOff', 30000);
    assert.equal(pods.items[0].status?.phase, 'Pending');
    const events = await waitFor(() => core.listNamespacedEvent({ namespace: ns, fieldSelector: `involvedObject.name=${pods.items[0].metadata?.name}` }),
      (l) => l.items.some((e) => e.reason === 'Failed'), 30000);
    assert.ok(events.items.some((e) => e.type === 'Warning'));
  });

  it('un conteneur qui plante donne CrashLoopBackOff avec des redémarrages qui augmentent', async () => {
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment('plante', 'registry.example/app:1', 1, { 'kube-apprenti.io/simuler': 'crashloop' }) });
    const first = await waitFor(() => core.listNamespacedPod({ namespace: ns, labelSelector: 'app=plante' }),
      (l) => l.items.length === 1 && waitingReason(l.items[0]) === 'CrashLoopBackOff', 30000);
    const r1 = first.items[0].status?.containerStatuses?.[0].restartCount ?? 0;
    const later = await waitFor(() => core.listNamespacedPod({ namespace: ns, labelSelector: 'app=plante' }),
      (l) => (l.items[0].status?.containerStatuses?.[0].restartCount ?? 0) > r1, 30000);
    assert.ok((later.items[0].status?.containerStatuses?.[0].restartCount ?? 0) > r1);
    const d = await apps.readNamespacedDeployment({ name: 'plante', namespace: ns });
    assert.ok(!d.status?.readyReplicas);
  });

  it('une sonde de disponibilité qui échoue laisse le Pod hors des endpoints prêts', async () => {
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment('pas-pret', 'nginx:1.27', 1, { 'kube-apprenti.io/simuler': 'non-pret' }) });
    await core.createNamespacedService({ namespace: ns, body: { metadata: { name: 'pas-pret' }, spec: { selector: { app: 'pas-pret' }, ports: [{ port: 80 }] } } });
    const pods = await waitFor(() => core.listNamespacedPod({ namespace: ns, labelSelector: 'app=pas-pret' }),
      (l) => l.items.length === 1 && l.items[0].status?.phase === 'Running', 30000);
    assert.ok(pods.items[0].status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'False'));
    const slices = await waitFor(() => discovery.listNamespacedEndpointSlice({ namespace: ns, labelSelector: 'kubernetes.io/service-name=pas-pret' }),
      (l) => l.items.flatMap((s) => s.endpoints ?? []).length === 1, 30000);
    assert.equal(slices.items.flatMap((s) => s.endpoints ?? [])[0].conditions?.ready, false);
  });

  describe('utilisateurs restreints à user-etudiant', () => {
    const student = kubeConfig('etudiant').makeApiClient(AppsV1Api);
    const reader = kubeConfig('lecteur').makeApiClient(AppsV1Api);
    const readerCore = kubeConfig('lecteur').makeApiClient(CoreV1Api);
    after(async () => { await apps.deleteNamespacedDeployment({ name: 'essai-etudiant', namespace: STUDENT_NAMESPACE }).catch(() => undefined); });

    it('etudiant (edit) crée un Deployment dans son namespace', async () => {
      await student.createNamespacedDeployment({ namespace: STUDENT_NAMESPACE, body: deployment('essai-etudiant', 'nginx:1.27', 1) });
      await waitFor(() => student.readNamespacedDeployment({ name: 'essai-etudiant', namespace: STUDENT_NAMESPACE }), (d) => d.status?.readyReplicas === 1, 60000);
    });

    it('etudiant reçoit 403 hors de son namespace', async () => {
      await assert.rejects(student.listNamespacedDeployment({ namespace: ns }), (e: unknown) => statusCode(e) === 403);
      await assert.rejects(student.createNamespacedDeployment({ namespace: 'default', body: deployment('interdit', 'nginx', 1) }), (e: unknown) => statusCode(e) === 403);
    });

    it('lecteur (view) lit son namespace mais ne peut rien y créer, ni lire ailleurs', async () => {
      const list = await reader.listNamespacedDeployment({ namespace: STUDENT_NAMESPACE });
      assert.ok(list.items.some((d) => d.metadata?.name === 'essai-etudiant'));
      await assert.rejects(reader.createNamespacedDeployment({ namespace: STUDENT_NAMESPACE, body: deployment('interdit', 'nginx', 1) }), (e: unknown) => statusCode(e) === 403);
      await assert.rejects(reader.listNamespacedDeployment({ namespace: ns }), (e: unknown) => statusCode(e) === 403);
      await assert.rejects(readerCore.listNamespace(), (e: unknown) => statusCode(e) === 403);
      await assert.rejects(readerCore.listNamespacedSecret({ namespace: STUDENT_NAMESPACE }), (e: unknown) => statusCode(e) === 403, 'view cannot read Secrets');
    });

    it('kubectl confirme les droits (auth can-i)', () => {
      assert.equal(kubectl('etudiant', ['auth', 'can-i', 'patch', 'deployments', '-n', STUDENT_NAMESPACE]).stdout.trim(), 'yes');
      assert.equal(kubectl('etudiant', ['auth', 'can-i', 'list', 'pods', '-n', 'kube-system']).stdout.trim(), 'no');
      assert.equal(kubectl('lecteur', ['auth', 'can-i', 'create', 'deployments', '-n', STUDENT_NAMESPACE]).stdout.trim(), 'no');
      assert.equal(kubectl('lecteur', ['auth', 'can-i', 'watch', 'pods', '-n', STUDENT_NAMESPACE]).stdout.trim(), 'yes');
    });
  });
});
