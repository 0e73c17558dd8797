import * as assert from 'node:assert/strict';
import { WatchHub } from '../../../core/cluster/watchHub';
import { FakeTransport, pod, tick } from './fakeTransport';

describe('WatchHub', () => {
  let t: FakeTransport;
  let hub: WatchHub;
  beforeEach(() => { t = new FakeTransport(); });
  afterEach(() => hub.dispose());

  it('opens one watch per resource type and namespace, however many owners want it', async () => {
    hub = new WatchHub(t, { lingerMs: 10_000 });
    hub.want('folder:pods', [{ resource: 'pods', namespace: 'ns' }]);
    hub.want('folder:deployments', [{ resource: 'deployments', namespace: 'ns' }, { resource: 'pods', namespace: 'ns' }, { resource: 'replicasets', namespace: 'ns' }]);
    hub.want('doc', [{ resource: 'pods', namespace: 'ns' }]);
    await t.nthWatch(2);
    await tick(20);
    assert.deepEqual(t.watches.map((w) => w.path).sort(), [
      '/api/v1/namespaces/ns/pods', '/apis/apps/v1/namespaces/ns/deployments', '/apis/apps/v1/namespaces/ns/replicasets',
    ]);
  });

  it('stops an informer only after the linger delay once nobody wants it, and keeps it if wanted again', async () => {
    hub = new WatchHub(t, { lingerMs: 50 });
    hub.want('a', [{ resource: 'pods', namespace: 'ns' }]);
    const w = await t.nthWatch(0);
    hub.release('a');
    await tick(20);
    hub.want('b', [{ resource: 'pods', namespace: 'ns' }]);
    await tick(60);
    assert.equal(w.aborted, false, 'wanted again before the linger delay');
    hub.release('b');
    await tick(80);
    assert.equal(w.aborted, true);
    assert.equal(hub.get({ resource: 'pods', namespace: 'ns' }), undefined);
  });

  it('debounces a burst of events into few notifications naming the changed keys', async () => {
    hub = new WatchHub(t, { debounceMs: 20, maxWaitMs: 1000 });
    const notes: string[][] = [];
    hub.onDidChange((keys) => notes.push([...keys]));
    hub.want('a', [{ resource: 'pods', namespace: 'ns' }]);
    const w = await t.nthWatch(0);
    await tick(40);
    notes.length = 0;
    for (let i = 0; i < 200; i++) w.send('ADDED', pod(`p${i}`, String(100 + i)));
    await tick(50);
    assert.equal(notes.length, 1);
    assert.deepEqual(notes[0], ['pods|ns']);
    assert.equal(hub.items({ resource: 'pods', namespace: 'ns' }).length, 200);
  });

  it('maxWait bounds the delay during a continuous stream of events', async () => {
    hub = new WatchHub(t, { debounceMs: 30, maxWaitMs: 60 });
    let count = 0;
    hub.onDidChange(() => count++);
    hub.want('a', [{ resource: 'pods', namespace: 'ns' }]);
    const w = await t.nthWatch(0);
    await tick(50);
    count = 0;
    for (let i = 0; i < 20; i++) { w.send('ADDED', pod(`p${i}`, String(i + 10))); await tick(10); }
    assert.ok(count >= 2, `notified ${count} times during a 200 ms stream`);
  });
});
