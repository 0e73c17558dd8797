import * as assert from 'node:assert/strict';
import type { TreeNode } from '../../../client/src/tree/model/types';
import { EDIT, VIEW } from './fixtures/rules';
import { byPath } from './fixtures/workloads';
import { makeEnv, PathTransport } from './modelEnv';

describe('Tree model (recorded objects through the real informers)', () => {
  let tr: PathTransport;
  let ctx: ReturnType<typeof makeEnv>;
  beforeEach(() => { tr = new PathTransport(); tr.byPath = structuredClone(byPath); });
  afterEach(() => ctx.hub.dispose());

  it('without the right to list namespaces, shows only the context namespace, expanded', async () => {
    ctx = makeEnv(tr, { rules: EDIT, canListNamespaces: false });
    const [cluster] = await ctx.expand();
    assert.equal(cluster.label, 'kind-test');
    const nss = await ctx.expand(cluster);
    assert.deepEqual(nss.map((n) => [n.label, n.description, n.collapsible]), [['ns', 'le seul espace de noms accessible', 'expanded']]);
    assert.ok(!tr.listCalls.some((c) => c.path === '/api/v1/namespaces'), 'never lists namespaces');
    const groups = await ctx.expand(nss[0]);
    assert.deepEqual(groups.map((g) => g.label), ['Charges de travail', 'Réseau', 'Configuration', 'Stockage', 'Événements']);
  });

  it('with the right to list namespaces, lists them with the current one first', async () => {
    tr.byPath['/api/v1/namespaces'] = ['default', 'kube-system', 'ns', 'autre'].map((name) => ({ metadata: { name } }));
    ctx = makeEnv(tr, { rules: EDIT, canListNamespaces: true });
    const [cluster] = await ctx.expand();
    const nss = await ctx.expand(cluster);
    assert.deepEqual(nss.map((n) => n.label), ['ns', 'autre', 'default', 'kube-system']);
  });

  it('Deployment → ReplicaSets → Pods → containers, with states at a glance', async () => {
    ctx = makeEnv(tr, { rules: EDIT, manifests: { 'Deployment/web': 'k8s/web.yaml' } });
    const folder = await ctx.path('kind-test', 'ns', 'Charges de travail', 'Deployments');
    const [dep] = await ctx.expand(folder);
    assert.equal(dep.label, 'web');
    assert.equal(dep.description, '1/2 · Redémarre en boucle (CrashLoopBackOff)');
    assert.equal(dep.icon?.id, 'error');
    assert.match(dep.contextValue, /^ka-deployment ka-object can-get can-events can-scale can-patch has-manifest$/);
    const tip = dep.tooltip?.() ?? '';
    assert.match(tip, /Redémarre en boucle/);
    assert.match(tip, /k8s\/web\.yaml/);
    const sets = await ctx.expand(dep);
    assert.deepEqual(sets.map((s) => [s.label, s.description]), [['web-7d9f', 'révision 2 · 1/2 · Redémarre en boucle (CrashLoopBackOff)'], ['web-5c4b', 'ancienne révision 1 · 0/0']]);
    const pods = await ctx.expand(sets[0]);
    assert.deepEqual(pods.map((p) => [p.label, p.description]), [
      ['web-7d9f-aaaaa', 'En cours d’exécution (Running) · 1/1'], ['web-7d9f-bbbbb', 'Redémarre en boucle (CrashLoopBackOff) · 0/1 · 4 redémarrage(s)'],
    ]);
    assert.match(pods[1].contextValue, /can-delete/);
    assert.match(pods[1].contextValue, /can-logs/);
    assert.match(pods[1].contextValue, /can-portforward/);
    const containers = await ctx.expand(pods[1]);
    assert.deepEqual(containers.map((c) => [c.label, c.contextValue]), [['web', 'ka-container can-logs']]);
    assert.match(containers[0].description ?? '', /^Redémarre en boucle \(CrashLoopBackOff\) · 4 redémarrage\(s\) · nginx:1\.27$/);
  });

  it('one watch per type, and only for expanded folders', async () => {
    ctx = makeEnv(tr, { rules: EDIT });
    await ctx.expand(await ctx.path('kind-test', 'ns', 'Charges de travail', 'Deployments'));
    const paths = tr.listCalls.map((c) => c.path).sort();
    assert.deepEqual(paths, ['/api/v1/namespaces/ns/pods', '/apis/apps/v1/namespaces/ns/deployments', '/apis/apps/v1/namespaces/ns/replicasets']);
    const folder = await ctx.path('kind-test', 'ns', 'Charges de travail', 'Pods');
    await ctx.expand(folder);
    assert.equal(tr.watches.filter((w) => w.path === '/api/v1/namespaces/ns/pods').length, 1);
  });

  it('with the view role: no delete/scale actions, Secrets folder explains the refusal without any request', async () => {
    ctx = makeEnv(tr, { rules: VIEW });
    const [pod] = await ctx.expand(await ctx.path('kind-test', 'ns', 'Charges de travail', 'Pods'));
    assert.equal(pod.contextValue, 'ka-pod ka-object can-get can-events can-logs');
    const secrets = await ctx.path('kind-test', 'ns', 'Configuration', 'Secrets');
    assert.equal(secrets.description, 'aucun droit');
    const kids = await ctx.expand(secrets);
    assert.equal(kids.length, 1);
    assert.equal(kids[0].kind, 'state');
    assert.match(kids[0].label, /Accès refusé\s: avec le rôle «\slecture seule\s»/);
    assert.match(kids[0].tooltip?.() ?? '', /edit/);
    assert.ok(!tr.listCalls.some((c) => c.path.endsWith('/secrets')));
  });

  it('Services show their endpoints, and explain a selector that matches nothing', async () => {
    ctx = makeEnv(tr, { rules: EDIT });
    const svcs = await ctx.expand(await ctx.path('kind-test', 'ns', 'Réseau', 'Services'));
    assert.deepEqual(svcs.map((s) => [s.label, s.description, s.icon?.id]), [
      ['typo', 'ClusterIP · 80/TCP · 0 Pod(s)', 'warning'], ['web', 'ClusterIP · 80→8080/TCP · 1 Pod(s)', 'pass-filled'],
    ]);
    const eps = await ctx.expand(svcs[1]);
    assert.deepEqual(eps.map((e) => [e.label, e.description]), [['10.0.0.1:8080', 'pod/web-7d9f-aaaaa · prêt'], ['10.0.0.2:8080', 'pod/web-7d9f-bbbbb · pas prêt']]);
    const none = await ctx.expand(svcs[0]);
    assert.match(none[0].label, /Aucun Pod prêt derrière ce Service \(sélecteur app=wbe\)/);
  });

  it('Secrets list their keys with values hidden and never keep values in memory', async () => {
    ctx = makeEnv(tr, { rules: EDIT });
    const [secret] = await ctx.expand(await ctx.path('kind-test', 'ns', 'Configuration', 'Secrets'));
    const keys = await ctx.expand(secret);
    assert.deepEqual(keys.map((k) => [k.label, k.description]), [['password', 'valeur masquée']]);
    const stored = ctx.hub.items({ resource: 'secrets', namespace: 'ns' })[0] as { data?: Record<string, string> };
    assert.deepEqual(stored.data, { password: '' });
    const [cm] = await ctx.expand(await ctx.path('kind-test', 'ns', 'Configuration', 'ConfigMaps'));
    assert.deepEqual((await ctx.expand(cm)).map((k) => [k.label, k.description]), [['APP_TITLE', 'Mon application'], ['LOG_LEVEL', 'debug']]);
  });

  it('events newest first, explained', async () => {
    ctx = makeEnv(tr, { rules: EDIT });
    const events = await ctx.expand(await ctx.path('kind-test', 'ns', 'Événements'));
    assert.deepEqual(events.map((e) => e.label), ['BackOff · pod/web-7d9f-bbbbb', 'ScalingReplicaSet · deployment/web', 'Scheduled · pod/web-7d9f-aaaaa']);
    assert.equal(events[0].description, 'Redémarrage différé · ×5 · il y a 1 min');
    assert.match(events[0].tooltip?.() ?? '', /plante à chaque démarrage/);
  });

  it('marks the IDE\'s own workload', async () => {
    ctx = makeEnv(tr, { rules: EDIT, self: [{ kind: 'Deployment', name: 'web' }] });
    const [dep] = await ctx.expand(await ctx.path('kind-test', 'ns', 'Charges de travail', 'Deployments'));
    assert.match(dep.contextValue, /ka-self/);
    assert.match(dep.description ?? '', /ce VS Code/);
    assert.equal(dep.icon?.id, 'shield');
  });

  it('API server unreachable: one French state item, stale data kept, recovery by itself', async () => {
    ctx = makeEnv(tr, { rules: EDIT });
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:6443' } });
    tr.failing.set('/api/v1/namespaces/ns/pods', refused);
    const folder = await ctx.path('kind-test', 'ns', 'Charges de travail', 'Pods');
    let kids: TreeNode[] = await ctx.expand(folder);
    assert.equal(kids.length, 1);
    assert.equal(kids[0].kind, 'state');
    assert.match(kids[0].label, /Le serveur d’API du cluster.* ne répond pas/);
    assert.match(kids[0].description ?? '', /Nouvelle tentative dans \d+ s/);
    assert.equal(kids[0].command?.id, 'kubeApprenti.arbre.reessayer');
    tr.failing.clear();
    await ctx.hub.get({ resource: 'pods', namespace: 'ns' })?.whenSynced(3000);
    kids = await ctx.expand(folder);
    assert.deepEqual(kids.map((k) => k.label), ['web-7d9f-aaaaa', 'web-7d9f-bbbbb']);
    // the watch breaks: data stays, with a warning item first
    (await tr.nthWatch(tr.watches.length - 1)).end(refused);
    await new Promise((r) => setTimeout(r, 5));
    tr.failing.set('/api/v1/namespaces/ns/pods', refused);
    kids = await ctx.expand(folder);
    assert.equal(kids[0].kind, 'state');
    assert.match(kids[0].label, /Données peut-être périmées/);
    assert.equal(kids.length, 3);
  });

  it('reuses the node of an unchanged pod and rebuilds only a changed one', async () => {
    ctx = makeEnv(tr, { rules: EDIT });
    const folder = await ctx.path('kind-test', 'ns', 'Charges de travail', 'Pods');
    const first = await ctx.expand(folder);
    const again = await ctx.expand(folder);
    assert.equal(again[0], first[0]);
    assert.equal(again[1], first[1]);
    const w = tr.watches.find((x) => x.path === '/api/v1/namespaces/ns/pods')!;
    const changed = structuredClone(ctx.hub.items({ resource: 'pods', namespace: 'ns' }).find((p) => p.metadata.name === 'web-7d9f-aaaaa')!);
    changed.metadata.deletionTimestamp = '2026-01-01T00:09:30Z';
    w.send('MODIFIED', changed);
    const third = await ctx.expand(folder);
    assert.notEqual(third[0], first[0]);
    assert.match(third[0].description ?? '', /^En cours d’arrêt \(Terminating\)/);
    assert.equal(third[1], first[1]);
  });

  it('no usable kubeconfig: one French state item at the root that opens the connection menu', async () => {
    ctx = makeEnv(tr, { rules: EDIT });
    ctx.env.connection = { ok: false, context: '', server: '', namespace: '', inCluster: false, problem: 'Aucun cluster configuré : ni fichier kubeconfig…' };
    const roots = await ctx.expand();
    assert.deepEqual(roots.map((r) => [r.kind, r.label, r.description, r.command?.id]), [['state', 'Aucun cluster connecté', 'Aucun cluster configuré : ni fichier kubeconfig…', 'kubeApprenti.connexion.changer']]);
  });

  it('an expired token becomes a French state item, not a popup', async () => {
    ctx = makeEnv(tr, { rules: EDIT });
    tr.failing.set('/api/v1/namespaces/ns/pods', Object.assign(new Error('Unauthorized'), { statusCode: 401 }));
    const kids = await ctx.expand(await ctx.path('kind-test', 'ns', 'Charges de travail', 'Pods'));
    assert.equal(kids.length, 1);
    assert.match(kids[0].label, /Le cluster ne reconnaît pas votre identité\u00a0: votre jeton d’accès a probablement expiré/);
  });
});
