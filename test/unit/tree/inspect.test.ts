import * as assert from 'node:assert/strict';
import { ClusterError } from '../../../core/cluster/errors';
import type { EventView, PodView, ServiceView } from '../../../core/cluster/watchTypes';
import { eventsMarkdown } from '../../../client/src/inspect/eventsDoc';
import { cleanLiveObject } from '../../../client/src/inspect/liveObject';
import { isKubeletFailure, isNoPrevious } from '../../../core/cluster/logErrors';
import { defaultLocalPort, podForService, podPorts, servicePorts } from '../../../client/src/inspect/portForwardTarget';

const pod = (name: string, labels: Record<string, string>, ready: boolean, ports: { name?: string; containerPort: number }[] = []): PodView => ({
  metadata: { name, labels },
  spec: { containers: [{ name: 'web', image: 'nginx', ports }] },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});

describe('inspect helpers', () => {
  it('live object loses managedFields and last-applied, keeps other annotations', () => {
    const o = cleanLiveObject({ metadata: { name: 'x', managedFields: [{}], annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}', keep: 'me' } } });
    assert.deepEqual(o, { metadata: { name: 'x', annotations: { keep: 'me' } } });
  });

  it('port-forward target: first ready selected pod, named targetPort resolved like kubectl', () => {
    const svc: ServiceView = { metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }, { port: 9090, targetPort: 9090 }, { port: 81, targetPort: 'nope' }] } };
    const pods = [pod('other', { app: 'x' }, true), pod('notready', { app: 'web' }, false), pod('ready', { app: 'web' }, true, [{ name: 'http', containerPort: 8080 }])];
    const target = podForService(svc, pods);
    assert.equal(target?.metadata.name, 'ready');
    assert.deepEqual(servicePorts(svc, target!).map((p) => [p.port, p.targetPort]), [[80, 8080], [9090, 9090]]);
    assert.equal(podForService({ metadata: { name: 'x' }, spec: {} }, pods), undefined);
    assert.deepEqual(podPorts(target!).map((p) => p.targetPort), [8080]);
    assert.equal(defaultLocalPort(80), 8080);
    assert.equal(defaultLocalPort(3000), 3000);
  });

  it('recognises kubelet failures (KWOK: no node address) and « no previous container »', () => {
    const kwok = new ClusterError({ kind: 'other', status: 500, message: 'no preferred addresses found; known addresses: []' });
    assert.equal(isKubeletFailure(kwok), true);
    const prev = new ClusterError({ kind: 'invalid', status: 400, causes: [], message: 'previous terminated container "web" in pod "web-1" not found' });
    assert.equal(isNoPrevious(prev), true);
    assert.equal(isKubeletFailure(new ClusterError({ kind: 'forbidden', message: 'x' })), false);
  });

  it('events page: only the object and what it manages, newest first, explained', () => {
    const ev = (name: string, kind: string, obj: string, uid: string, reason: string, at: string, type = 'Normal'): EventView =>
      ({ metadata: { name }, involvedObject: { kind, name: obj, uid }, reason, type, message: `${reason} message`, lastTimestamp: at });
    const md = eventsMarkdown({
      lang: 'fr', ref: { resource: 'deployments', kind: 'Deployment', name: 'web', namespace: 'ns', uid: 'd' },
      events: [
        ev('1', 'Deployment', 'web', 'd', 'ScalingReplicaSet', '2026-01-01T00:00:00Z'),
        ev('2', 'Pod', 'web-1', 'p', 'BackOff', '2026-01-01T00:05:00Z', 'Warning'),
        ev('3', 'Pod', 'autre', 'q', 'Pulled', '2026-01-01T00:06:00Z'),
      ],
      uids: new Set(['d', 'p']), relatedKinds: ['ReplicaSet', 'Pod'], now: Date.parse('2026-01-01T00:10:00Z'),
    });
    const titles = [...md.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    assert.deepEqual(titles, ['⚠️ BackOff — pod/web-1 — il y a 5 min', 'ℹ️ ScalingReplicaSet — deployment/web — il y a 10 min']);
    assert.match(md, /kubectl events --for deployment\/web -n ns/);
  });
});
