// Rollout status/restart/undo/history/pause/scale against the real local cluster, cross-checked with its kubectl.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyFiles } from '../../core/cluster/apply/applyFiles';
import { ClusterGateway } from '../../core/cluster/gateway';
import { followRollout } from '../../core/cluster/rollout/follow';
import { rolloutHistory, withoutHash } from '../../core/cluster/rollout/history';
import { RolloutError } from '../../core/cluster/rollout/messages';
import type { WorkloadRef } from '../../core/cluster/rollout/workloadRef';
import { detectSelf, isSelf } from '../../core/cluster/selfPod';
import type { K8sObject } from '../../core/cluster/types';
import { rolloutRestart, rolloutUndo, scaleWorkload, setPaused } from '../../core/cluster/write';
import { freshNamespace, kubeconfigPath, kubectl, waitFor } from './helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-rollout-'));
const deployment = (name: string, ns: string, image: string, cause?: string, replicas = 2): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}${cause ? `\n  annotations:\n    kubernetes.io/change-cause: "${cause}"` : ''}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: web
          image: ${image}
`;

describe('rollout (against the local cluster)', function () {
  let ns: string;
  let cleanup: () => Promise<void>;
  const gw = (): ClusterGateway => ClusterGateway.connect({ kubeconfig: kubeconfigPath('admin') });
  const ref = (name: string, kind: WorkloadRef['kind'] = 'Deployment'): WorkloadRef => ({ apiVersion: 'apps/v1', kind, name, namespace: ns });
  async function apply(name: string, text: string): Promise<void> {
    const f = path.join(dir, `${name}.yaml`);
    fs.writeFileSync(f, text);
    const r = await applyFiles([f], { gateway: gw(), force: true });
    assert.ok(r.ok, JSON.stringify(r.results.map((x) => x.error)));
  }
  const rsOf = async (name: string): Promise<K8sObject[]> =>
    (await gw().list('apps/v1', 'ReplicaSet', { namespace: ns, labelSelector: `app=${name}` })).items;

  before(async () => { ({ name: ns, cleanup } = await freshNamespace('rollout')); });
  after(async () => { await cleanup(); });

  it('status follows a new rollout to the end with kubectl\'s rules', async () => {
    await apply('st', deployment('st', ns, 'nginx:1.27'));
    const updates: string[] = [];
    const res = await followRollout(gw(), ref('st'), { timeoutMs: 60_000, onUpdate: (u) => updates.push(u.status.kubectl) });
    assert.equal(res.result, 'done');
    assert.equal(updates[updates.length - 1], 'deployment "st" successfully rolled out');
    const k = kubectl('admin', ['rollout', 'status', 'deploy/st', '-n', ns, '--timeout=30s']);
    assert.equal(k.stdout.trim().split('\n').pop(), updates[updates.length - 1], 'same final sentence as kubectl');
  });

  it('restart creates a new ReplicaSet and the rollout completes', async () => {
    await apply('rs', deployment('rs', ns, 'nginx:1.27'));
    assert.equal((await followRollout(gw(), ref('rs'), { timeoutMs: 60_000 })).result, 'done');
    const before = (await rsOf('rs')).map((r) => r.metadata.name);
    const r = await rolloutRestart(gw(), ref('rs'));
    assert.equal(r.changed, true);
    const stamp = (r.object.spec as { template: { metadata: { annotations: Record<string, string> } } }).template.metadata.annotations['kubectl.kubernetes.io/restartedAt'];
    assert.match(stamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal((await followRollout(gw(), ref('rs'), { timeoutMs: 60_000 })).result, 'done');
    const after = (await rsOf('rs')).map((x) => x.metadata.name);
    assert.equal(after.length, before.length + 1, `new ReplicaSet expected: ${before} → ${after}`);
  });

  it('history lists revisions with change-cause, like kubectl rollout history', async () => {
    await apply('hist', deployment('hist', ns, 'nginx:1.25', 'première version'));
    await followRollout(gw(), ref('hist'), { timeoutMs: 60_000 });
    await apply('hist', deployment('hist', ns, 'nginx:1.27', 'passage en 1.27'));
    await followRollout(gw(), ref('hist'), { timeoutMs: 60_000 });
    const h = await rolloutHistory(gw(), ref('hist'));
    assert.deepEqual(h.revisions.map((r) => [r.revision, r.changeCause, r.images.join(), r.current]), [[1, 'première version', 'nginx:1.25', false], [2, 'passage en 1.27', 'nginx:1.27', true]]);
    const k = kubectl('admin', ['rollout', 'history', 'deploy/hist', '-n', ns]).stdout;
    assert.match(k, /1\s+première version/);
    assert.match(k, /2\s+passage en 1\.27/);
  });

  it('undo restores the previous image exactly like kubectl rollout undo on an identical Deployment', async () => {
    for (const name of ['undo-a', 'undo-b']) {
      await apply(name, deployment(name, ns, 'nginx:1.25', 'v1'));
      await followRollout(gw(), ref(name), { timeoutMs: 60_000 });
      await apply(name, deployment(name, ns, 'nginx:1.27', 'v2'));
      await followRollout(gw(), ref(name), { timeoutMs: 60_000 });
    }
    const ours = await rolloutUndo(gw(), ref('undo-a'));
    assert.deepEqual([ours.changed, ours.revision], [true, 1]);
    const k = kubectl('admin', ['rollout', 'undo', 'deploy/undo-b', '-n', ns]);
    assert.equal(k.code, 0, k.stderr);
    const [a, b] = await Promise.all(['undo-a', 'undo-b'].map(async (n) => waitFor(() => gw().get(ref(n)), (d) => (d.status as { observedGeneration?: number }).observedGeneration === d.metadata.generation)));
    const tpl = (d: K8sObject): string => JSON.stringify(withoutHash((d.spec as { template: Record<string, unknown> }).template)).replace(/undo-[ab]/g, 'X');
    assert.equal(tpl(a), tpl(b), 'same pod template as kubectl');
    assert.match(tpl(a), /nginx:1\.25/);
    const ann = (d: K8sObject): Record<string, string> => ({ ...d.metadata.annotations });
    assert.deepEqual(ann(a), ann(b), 'same annotations (revision, change-cause) as kubectl');
    assert.equal(ann(a)['kubernetes.io/change-cause'], 'v1');
    assert.equal(ann(a)['deployment.kubernetes.io/revision'], '3');
    assert.equal((await followRollout(gw(), ref('undo-a'), { timeoutMs: 60_000 })).result, 'done');
    // undo again to a chosen revision, and the "already matches" case
    assert.equal((await rolloutUndo(gw(), ref('undo-a'), 3)).changed, false);
    await assert.rejects(rolloutUndo(gw(), ref('undo-a'), 9), (e: unknown) => e instanceof RolloutError && e.refusal.code === 'revisionNotFound');
  });

  it('a stuck rollout is explained from the new Pods (image not found) and kubectl agrees it is not done', async () => {
    await apply('stuck', deployment('stuck', ns, 'nginx:1.27', undefined, 1));
    await followRollout(gw(), ref('stuck'), { timeoutMs: 60_000 });
    await apply('stuck', deployment('stuck', ns, 'nginx:1.99-inexistant', undefined, 1));
    let explained = '';
    const res = await followRollout(gw(), ref('stuck'), {
      timeoutMs: 20_000, diagnoseEveryMs: 1000,
      onUpdate: (u) => { if (u.stuck?.key === 'ImagePullBackOff') explained = u.stuck.text; },
    });
    assert.equal(res.result, 'timeout');
    assert.match(explained, /1 Pod de la nouvelle version est en ImagePullBackOff.*Image introuvable/);
    assert.notEqual(kubectl('admin', ['rollout', 'status', 'deploy/stuck', '-n', ns, '--timeout=2s']).code, 0);
  });

  it('a crashing container and a failing readiness probe are explained too (KWOK simulations)', async () => {
    const withAnnotation = (name: string, image: string, simulate?: string): string => deployment(name, ns, image, undefined, 1)
      .replace(`      labels:\n        app: ${name}\n    spec:`, `      labels:\n        app: ${name}${simulate ? `\n      annotations:\n        kube-apprenti.io/simuler: ${simulate}` : ''}\n    spec:`);
    await apply('crash', withAnnotation('crash', 'example/crash:1'));
    await apply('probe', withAnnotation('probe', 'nginx:1.27', 'non-pret'));
    const keys: Record<string, string> = {};
    const texts: Record<string, string> = {};
    await Promise.all(['crash', 'probe'].map((name) => followRollout(gw(), ref(name), {
      timeoutMs: 25_000, diagnoseEveryMs: 1000,
      onUpdate: (u) => { if (u.stuck) { keys[name] = u.stuck.key ?? ''; texts[name] = u.stuck.text; } },
    })));
    assert.equal(keys.crash, 'CrashLoopBackOff', texts.crash);
    assert.match(texts.crash, /Redémarre en boucle/);
    assert.equal(keys.probe, 'NotReady', texts.probe);
    assert.match(texts.probe, /sonde de disponibilité \(readinessProbe\) échoue/);
  });

  it('pause refuses a restart like kubectl; resume; scale through the scale subresource', async () => {
    await apply('pz', deployment('pz', ns, 'nginx:1.27'));
    assert.equal((await setPaused(gw(), ref('pz'), true)).changed, true);
    assert.equal((await setPaused(gw(), ref('pz'), true)).changed, false);
    await assert.rejects(rolloutRestart(gw(), ref('pz')), (e: unknown) => e instanceof RolloutError && e.refusal.code === 'pausedRestart');
    assert.equal(kubectl('admin', ['get', 'deploy/pz', '-n', ns, '-o', 'jsonpath={.spec.paused}']).stdout, 'true');
    assert.equal((await setPaused(gw(), ref('pz'), false)).changed, true);
    assert.equal(kubectl('admin', ['get', 'deploy/pz', '-n', ns, '-o', 'jsonpath={.spec.paused}']).stdout, '');
    const s = await scaleWorkload(gw(), ref('pz'), 4);
    assert.deepEqual(s, { from: 2, to: 4 });
    assert.equal(kubectl('admin', ['get', 'deploy/pz', '-n', ns, '-o', 'jsonpath={.spec.replicas}']).stdout, '4');
  });

  it('StatefulSet undo goes back through its ControllerRevisions', async () => {
    const sts = (image: string): string => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: ${ns}
spec:
  serviceName: db
  replicas: 1
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: ${image}
`;
    await apply('db', sts('postgres:16'));
    assert.equal((await followRollout(gw(), ref('db', 'StatefulSet'), { timeoutMs: 60_000 })).result, 'done');
    await apply('db', sts('postgres:17'));
    assert.equal((await followRollout(gw(), ref('db', 'StatefulSet'), { timeoutMs: 60_000 })).result, 'done');
    const h = await rolloutHistory(gw(), ref('db', 'StatefulSet'));
    assert.deepEqual(h.revisions.map((r) => r.images.join()), ['postgres:16', 'postgres:17']);
    assert.equal((await rolloutUndo(gw(), ref('db', 'StatefulSet'))).changed, true);
    assert.equal(kubectl('admin', ['get', 'sts/db', '-n', ns, '-o', 'jsonpath={.spec.template.spec.containers[0].image}']).stdout, 'postgres:16');
  });

  it('recognises the IDE\'s own Pod and Deployment in-cluster (HOSTNAME + ownerReferences)', async () => {
    await apply('ide', deployment('ide', ns, 'codercom/code-server:4', undefined, 1));
    await followRollout(gw(), ref('ide'), { timeoutMs: 60_000 });
    const pod = (await gw().list('v1', 'Pod', { namespace: ns, labelSelector: 'app=ide' })).items[0];
    const saDir = fs.mkdtempSync(path.join(dir, 'sa-'));
    fs.writeFileSync(path.join(saDir, 'namespace'), ns);
    const self = await detectSelf(gw(), { KUBERNETES_SERVICE_HOST: '10.0.0.1', HOSTNAME: pod.metadata.name, KUBE_APPRENTI_SA_DIR: saDir });
    assert.ok(self?.verified);
    assert.deepEqual(self.chain.map((o) => o.kind), ['Pod', 'ReplicaSet', 'Deployment']);
    assert.equal(isSelf(self, { kind: 'Deployment', name: 'ide', namespace: ns }), true);
    assert.equal(isSelf(self, { kind: 'Deployment', name: 'st', namespace: ns }), false);
    assert.equal(await detectSelf(gw(), { HOSTNAME: pod.metadata.name }), undefined, 'not in a cluster without KUBERNETES_SERVICE_HOST');
  });
});
