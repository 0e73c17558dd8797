// Logic of the cluster check kinds on an in-memory reader (the real proof is test/cluster/labs-checks.test.ts).
import * as assert from 'node:assert/strict';
import { LabClusterError, type CheckContext, type ClusterReader } from '../../../core/labs/checks/types';
import type { Check, LabelMap } from '../../../core/labs/format/types';
import { runCheck } from '../../../core/labs/runner';

type Obj = Record<string, unknown>;
const iso = (ms: number) => new Date(ms).toISOString();

class MemoryReader implements ClusterReader {
  readonly namespace = 'user-etudiant';
  constructor(public objects: Obj[]) {}
  async get(kind: string, name: string) {
    return this.objects.find((o) => String(o.kind).toLowerCase() === kind.toLowerCase() && (o.metadata as Obj).name === name);
  }
  async list(kind: string, sel?: LabelMap) {
    return this.objects.filter((o) => o.kind === kind && Object.entries(sel ?? {}).every(([k, v]) => ((o.metadata as Obj).labels as Obj | undefined)?.[k] === v));
  }
}

function pod(name: string, created: number, opts: { ready?: boolean; restarts?: number; uid?: string } = {}): Obj {
  return {
    kind: 'Pod', metadata: { name, uid: opts.uid ?? name, labels: { app: 'guestbook' }, creationTimestamp: iso(created) },
    status: { conditions: [{ type: 'Ready', status: opts.ready === false ? 'False' : 'True' }], containerStatuses: [{ name: 'guestbook', restartCount: opts.restarts ?? 0 }] },
  };
}

const start = Date.parse('2026-09-01T10:00:00.600Z');
function ctx(objects: Obj[], extra: Partial<CheckContext> = {}): CheckContext {
  return { lang: 'fr', cluster: new MemoryReader(objects), clock: { startedAt: start }, timeoutScale: 0.01, pollMs: 5, ...extra };
}
const run = (c: Check, objects: Obj[], extra: Partial<CheckContext> = {}) => runCheck(c, 0, ctx(objects, extra));

