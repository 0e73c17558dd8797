// The doctor reading the tree's watch cache: synced informers answer, the rest (types the hub does not watch, an
// informer still listing or failing) is listed by readDoctorView. The real cluster comparison is test/cluster/doctor.test.ts.
import * as assert from 'node:assert/strict';
import { WatchHub } from '../../../core/cluster/watchHub';
import type { ClusterGateway } from '../../../core/cluster/gateway';
import { doctorWatchKeys, hubCache, warmDoctorWatches, watchableBy } from '../../../core/doctor/cache';
import { readDoctorView } from '../../../core/doctor/readView';
import { FakeTransport, pod } from '../tree/fakeTransport';

/** A gateway that answers every list with one object and records the paths asked. */
function fakeGateway(): { gw: ClusterGateway; paths: string[] } {
  const paths: string[] = [];
  const gw = {
    server: 'https://127.0.0.1:6443',
    async request(req: { path: string }) {
      paths.push(req.path);
      return { body: { items: [{ metadata: { name: 'from-list', namespace: 'ns' } }], metadata: {} }, warnings: [], status: 200 };
    },
  } as unknown as ClusterGateway;
  return { gw, paths };
}

describe('doctor: reading the watch cache', () => {
  let hub: WatchHub | undefined;
  afterEach(() => hub?.dispose());

  it('synced informers answer; StorageClasses and ResourceQuotas (not watched) are listed', async () => {
    const t = new FakeTransport();
    t.objects = [pod('web-0', '5')];
    hub = new WatchHub(t, { lingerMs: 10 });
    const cache = hubCache(hub, 'ns');
    assert.equal(cache('pods'), undefined, 'nothing watched yet');
    await warmDoctorWatches(hub, 'doctor', 'ns', 2000);
    assert.deepEqual(cache('pods')?.map((o) => o.metadata.name), ['web-0']);
    assert.equal(cache('resourcequotas'), undefined);
    assert.equal(cache('storageclasses'), undefined);
    const { gw, paths } = fakeGateway();
    const view = await readDoctorView(gw, 'ns', { lang: 'fr', cache });
    assert.deepEqual(paths.sort(), ['/api/v1/namespaces/ns/resourcequotas', '/apis/storage.k8s.io/v1/storageclasses']);
    assert.equal(view.sources?.pods, 'cache');
    assert.equal(view.sources?.resourcequotas, 'list');
    assert.deepEqual(view.objects.pods?.map((o) => o.metadata.name), ['web-0']);
    assert.deepEqual(view.objects.resourcequotas?.map((o) => o.metadata.name), ['from-list']);
    // every watched key is of the diagnosed namespace
    assert.ok(doctorWatchKeys('ns').every((k) => k.namespace === 'ns'));
  });

  it('an informer that failed (403) is listed instead, so that the refusal is explained', async () => {
    const t = new FakeTransport();
    // the first list of all (the Ingresses: first of DOCTOR_RESOURCES) is refused
    t.listErrors = [Object.assign(new Error('forbidden'), { statusCode: 403 })];
    hub = new WatchHub(t, { lingerMs: 10, informer: { backoffInitialMs: 60_000 } });
    await warmDoctorWatches(hub, 'doctor', 'ns', 2000);
    const cache = hubCache(hub, 'ns');
    assert.equal(hub.status({ resource: 'ingresses', namespace: 'ns' })?.state, 'error');
    assert.equal(cache('ingresses'), undefined);
    assert.ok(cache('services'));
    const { gw, paths } = fakeGateway();
    const view = await readDoctorView(gw, 'ns', { lang: 'fr', cache });
    assert.equal(view.sources?.ingresses, 'list');
    assert.ok(paths.includes('/apis/networking.k8s.io/v1/namespaces/ns/ingresses'));
  });

  it('a type the account may not watch (known rules) is not watched: it is listed, and its refusal explained', async () => {
    const t = new FakeTransport();
    hub = new WatchHub(t, { lingerMs: 10 });
    // `view`-like rules: everything but Secrets
    const access = { namespace: 'ns', incomplete: false, level: 'view' as const,
      rules: [{ verbs: ['get', 'list', 'watch'], apiGroups: ['', 'apps', 'batch', 'networking.k8s.io', 'discovery.k8s.io'],
        resources: ['pods', 'services', 'endpoints', 'endpointslices', 'configmaps', 'events', 'persistentvolumeclaims', 'deployments',
          'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'ingresses'] }] };
    await warmDoctorWatches(hub, 'doctor', 'ns', 2000, watchableBy(access));
    assert.equal(hub.get({ resource: 'secrets', namespace: 'ns' }), undefined);
    assert.ok(hub.get({ resource: 'pods', namespace: 'ns' }));
    assert.equal(t.listCalls.some((c) => c.path.endsWith('/secrets')), false);
    assert.equal(hubCache(hub, 'ns')('secrets'), undefined);
    // unknown or incomplete rules: every watch is tried
    assert.equal(watchableBy(undefined)({ resource: 'secrets', namespace: 'ns' }), true);
    assert.equal(watchableBy({ ...access, incomplete: true })({ resource: 'secrets', namespace: 'ns' }), true);
  });
});
