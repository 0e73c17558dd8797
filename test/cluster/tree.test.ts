// The tree against the real local cluster: admin, etudiant (edit in user-etudiant) and lecteur (view).
import * as assert from 'node:assert/strict';
import type { ClusterSession } from '../../client/src/connection/session';
import { freshNamespace, kubectl, STUDENT_NAMESPACE } from './helpers';
import { labels, openSession, treeOf } from './treeHelpers';

const deployment = (name: string, image: string, replicas = 2) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec: { containers: [ { name: web, image: ${image}, ports: [ { containerPort: 80 } ] } ] }
---
apiVersion: v1
kind: Service
metadata: { name: ${name} }
spec: { selector: { app: ${name} }, ports: [ { port: 80, targetPort: 80 } ] }
`;

describe('tree on the local cluster (admin)', function () {
  let ns: Awaited<ReturnType<typeof freshNamespace>>;
  let s: ClusterSession;
  before(async () => {
    ns = await freshNamespace('tree');
    s = await openSession('admin', ns.name);
  });
  after(async () => { s?.dispose(); await ns?.cleanup(); });

  it('lists the namespaces (admin may) with the current one first and expanded', async () => {
    const tree = treeOf(s);
    assert.equal(s.canListNamespaces, true);
    const [cluster] = await tree.expand();
    const nss = await tree.expand(cluster);
    assert.equal(nss[0].label, ns.name);
    assert.equal(nss[0].collapsible, 'expanded');
    for (const n of ['default', 'kube-system', STUDENT_NAMESPACE]) assert.ok(labels(nss).includes(n), n);
    assert.equal(s.access(ns.name)?.level, 'admin');
  });

  it('after applying a Deployment, shows it with its ReplicaSet and Pods becoming Ready, and the Service endpoints', async () => {
    const tree = treeOf(s);
    const folder = await tree.path(s.context, ns.name, 'Charges de travail', 'Deployments');
    const first = await tree.expand(folder);
    assert.deepEqual(first.map((n) => [n.kind, n.label]), [['state', 'Aucun objet de ce type dans cet espace de noms.']]);
    const r = kubectl('admin', ['apply', '-n', ns.name, '-f', '-'], deployment('web', 'nginx:1.27'));
    assert.equal(r.code, 0, r.stderr);
    const kids = await tree.until(folder, (k) => k.some((n) => n.label === 'web' && n.description === '2/2'));
    const web = kids.find((n) => n.label === 'web')!;
    assert.equal(web.icon?.id, 'pass-filled');
    assert.match(web.contextValue, /ka-deployment .*can-scale/);
    const [rs] = await tree.expand(web);
    assert.match(rs.description ?? '', /^révision 1 · 2\/2$/);
    const pods = await tree.expand(rs);
    assert.equal(pods.length, 2);
    for (const p of pods) assert.match(p.description ?? '', /^En cours d’exécution \(Running\) · 1\/1$/);
    // the same pods as kubectl
    const names = kubectl('admin', ['get', 'pods', '-n', ns.name, '-o', 'jsonpath={.items[*].metadata.name}']).stdout.split(' ').sort();
    assert.deepEqual(labels(pods).sort(), names);
    const svcs = await tree.until(await tree.path(s.context, ns.name, 'Réseau', 'Services'), (k) => k.some((n) => n.label === 'web' && /2 Pod/.test(n.description ?? '')));
    const eps = await tree.expand(svcs.find((n) => n.label === 'web')!);
    assert.equal(eps.length, 2);
    assert.ok(eps.every((e) => /pod\/web-.* · prêt/.test(e.description ?? '')), JSON.stringify(eps.map((e) => e.description)));
  });

  it('follows live changes through ONE watch per type: scale, delete a pod (self-healing)', async () => {
    const tree = treeOf(s);
    const folder = await tree.path(s.context, ns.name, 'Charges de travail', 'Deployments');
    assert.equal(kubectl('admin', ['scale', 'deployment/web', '--replicas=3', '-n', ns.name]).code, 0);
    await tree.until(folder, (k) => k.some((n) => n.label === 'web' && n.description === '3/3'));
    const podsFolder = await tree.path(s.context, ns.name, 'Charges de travail', 'Pods');
    const before = labels(await tree.until(podsFolder, (k) => k.length === 3));
    assert.equal(kubectl('admin', ['delete', 'pod', before[0], '-n', ns.name, '--wait=false']).code, 0);
    const after = await tree.until(podsFolder, (k) => !labels(k).includes(before[0]) && k.length === 3 && k.every((p) => /^En cours d’exécution \(Running\)/.test(p.description ?? '')));
    assert.notDeepEqual(labels(after).sort(), before.sort());
    const keys = s.hub.all().map((a) => a.key);
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(keys.filter((k) => k === `pods|${ns.name}`).length, 1);
    const podsInformer = s.hub.get({ resource: 'pods', namespace: ns.name })!;
    assert.equal(podsInformer.stats.lists, 1, 'changes came through the watch, no relist');
  });

  it('explains a crash loop and a missing image (KWOK simulated failures) on the Deployment and in the events', async () => {
    const tree = treeOf(s);
    assert.equal(kubectl('admin', ['apply', '-n', ns.name, '-f', '-'], deployment('plante', 'example/crash:1', 1) + '---' + deployment('absente', 'nginx:1.99-inexistant', 1)).code, 0);
    const folder = await tree.path(s.context, ns.name, 'Charges de travail', 'Deployments');
    const kids = await tree.until(folder, (k) => /CrashLoopBackOff/.test(k.find((n) => n.label === 'plante')?.description ?? '')
      && /ImagePullBackOff|ErrImagePull/.test(k.find((n) => n.label === 'absente')?.description ?? ''), 60_000);
    const crash = kids.find((n) => n.label === 'plante')!;
    assert.equal(crash.icon?.id, 'error');
    assert.match(crash.tooltip!(), /Redémarre en boucle/);
    const events = await tree.until(await tree.path(s.context, ns.name, 'Événements'), (k) => k.some((e) => /^BackOff · pod\/plante-/.test(e.label)), 60_000);
    const backoff = events.find((e) => /^BackOff · pod\/plante-/.test(e.label))!;
    assert.match(backoff.description ?? '', /^Redémarrage différé/);
  });
});

describe('tree on the local cluster (etudiant: edit in user-etudiant only)', () => {
  let s: ClusterSession;
  before(async () => { s = await openSession('etudiant'); });
  after(() => s?.dispose());

  it('shows only its namespace, never lists namespaces, and offers write actions', async () => {
    assert.equal(s.namespace, STUDENT_NAMESPACE);
    assert.equal(s.canListNamespaces, false);
    assert.equal(s.access(STUDENT_NAMESPACE)?.level, 'edit');
    const tree = treeOf(s);
    const [cluster] = await tree.expand();
    const nss = await tree.expand(cluster);
    assert.deepEqual(nss.map((n) => [n.label, n.description]), [[STUDENT_NAMESPACE, 'le seul espace de noms accessible']]);
    assert.ok(!s.hub.get({ resource: 'namespaces' }));
    const secrets = await tree.expand(await tree.path(s.context, STUDENT_NAMESPACE, 'Configuration', 'Secrets'));
    assert.ok(secrets.every((n) => n.kind !== 'state' || /Aucun objet/.test(n.label)), 'edit may list Secrets');
  });
});

describe('tree on the local cluster (lecteur: view in user-etudiant)', () => {
  let s: ClusterSession;
  const name = `lecteur-${process.pid}`;
  before(async () => {
    s = await openSession('lecteur');
    const r = kubectl('etudiant', ['apply', '-n', STUDENT_NAMESPACE, '-f', '-'], deployment(name, 'nginx:1.27', 1));
    assert.equal(r.code, 0, r.stderr);
  });
  after(() => {
    s?.dispose();
    kubectl('etudiant', ['delete', 'deployment,service', name, '-n', STUDENT_NAMESPACE, '--wait=false']);
  });

  it('sees the objects without write actions', async () => {
    const tree = treeOf(s);
    const deps = await tree.until(await tree.path(s.context, STUDENT_NAMESPACE, 'Charges de travail', 'Deployments'), (k) => k.some((n) => n.label === name && n.description === '1/1'));
    const dep = deps.find((n) => n.label === name)!;
    assert.equal(dep.contextValue, 'ka-deployment ka-object can-get can-events');
    const pods = await tree.expand((await tree.expand(dep))[0]);
    assert.equal(pods.length, 1);
    assert.equal(pods[0].contextValue, 'ka-pod ka-object can-get can-events can-logs');
  });

  it('is read-only: no delete/scale actions, Secrets refused in French without a request', async () => {
    assert.equal(s.access(STUDENT_NAMESPACE)?.level, 'view');
    const tree = treeOf(s);
    const secretsFolder = await tree.path(s.context, STUDENT_NAMESPACE, 'Configuration', 'Secrets');
    const kids = await tree.expand(secretsFolder);
    assert.equal(kids.length, 1);
    assert.match(kids[0].label, /^Accès refusé\s: avec le rôle «\slecture seule\s», vous ne pouvez pas lister les Secrets/);
    assert.ok(!s.hub.get({ resource: 'secrets', namespace: STUDENT_NAMESPACE }), 'no watch was attempted');
    // what the server really says when trying anyway, in French with the role
    const err = await s.gateway.request({ method: 'GET', path: `/api/v1/namespaces/${STUDENT_NAMESPACE}/secrets` }).then(() => undefined, (e: unknown) => e);
    assert.ok(err, 'the server refuses');
    const text = treeOf(s).env().describeError(err, STUDENT_NAMESPACE);
    assert.match(text, /Accès refusé/);
    assert.match(text, /view/);
    assert.doesNotMatch(text, /[{}]/);
  });

  it('a namespace it may not read shows one French state item, no popup storm', async () => {
    const other = await openSession('lecteur', 'kube-system');
    try {
      const tree = treeOf(other);
      const pods = await tree.expand(await tree.path(other.context, 'kube-system', 'Charges de travail', 'Pods'));
      assert.equal(pods.length, 1);
      assert.equal(pods[0].kind, 'state');
      assert.match(pods[0].label, /Accès refusé/);
    } finally {
      other.dispose();
    }
  });
});
