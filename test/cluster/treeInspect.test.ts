// Inspect actions against the real local cluster: live YAML, events explained, logs on KWOK pods (no kubelet),
// port-forward, scale and delete (self-healing), and the French refusal for the read-only user.
import * as assert from 'node:assert/strict';
import * as net from 'node:net';
import { toClusterError } from '../../core/cluster/errors';
import type { ClusterSession } from '../../client/src/connection/session';
import { eventsMarkdown, relatedUids } from '../../client/src/inspect/eventsDoc';
import { liveYamlText } from '../../client/src/inspect/liveObject';
import { isKubeletFailure, isNoPrevious } from '../../core/cluster/logErrors';
import { podForService, servicePorts } from '../../client/src/inspect/portForwardTarget';
import type { EventView, PodView, ServiceView } from '../../core/cluster/watchTypes';
import { deleteObject, scaleWorkload } from '../../core/cluster/write';
import { freshNamespace, kubectl, STUDENT_NAMESPACE, waitFor } from './helpers';
import { labels, openSession, treeOf } from './treeHelpers';

const app = (name: string, image: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: 1
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec: { containers: [ { name: web, image: ${image}, ports: [ { name: http, containerPort: 8080 } ] } ] }
---
apiVersion: v1
kind: Service
metadata: { name: ${name} }
spec: { selector: { app: ${name} }, ports: [ { port: 80, targetPort: http } ] }
`;

describe('inspect actions on the local cluster', function () {
  let ns: Awaited<ReturnType<typeof freshNamespace>>;
  let s: ClusterSession;
  let pod: PodView;
  before(async () => {
    ns = await freshNamespace('inspect');
    assert.equal(kubectl('admin', ['apply', '-n', ns.name, '-f', '-'], app('web', 'nginx:1.27') + '---\n' + app('plante', 'example/crash:1')).code, 0);
    s = await openSession('admin', ns.name);
    const list = await waitFor(async () => (await s.gateway.request<{ items: PodView[] }>({ method: 'GET', path: `/api/v1/namespaces/${ns.name}/pods`, query: { labelSelector: 'app=web' } })).body.items,
      (items) => items.length === 1 && items[0].status?.phase === 'Running', 60_000);
    pod = list[0];
  });
  after(async () => { s?.dispose(); await ns?.cleanup(); });

  it('live YAML: read-only text without managedFields, with the kubectl equivalent', async () => {
    const { body } = await s.gateway.request<Record<string, unknown>>({ method: 'GET', path: `/apis/apps/v1/namespaces/${ns.name}/deployments/web` });
    assert.ok((body.metadata as { managedFields?: unknown }).managedFields, 'the server sends managedFields');
    const text = liveYamlText('fr', { resource: 'deployments', kind: 'Deployment', name: 'web', namespace: ns.name }, body, '12:00:00');
    assert.match(text, /^# Deployment «\sweb\s» tel qu’il est dans le cluster, lu à 12:00:00/);
    assert.match(text, new RegExp(`kubectl get deployment web -n ${ns.name} -o yaml`));
    const yamlBody = text.split('\n').slice(2).join('\n');
    assert.doesNotMatch(yamlBody, /managedFields/);
    assert.match(yamlBody, /replicas: 1/);
  });

  it('events of a Deployment include its ReplicaSet and Pods, explained in French', async () => {
    const { body } = await s.gateway.request<{ metadata: { uid: string } }>({ method: 'GET', path: `/apis/apps/v1/namespaces/${ns.name}/deployments/plante` });
    const ref = { resource: 'deployments' as const, kind: 'Deployment', name: 'plante', namespace: ns.name, uid: body.metadata.uid };
    const md = await waitFor(async () => {
      const related = await relatedUids(s, ref);
      const events = (await s.gateway.request<{ items: EventView[] }>({ method: 'GET', path: `/api/v1/namespaces/${ns.name}/events` })).body.items;
      return eventsMarkdown({ lang: 'fr', ref, events, uids: related.uids, relatedKinds: related.kinds, now: Date.now() });
    }, (m) => /BackOff — pod\/plante-/.test(m) && /ScalingReplicaSet — deployment\/plante/.test(m), 60_000);
    assert.match(md, /_Les événements des objets qu’il gère \(ReplicaSet, Pod\) sont inclus\._/);
    assert.match(md, /\*\*Redémarrage différé\*\*\s: Le conteneur plante à chaque démarrage/);
    assert.match(md, /\*\*Mise à l’échelle\*\*\s:/);
    assert.doesNotMatch(md, /pod\/web-/, 'events of other objects are left out');
  });

  it('logs of a KWOK pod: the node has no kubelet, recognised and explained (no raw error)', async () => {
    const err = await s.gateway.stream({ path: `/api/v1/namespaces/${ns.name}/pods/${pod.metadata.name}/log`, query: { container: 'web' }, signal: AbortSignal.timeout(60_000) }, () => undefined)
      .then(() => undefined, (e: unknown) => toClusterError(e));
    assert.ok(err, 'KWOK pods have no logs to stream');
    assert.equal(isKubeletFailure(err) || isNoPrevious(err), true, JSON.stringify(err.info));
  });

  it('port-forward to the Service\'s pod: named targetPort resolved, failure on a fake node reported', async () => {
    const svc = (await s.gateway.request<ServiceView>({ method: 'GET', path: `/api/v1/namespaces/${ns.name}/services/web` })).body;
    const pods = (await s.gateway.request<{ items: PodView[] }>({ method: 'GET', path: `/api/v1/namespaces/${ns.name}/pods` })).body.items;
    const target = podForService(svc, pods);
    assert.equal(target?.metadata.name, pod.metadata.name);
    assert.deepEqual(servicePorts(svc, target!), [{ port: 80, targetPort: 8080, label: '80 → 8080' }]);
    // one TCP connection through the API server's portforward WebSocket
    const [a, b] = await new Promise<[net.Socket, net.Socket]>((resolve) => {
      const srv = net.createServer((server) => { srv.close(); resolve([server, client]); });
      let client: net.Socket;
      srv.listen(0, '127.0.0.1', () => { client = net.connect((srv.address() as net.AddressInfo).port, '127.0.0.1'); });
    });
    const errors: string[] = [];
    const outcome = await s.gateway.portForward(ns.name, pod.metadata.name, 8080, a, (m) => errors.push(m)).then(() => 'open', (e: unknown) => toClusterError(e).info.kind);
    b.write('GET / HTTP/1.0\r\n\r\n');
    await waitFor(async () => errors.length > 0 || a.destroyed || outcome !== 'open', (v) => v, 20_000).catch(() => false);
    a.destroy(); b.destroy();
    assert.ok(outcome !== 'open' || errors.length > 0 || a.destroyed, `a fake node cannot forward: ${outcome} ${errors.join(' ')}`);
  });

  it('scale through the scale subresource, then delete a pod: the tree shows self-healing', async () => {
    const tree = treeOf(s);
    await scaleWorkload(s.gateway, { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: ns.name }, 2);
    const deps = await tree.until(await tree.path(s.context, ns.name, 'Charges de travail', 'Deployments'), (k) => k.some((n) => n.label === 'web' && n.description === '2/2'));
    const web = deps.find((n) => n.label === 'web')!;
    const rs = (await tree.expand(web))[0];
    const before = labels(await tree.until(rs, (k) => k.length === 2));
    await deleteObject(s.gateway, { apiVersion: 'v1', kind: 'Pod', name: before[0], namespace: ns.name });
    const after = await tree.until(rs, (k) => k.length === 2 && !labels(k).includes(before[0]) && k.every((p) => /^En cours d’exécution \(Running\)/.test(p.description ?? '')));
    assert.ok(labels(after).includes(before[1]));
  });
});

describe('inspect actions refused to the read-only user', () => {
  it('deleting a pod as lecteur gives the French 403 explanation naming the role', async () => {
    const s = await openSession('lecteur');
    try {
      const err = await deleteObject(s.gateway, { apiVersion: 'v1', kind: 'Pod', name: 'nope', namespace: STUDENT_NAMESPACE }).then(() => undefined, (e: unknown) => e);
      const text = treeOf(s).env().describeError(err, STUDENT_NAMESPACE);
      assert.match(text, /^Accès refusé\s: votre compte a le rôle `view`/);
      assert.match(text, /supprimer les Pods/);
      assert.match(text, /`edit` ou `admin`|`edit`/);
    } finally {
      s.dispose();
    }
  });
});
