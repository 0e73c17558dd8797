// Every cluster check kind of the labs, against the real local cluster (kube-apiserver + controllers + KWOK):
// each one passes on the right state and fails with the lab's French message on the wrong one.
import * as assert from 'node:assert/strict';
import { ClusterGateway } from '../../core/cluster/gateway';
import { LabClusterActions, LAB_LABEL } from '../../core/labs/cluster/actions';
import { GatewayReader } from '../../core/labs/cluster/gatewayReader';
import type { CheckContext } from '../../core/labs/checks/types';
import type { Check } from '../../core/labs/format/types';
import { runCheck } from '../../core/labs/runner';
import { freshNamespace, kubeconfigPath, kubectl, waitFor } from './helpers';

const DEPLOY = (name: string, image: string, replicas = 2, extraLabels = '') => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name}${extraLabels} } }
    spec:
      containers:
        - name: main
          image: ${image}
          ports: [{ containerPort: 80 }]
`;
const SERVICE = (name: string, app: string) => `apiVersion: v1
kind: Service
metadata: { name: ${name} }
spec:
  selector: { app: ${app} }
  ports: [{ port: 80, targetPort: 80 }]
`;

describe('labs: cluster checks on the real cluster', function () {
  this.timeout(180_000);
  let ns: string;
  let cleanup: () => Promise<void>;
  let ctx: CheckContext;
  let gw: ClusterGateway;

  const apply = (yaml: string): void => {
    const r = kubectl('admin', ['apply', '-n', ns, '-f', '-'], yaml);
    assert.equal(r.code, 0, r.stderr);
  };
  const run = (c: Check, extra: Partial<CheckContext> = {}) => runCheck(c, 0, { ...ctx, ...extra });

  before(async () => {
    ({ name: ns, cleanup } = await freshNamespace('labs-checks'));
    gw = ClusterGateway.connect({ kubeconfig: kubeconfigPath('admin'), namespace: ns });
    ctx = { lang: 'fr', cluster: new GatewayReader(gw, 'fr', ns), clock: { startedAt: Date.now() }, pollMs: 300 };
    apply(DEPLOY('web', 'nginx:1.27'));
    apply(SERVICE('web', 'web'));
  });
  after(async () => { await cleanup(); });

  it('cluster.existe / cluster.absent', async () => {
    assert.equal((await run({ type: 'cluster.existe', resource: 'Deployment/web', failMessage: 'Le Deployment web manque.' })).status, 'passed');
    assert.equal((await run({ type: 'cluster.existe', resource: 'Pod', selector: { app: 'web' }, timeout: 60, failMessage: 'x.....' })).status, 'passed');
    const ko = await run({ type: 'cluster.existe', resource: 'Service/absent', timeout: 1, failMessage: 'Le Service absent manque.' });
    assert.equal(ko.status, 'failed');
    assert.equal(ko.failMessage, 'Le Service absent manque.');
    assert.match(ko.detail ?? '', new RegExp(`n['’]existe pas dans le namespace ${ns}`));
    assert.equal((await run({ type: 'cluster.absent', resource: 'Service/absent', failMessage: 'x.....' })).status, 'passed');
    assert.equal((await run({ type: 'cluster.absent', resource: 'Service/web', timeout: 1, failMessage: 'Le Service existe encore.' })).status, 'failed');
  });

  it('cluster.deployment-pret: ready with N, not with N+1', async () => {
    assert.equal((await run({ type: 'cluster.deployment-pret', deployment: 'web', replicas: 2, timeout: 60, failMessage: 'x.....' })).status, 'passed');
    const ko = await run({ type: 'cluster.deployment-pret', deployment: 'web', replicas: 3, timeout: 2, failMessage: 'Il faut 3 réplicas prêts.' });
    assert.equal(ko.status, 'failed');
    assert.match(ko.detail ?? '', /2 réplica\(s\) prêt\(s\) sur 2 demandé\(s\)\s; condition Available\s: True/);
  });

  it('cluster.champ on a live object (kubectl agrees)', async () => {
    const image = kubectl('admin', ['get', 'deploy', 'web', '-n', ns, '-o', 'jsonpath={.spec.template.spec.containers[0].image}']).stdout;
    assert.equal(image, 'nginx:1.27');
    assert.equal((await run({ type: 'cluster.champ', resource: 'Deployment/web', path: 'spec.template.spec.containers[0].image', equals: image, failMessage: 'x.....' })).status, 'passed');
    const ko = await run({ type: 'cluster.champ', resource: 'Deployment/web', path: 'spec.replicas', equals: 5, timeout: 1, failMessage: 'Il faut 5 réplicas.' });
    assert.equal(ko.detail?.startsWith('Trouvé\u00a0: 2.'), true, ko.detail);
  });

  it('cluster.endpoints: ready EndpointSlice addresses, empty when the selector is broken', async () => {
    assert.equal((await run({ type: 'cluster.endpoints', service: 'web', min: 2, port: 80, timeout: 60, failMessage: 'x.....' })).status, 'passed');
    apply(SERVICE('casse', 'webb'));
    assert.equal((await run({ type: 'cluster.endpoints', service: 'casse', max: 0, timeout: 10, failMessage: 'x.....' })).status, 'passed');
    const ko = await run({ type: 'cluster.endpoints', service: 'casse', min: 1, timeout: 3, failMessage: 'Le Service casse n\'a aucun Pod.' });
    assert.equal(ko.status, 'failed');
    assert.match(ko.detail ?? '', /^0 endpoint\(s\) prêt\(s\)\./);
  });

  it('cluster.pods-recrees: fails before a Pod is deleted, passes after the Deployment recreated it', async () => {
    const clock = { startedAt: Date.now(), podsAtStart: { 'app=web': (await ctx.cluster!.list('Pod', { app: 'web' })).map((p) => String((p.metadata as { uid: string }).uid)) } };
    const check: Check = { type: 'cluster.pods-recrees', selector: { app: 'web' }, min: 1, timeout: 2, failMessage: 'Aucun Pod recréé.' };
    assert.equal((await run(check, { clock })).status, 'failed');
    const name = kubectl('admin', ['get', 'pods', '-n', ns, '-l', 'app=web', '-o', 'jsonpath={.items[0].metadata.name}']).stdout;
    assert.equal(kubectl('admin', ['delete', 'pod', name, '-n', ns, '--wait=false']).code, 0);
    assert.equal((await run({ ...check, timeout: 60 }, { clock })).status, 'passed');
  });

  it('cluster.redemarrages: a crashing container (KWOK crash-loop stage) restarts', async () => {
    apply(DEPLOY('plante', 'busybox-crash:1.36', 1));
    const check: Check = { type: 'cluster.redemarrages', selector: { app: 'plante' }, min: 1, timeout: 60, failMessage: 'Le conteneur n\'a pas redémarré.' };
    assert.equal((await run(check)).status, 'passed');
    const ko = await run({ type: 'cluster.redemarrages', selector: { app: 'web' }, timeout: 1, failMessage: 'Le conteneur n\'a pas redémarré.' });
    assert.match(ko.detail ?? '', /le plus élevé\s: 0/);
  });

  it('cluster.revisions counts the rollout history (kubectl rollout history agrees)', async () => {
    assert.equal(kubectl('admin', ['set', 'image', 'deployment/web', 'main=nginx:1.28', '-n', ns]).code, 0);
    const check: Check = { type: 'cluster.revisions', deployment: 'web', min: 2, timeout: 60, failMessage: 'Il faut 2 révisions.' };
    assert.equal((await run(check)).status, 'passed');
    const history = kubectl('admin', ['rollout', 'history', 'deployment/web', '-n', ns]).stdout;
    assert.match(history, /^1\s/m);
    assert.match(history, /^2\s/m);
    const ko = await run({ ...check, min: 3, timeout: 1 });
    assert.match(ko.detail ?? '', /2 révision\(s\) trouvée\(s\)/);
  });

  it('cluster.evenement: FailedScheduling for a Pod too big for any node, only since the step', async () => {
    const start = Date.now();
    apply(`apiVersion: v1
kind: Pod
metadata: { name: gros-pod }
spec:
  containers:
    - name: calcul
      image: busybox:1.36
      resources: { requests: { cpu: "64" } }
`);
    const check: Check = { type: 'cluster.evenement', reason: 'FailedScheduling', object: 'Pod/gros-pod', timeout: 60, failMessage: 'Pas d\'échec de placement.' };
    assert.equal((await run(check, { clock: { startedAt: start } })).status, 'passed');
    const later = await run({ ...check, timeout: 1 }, { clock: { startedAt: Date.now() + 3_600_000 } });
    assert.equal(later.status, 'failed');
    assert.equal((await run({ ...check, sinceStepStart: false }, { clock: { startedAt: Date.now() + 3_600_000 } })).status, 'passed');
  });

  it('a 403 gives status erreur with the French explanation (student reading another namespace)', async () => {
    const student = ClusterGateway.connect({ kubeconfig: kubeconfigPath('etudiant') });
    const r = await runCheck({ type: 'cluster.existe', resource: 'Deployment/web', timeout: 30, failMessage: 'x.....' }, 0,
      { lang: 'fr', cluster: new GatewayReader(student, 'fr', ns), clock: { startedAt: Date.now() } });
    assert.equal(r.status, 'error');
    assert.match(r.detail ?? '', /refus|droit|autoris/i);
  });

  it('cluster.autorisation: the API server\'s RBAC answer for a ServiceAccount (kubectl auth can-i --as agrees)', async () => {
    apply(`apiVersion: v1
kind: ServiceAccount
metadata: { name: lecteur-pods }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: lire-pods }
rules:
  - { apiGroups: [""], resources: [pods, pods/log], verbs: [get, list, watch] }
`);
    const check = (verb: string, resource: string, allowed?: boolean, timeout = 1): Check =>
      ({ type: 'cluster.autorisation', serviceAccount: 'lecteur-pods', verb, resource, allowed, timeout, failMessage: 'Mauvais droits.' });
    // Before the RoleBinding: no right at all.
    const before = await run(check('list', 'pods'));
    assert.equal(before.status, 'failed');
    assert.match(before.detail ?? '', /répond\u00a0: refusé/);
    apply(`apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: lecteur-pods-lire-pods }
subjects: [{ kind: ServiceAccount, name: lecteur-pods }]
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: lire-pods }
`);
    const canI = (verb: string, resource: string) =>
      kubectl('admin', ['auth', 'can-i', verb, resource, '-n', ns, `--as=system:serviceaccount:${ns}:lecteur-pods`]).stdout.trim();
    const listed = await run(check('list', 'pods', undefined, 30));
    assert.equal(listed.status, 'passed', listed.detail);
    assert.equal(canI('list', 'pods'), 'yes');
    assert.equal((await run(check('get', 'pods/log'))).status, 'passed');
    assert.equal((await run(check('delete', 'pods', false))).status, 'passed');
    assert.equal(canI('delete', 'pods'), 'no');
    const tooMuch = await run(check('get', 'pods', false));
    assert.equal(tooMuch.status, 'failed');
    assert.match(tooMuch.detail ?? '', /autorisé \(RBAC: allowed by RoleBinding "lecteur-pods-lire-pods/);
    assert.equal((await run(check('list', 'secrets', false))).status, 'passed');
    assert.equal((await run(check('list', 'deployments'))).status, 'failed');
  });

  it('cluster.autorisation with the edit role: the review is refused, the check is « impossible à vérifier » (erreur)', async () => {
    const r = kubectl('admin', ['create', 'rolebinding', 'etudiant-edit', '--clusterrole=edit', '--serviceaccount=user-etudiant:etudiant', '-n', ns]);
    assert.equal(r.code, 0, r.stderr);
    const student = ClusterGateway.connect({ kubeconfig: kubeconfigPath('etudiant') });
    const res = await runCheck({ type: 'cluster.autorisation', serviceAccount: 'lecteur-pods', verb: 'list', resource: 'pods', timeout: 5, failMessage: 'x.....' }, 0,
      { lang: 'fr', cluster: new GatewayReader(student, 'fr', ns), clock: { startedAt: Date.now() } });
    assert.equal(res.status, 'error', res.detail);
  });

  it('résoudre actions and reset: only objects labelled for the lab are deleted', async () => {
    const actions = new LabClusterActions(gw, ns);
    apply(DEPLOY('du-lab', 'nginx:1.27', 1).replace('metadata: { name: du-lab }', `metadata: { name: du-lab, labels: { ${LAB_LABEL}: l99 } }`));
    apply(`apiVersion: v1\nkind: ConfigMap\nmetadata: { name: pas-du-lab, labels: { ${LAB_LABEL}: autre-lab } }\ndata: { a: b }\n`);
    await actions.scale('du-lab', 3);
    await waitFor(() => gw.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'du-lab', namespace: ns }), (d) => (d.status as { readyReplicas?: number } | undefined)?.readyReplicas === 3, 60_000);
    assert.deepEqual(await actions.labelled('l99'), [{ kind: 'Deployment', name: 'du-lab' }]);
    await actions.resetLab('l99');
    await waitFor(() => gw.getOrNull({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'du-lab', namespace: ns }), (d) => d === undefined, 30_000);
    assert.ok(await gw.getOrNull({ apiVersion: 'v1', kind: 'ConfigMap', name: 'pas-du-lab', namespace: ns }), 'another lab\'s object was deleted');
    assert.ok(await gw.getOrNull({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: ns }), 'an unlabelled object was deleted');
  });

  it('rollout restart and undo actions behave like kubectl', async () => {
    const actions = new LabClusterActions(gw, ns);
    await waitFor(() => gw.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: ns }), (d) => (d.status as { updatedReplicas?: number }).updatedReplicas === 2, 60_000);
    await actions.undo('web');
    await waitFor(async () => kubectl('admin', ['get', 'deploy', 'web', '-n', ns, '-o', 'jsonpath={.spec.template.spec.containers[0].image}']).stdout, (img) => img === 'nginx:1.27', 30_000);
    const before = new Date().toISOString();
    await actions.restart('web');
    const annot = kubectl('admin', ['get', 'deploy', 'web', '-n', ns, '-o', 'jsonpath={.spec.template.metadata.annotations.kubectl\\.kubernetes\\.io/restartedAt}']).stdout;
    assert.ok(annot >= before.slice(0, 19), annot);
    assert.equal((await run({ type: 'cluster.revisions', deployment: 'web', min: 3, timeout: 60, failMessage: 'x.....' })).status, 'passed');
  });
});