describe('labs: cluster checks (logic)', () => {
  it('cluster.existe / cluster.absent, by name and by selector', async () => {
    const objs = [pod('guestbook-a', start)];
    assert.equal((await run({ type: 'cluster.existe', resource: 'Pod/guestbook-a', failMessage: 'x.....' }, objs)).status, 'passed');
    assert.equal((await run({ type: 'cluster.existe', resource: 'Pod', selector: { app: 'guestbook' }, failMessage: 'x.....' }, objs)).status, 'passed');
    const ko = await run({ type: 'cluster.absent', resource: 'Pod/guestbook-a', failMessage: 'Le Pod existe encore.' }, objs);
    assert.equal(ko.status, 'failed');
    assert.equal(ko.failMessage, 'Le Pod existe encore.');
    assert.match(ko.detail ?? '', /existe encore dans le namespace user-etudiant.*Toujours pas vrai après/);
  });

  it('cluster.existe with a field: some Job of the CronJob succeeded', async () => {
    const job = (name: string, succeeded?: number): Obj => ({ kind: 'Job', metadata: { name, labels: { app: 'mon-cronjob' } }, status: succeeded ? { succeeded } : {} });
    const check = { type: 'cluster.existe', resource: 'Job', selector: { app: 'mon-cronjob' }, path: 'status.succeeded', equals: 1, failMessage: 'Aucun Job terminé.' } as const;
    assert.equal((await run(check, [job('a'), job('b', 1)])).status, 'passed');
    const ko = await run(check, [job('a')]);
    assert.equal(ko.status, 'failed');
    assert.match(ko.detail ?? '', /Trouvé\u00a0: champ absent/);
    assert.match(ko.title, /Job \(app=mon-cronjob\) existe dans le cluster \(status.succeeded = 1\)/);
  });

  it('cluster.deployment-pret needs Available, observed generation and exactly N ready', async () => {
    const d = (ready: number, avail = 'True'): Obj => ({ kind: 'Deployment', metadata: { name: 'guestbook', generation: 2 },
      spec: { replicas: 3 }, status: { observedGeneration: 2, replicas: 3, updatedReplicas: 3, readyReplicas: ready, conditions: [{ type: 'Available', status: avail }] } });
    const check = { type: 'cluster.deployment-pret', deployment: 'guestbook', replicas: 3, failMessage: 'Les 3 réplicas ne sont pas prêts.' } as const;
    assert.equal((await run(check, [d(3)])).status, 'passed');
    const ko = await run(check, [d(2)]);
    assert.equal(ko.status, 'failed');
    assert.match(ko.detail ?? '', /2 réplica\(s\) prêt\(s\) sur 3/);
    assert.equal((await run(check, [d(3, 'False')])).status, 'failed');
  });

  it('cluster.endpoints counts ready addresses of the EndpointSlices (nil ready = ready), with a port filter', async () => {
    const svc = { kind: 'Service', metadata: { name: 'redis' } };
    const slice = { kind: 'EndpointSlice', metadata: { name: 'redis-x', labels: { 'kubernetes.io/service-name': 'redis' } }, ports: [{ port: 6379 }],
      endpoints: [{ addresses: ['10.0.0.1'], conditions: { ready: true } }, { addresses: ['10.0.0.2'] }, { addresses: ['10.0.0.3'], conditions: { ready: false } }] };
    assert.equal((await run({ type: 'cluster.endpoints', service: 'redis', min: 2, failMessage: 'x.....' }, [svc, slice])).status, 'passed');
    const ko = await run({ type: 'cluster.endpoints', service: 'redis', min: 3, failMessage: 'Pas assez de Pods derrière le Service.' }, [svc, slice]);
    assert.match(ko.detail ?? '', /^2 endpoint\(s\) prêt\(s\)\./);
    assert.equal((await run({ type: 'cluster.endpoints', service: 'redis', min: 1, port: 8000, failMessage: 'x.....' }, [svc, slice])).status, 'failed');
    assert.equal((await run({ type: 'cluster.endpoints', service: 'redis', max: 0, failMessage: 'x.....' }, [svc])).status, 'passed');
  });

  it('cluster.pods-recrees compares with the step start (second resolution) and the Pods seen at start', async () => {
    const old = pod('guestbook-old', start - 60_000);
    const sameSecond = pod('guestbook-new', Date.parse('2026-09-01T10:00:00.000Z'));
    const check = { type: 'cluster.pods-recrees', selector: { app: 'guestbook' }, min: 1, failMessage: 'Aucun Pod recréé.' } as const;
    assert.equal((await run(check, [old, sameSecond])).status, 'passed');
    assert.equal((await run(check, [old, sameSecond], { clock: { startedAt: start, podsAtStart: { 'app=guestbook': ['guestbook-new'] } } })).status, 'failed');
    const tous = await run({ ...check, all: true }, [old, sameSecond]);
    assert.equal(tous.status, 'failed');
    assert.match(tous.detail ?? '', /1 Pod\(s\) recréé\(s\) depuis le début de l’étape, sur 2/);
    assert.equal((await run(check, [pod('guestbook-nr', start + 5000, { ready: false })])).status, 'failed');
  });

  it('cluster.redemarrages reads restartCount', async () => {
    const check = { type: 'cluster.redemarrages', selector: { app: 'guestbook' }, failMessage: 'Aucun redémarrage.' } as const;
    assert.equal((await run(check, [pod('a', start, { restarts: 2 })])).status, 'passed');
    assert.match((await run(check, [pod('a', start)])).detail ?? '', /le plus élevé\u00a0: 0/);
  });

  it('cluster.revisions counts the ReplicaSets owned by the Deployment', async () => {
    const d = { kind: 'Deployment', metadata: { name: 'guestbook', uid: 'D1' } };
    const rs = (n: number, owner = 'D1') => ({ kind: 'ReplicaSet', metadata: { name: `rs${n}`, ownerReferences: [{ uid: owner }], annotations: { 'deployment.kubernetes.io/revision': String(n) } } });
    const check = { type: 'cluster.revisions', deployment: 'guestbook', min: 3, failMessage: 'Pas assez de révisions.' } as const;
    assert.equal((await run(check, [d, rs(1), rs(2), rs(3)])).status, 'passed');
    assert.match((await run(check, [d, rs(1), rs(2), rs(3, 'OTHER')])).detail ?? '', /2 révision\(s\)/);
  });

  it('cluster.evenement: reason, object (Pods of a workload by prefix), since the step', async () => {
    const ev = (reason: string, name: string, at: number) => ({ kind: 'Event', metadata: { name: `e${at}` }, reason, involvedObject: { kind: 'Pod', name }, lastTimestamp: iso(at) });
    const check = { type: 'cluster.evenement', reason: 'FailedScheduling', object: 'Pod/gros-pod', failMessage: 'Aucun échec de placement.' } as const;
    assert.equal((await run(check, [ev('FailedScheduling', 'gros-pod', start + 1000)])).status, 'passed');
    assert.equal((await run(check, [ev('FailedScheduling', 'gros-pod', start - 10_000)])).status, 'failed');
    assert.equal((await run({ ...check, sinceStepStart: false }, [ev('FailedScheduling', 'gros-pod', start - 10_000)])).status, 'passed');
    assert.equal((await run({ ...check, object: 'Pod/guestbook' }, [ev('FailedScheduling', 'guestbook-7d8b-x', start + 1000)])).status, 'passed');
    const ko = await run(check, [ev('Scheduled', 'gros-pod', start + 1000)]);
    assert.match(ko.detail ?? '', /Événements récents\u00a0: Scheduled/);
  });

  it('cluster.champ with an annotation path', async () => {
    const d = { kind: 'Deployment', metadata: { name: 'g', annotations: { 'deployment.kubernetes.io/revision': '4' } } };
    assert.equal((await run({ type: 'cluster.champ', resource: 'Deployment/g', path: 'metadata.annotations["deployment.kubernetes.io/revision"]', min: 3, failMessage: 'x.....' }, [d])).status, 'passed');
  });

  it('cluster.autorisation asks the API server (accessReview) and compares with autorisé', async () => {
    const asked: unknown[] = [];
    const rights = new Set(['list pods', 'get pods/log']);
    const reader: ClusterReader = {
      namespace: 'user-etudiant',
      get: async () => undefined,
      list: async () => [],
      accessReview: async (r) => {
        asked.push(r);
        const key = `${r.verb} ${r.resource}${r.subresource ? `/${r.subresource}` : ''}`;
        return rights.has(key) ? { allowed: true, reason: 'RBAC: allowed by RoleBinding "lecteur-pods-lire-pods"' } : { allowed: false };
      },
    };
    const c = (extra: object) => ({ type: 'cluster.autorisation', serviceAccount: 'lecteur-pods', verb: 'list', resource: 'pods', failMessage: 'Pas le droit.', timeout: 0.05, ...extra }) as Check;
    const go = (check: Check) => runCheck(check, 0, { lang: 'fr', cluster: reader, clock: { startedAt: start }, pollMs: 5 });
    const ok = await go(c({}));
    assert.equal(ok.status, 'passed');
    assert.equal(ok.title, 'Le ServiceAccount lecteur-pods a le droit «\u00a0list\u00a0» sur pods');
    assert.deepEqual(asked[0], { serviceAccount: 'lecteur-pods', verb: 'list', group: '', resource: 'pods' });
    assert.equal((await go(c({ verb: 'get', resource: 'pods/log' }))).status, 'passed');
    assert.deepEqual(asked[1], { serviceAccount: 'lecteur-pods', verb: 'get', group: '', resource: 'pods', subresource: 'log' });
    // A right that must NOT be there.
    const notDelete = await go(c({ verb: 'delete', allowed: false }));
    assert.equal(notDelete.status, 'passed');
    assert.equal(notDelete.title, 'Le ServiceAccount lecteur-pods n’a pas le droit «\u00a0delete\u00a0» sur pods');
    const tooMuch = await go(c({ verb: 'list', allowed: false }));
    assert.equal(tooMuch.status, 'failed');
    assert.equal(tooMuch.failMessage, 'Pas le droit.');
    assert.match(tooMuch.detail ?? '', /^Le serveur d’API répond\u00a0: autorisé \(RBAC: allowed by RoleBinding "lecteur-pods-lire-pods"\)\./);
    const missing = await go(c({ verb: 'watch', group: 'apps', resource: 'deployments' }));
    assert.equal(missing.status, 'failed');
    assert.match(missing.detail ?? '', /^Le serveur d’API répond\u00a0: refusé\./);
    assert.equal((asked.at(-1) as { group: string }).group, 'apps');
    // A reader that cannot ask: « impossible à vérifier », never a failure of the student.
    const plain = await runCheck(c({}), 0, { lang: 'fr', cluster: new MemoryReader([]), clock: { startedAt: start } });
    assert.equal(plain.status, 'error');
    assert.match(plain.detail ?? '', /LocalSubjectAccessReview/);
  });

  it('a cluster error (403, unreachable) gives status erreur with its French message, without waiting the timeout', async () => {
    const failing: ClusterReader = {
      namespace: 'x',
      get: async () => { throw new LabClusterError('Vous n\'avez pas le droit de lire les Pods.', 'forbidden'); },
      list: async () => { throw new LabClusterError('Vous n\'avez pas le droit de lire les Pods.', 'forbidden'); },
    };
    const t0 = Date.now();
    const r = await runCheck({ type: 'cluster.existe', resource: 'Pod/a', failMessage: 'x.....', timeout: 60 }, 0, { lang: 'fr', cluster: failing, clock: { startedAt: 0 } });
    assert.equal(r.status, 'error');
    assert.equal(r.detail, 'Vous n\'avez pas le droit de lire les Pods.');
    assert.ok(Date.now() - t0 < 2000);
  });

  it('polls until the state becomes true within the timeout', async () => {
    const late = pod('late', start, { ready: false });
    const reader = new MemoryReader([late]);
    setTimeout(() => { late.status = { conditions: [{ type: 'Ready', status: 'True' }] }; }, 50);
    const check: Check = { type: 'cluster.champ', resource: 'Pod/late', path: 'status.conditions[type=Ready].status', equals: 'True', failMessage: 'x.....', timeout: 5 };
    const r = await runCheck(check, 0, { lang: 'fr', cluster: reader, clock: { startedAt: start }, pollMs: 10 });
    assert.equal(r.status, 'passed');
  });

  it('stops polling at once when the object does not exist (nothing will create it), with no timeout sentence', async () => {
    const t0 = Date.now();
    const r = await runCheck({ type: 'cluster.champ', resource: 'Pod/absent', path: 'status.phase', equals: 'Running', failMessage: 'Appliquez le Pod.', timeout: 60 }, 0,
      { lang: 'fr', cluster: new MemoryReader([]), clock: { startedAt: start }, pollMs: 10 });
    assert.equal(r.status, 'failed');
    assert.equal(r.detail, 'Pod/absent n’existe pas dans le namespace user-etudiant.');
    assert.ok(Date.now() - t0 < 1000);
  });

  it('keeps polling an absent Pod or PVC a StatefulSet of the namespace will create (redis-0, data-redis-0)', async () => {
    const reader = new MemoryReader([{ kind: 'StatefulSet', metadata: { name: 'redis' } }]);
    setTimeout(() => {
      reader.objects.push({ kind: 'Pod', metadata: { name: 'redis-0' } }, { kind: 'PersistentVolumeClaim', metadata: { name: 'data-redis-0' } });
    }, 60);
    const c = { lang: 'fr' as const, cluster: reader, clock: { startedAt: start }, pollMs: 10 };
    const [p, pvc] = await Promise.all([
      runCheck({ type: 'cluster.existe', resource: 'Pod/redis-0', failMessage: 'Appliquez le StatefulSet.', timeout: 5 }, 0, c),
      runCheck({ type: 'cluster.champ', resource: 'PersistentVolumeClaim/data-redis-0', path: 'metadata.name', equals: 'data-redis-0', failMessage: 'x.....', timeout: 5 }, 1, c),
    ]);
    assert.equal(p.status, 'passed');
    assert.equal(pvc.status, 'passed');
    // A Pod no owner can create fails at once, even with a StatefulSet of another name.
    const t0 = Date.now();
    const alone = await runCheck({ type: 'cluster.existe', resource: 'Pod/web-0', failMessage: 'Appliquez le Pod.', timeout: 60 }, 0, c);
    assert.equal(alone.status, 'failed');
    assert.ok(Date.now() - t0 < 1000);
  });

  it('maxTimeoutS caps a long délai (the panel keeps the wait short)', async () => {
    const t0 = Date.now();
    const r = await runCheck({ type: 'cluster.redemarrages', selector: { app: 'guestbook' }, failMessage: 'x.....', timeout: 600 }, 0,
      { lang: 'fr', cluster: new MemoryReader([pod('a', start)]), clock: { startedAt: start }, pollMs: 20, maxTimeoutS: 0.2 });
    assert.equal(r.status, 'failed');
    assert.ok(Date.now() - t0 < 2000);
    assert.match(r.detail ?? '', /après 1 s d’attente/);
  });
});
