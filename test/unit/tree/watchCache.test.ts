import * as assert from 'node:assert/strict';
import { Informer } from '../../../core/cluster/watchCache';
import { FakeTransport, pod, tick } from './fakeTransport';

describe('Informer (list then watch)', () => {
  let t: FakeTransport;
  let inf: Informer | undefined;
  beforeEach(() => { t = new FakeTransport(); });
  afterEach(() => inf?.stop());

  it('lists page by page then watches from the list resourceVersion', async () => {
    t.objects = Array.from({ length: 7 }, (_, i) => pod(`p${i}`, String(10 + i)));
    t.rv = '42';
    inf = new Informer(t, '/api/v1/namespaces/ns/pods', { pageSize: 3, firstPageSize: 2 });
    inf.start();
    assert.equal(await inf.whenSynced(1000), true);
    assert.deepEqual(t.listCalls.map((c) => [c.limit, c.continue]), [[2, undefined], [3, '2'], [3, '5']]);
    assert.equal(inf.store.size, 7);
    const w = await t.nthWatch(0);
    assert.equal(w.resourceVersion, '42');
    assert.ok(w.timeoutSeconds >= 240 && w.timeoutSeconds <= 360, `jittered timeout ${w.timeoutSeconds}`);
  });

  it('applies ADDED / MODIFIED / DELETED and follows resourceVersion, including bookmarks', async () => {
    t.objects = [pod('a', '1')];
    inf = new Informer(t, '/p');
    const changes: string[] = [];
    inf.onChange((c) => changes.push(`${c.type}:${c.obj?.metadata.name ?? ''}`));
    inf.start();
    const w = await t.nthWatch(0);
    w.send('ADDED', pod('b', '5'));
    w.send('MODIFIED', pod('a', '6', { status: { phase: 'Running' } }));
    w.send('DELETED', pod('b', '7'));
    w.send('BOOKMARK', { kind: 'Pod', metadata: { resourceVersion: '9' } });
    assert.deepEqual(changes, ['RESET:', 'ADDED:b', 'MODIFIED:a', 'DELETED:b']);
    assert.deepEqual([...inf.store.keys()], ['ns/a']);
    assert.deepEqual(inf.store.get('ns/a')?.status, { phase: 'Running' });
    w.end(); // server closed the watch (timeoutSeconds): rewatch from the last resourceVersion, no relist
    const w2 = await t.nthWatch(1);
    assert.equal(w2.resourceVersion, '9');
    assert.equal(t.listCalls.length, 1);
  });

  it('drops managedFields from stored objects', async () => {
    t.objects = [pod('a', '1', { metadata: { name: 'a', namespace: 'ns', managedFields: [{ manager: 'kubectl' }] } })];
    inf = new Informer(t, '/p');
    inf.start();
    await inf.whenSynced(1000);
    assert.equal(inf.store.get('ns/a')?.metadata.managedFields, undefined);
  });

  it('relists at once on a 410 Gone ERROR event', async () => {
    t.objects = [pod('a', '1')];
    inf = new Informer(t, '/p');
    inf.start();
    const w = await t.nthWatch(0);
    t.objects = [pod('a', '1'), pod('c', '30')];
    t.rv = '30';
    w.send('ERROR', { kind: 'Status', code: 410, reason: 'Expired', message: 'too old resource version' });
    const w2 = await t.nthWatch(1);
    assert.equal(inf.stats.relistsAfterGone, 1);
    assert.equal(inf.stats.errors, 0);
    assert.equal(t.listCalls.length, 2);
    assert.equal(w2.resourceVersion, '30');
    assert.ok(inf.store.has('ns/c'));
  });

  it('backs off exponentially on errors, reports them, then recovers and relists', async () => {
    t.objects = [pod('a', '1')];
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    t.listErrors = [refused, refused, refused];
    inf = new Informer(t, '/p', { backoffInitialMs: 20, backoffMaxMs: 1000 });
    const states: string[] = [];
    inf.onStatus((s) => states.push(s.state));
    const t0 = Date.now();
    inf.start();
    assert.equal(await inf.whenSynced(100), false, 'first attempt fails');
    assert.equal(inf.currentStatus.state, 'error');
    assert.equal(inf.currentStatus.error, refused);
    await t.nthWatch(0, 3000);
    const elapsed = Date.now() - t0;
    // 20 + 40 + 80 ms (±20 %) of backoff before the 4th attempt succeeds.
    assert.ok(elapsed >= 110, `waited ${elapsed} ms`);
    assert.equal(inf.stats.errors, 3);
    assert.equal(t.listCalls.length, 4);
    assert.equal(states.at(-1), 'synced');
  });

  it('keeps stale data visible while in error, and relists after a broken watch', async () => {
    t.objects = [pod('a', '1')];
    inf = new Informer(t, '/p', { backoffInitialMs: 10 });
    inf.start();
    const w = await t.nthWatch(0);
    w.end(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    await tick(1);
    assert.equal(inf.currentStatus.state, 'error');
    assert.equal(inf.currentStatus.hasSynced, true);
    assert.equal(inf.store.size, 1);
    await t.nthWatch(1);
    assert.equal(t.listCalls.length, 2);
    assert.equal(inf.currentStatus.state, 'synced');
  });

  it('restarts a watch that stays silent', async () => {
    inf = new Informer(t, '/p', { silenceMs: 40 });
    inf.start();
    const w0 = await t.nthWatch(0);
    await t.nthWatch(1);
    assert.equal(w0.aborted, true);
    assert.ok(inf.stats.silentRestarts >= 1);
    assert.equal(t.listCalls.length, 1, 'a silent watch is resumed from its resourceVersion, not relisted');
  });

  it('a 403 on the watch ERROR event becomes an error state carrying the status code', async () => {
    inf = new Informer(t, '/p', { backoffInitialMs: 5000 });
    inf.start();
    const w = await t.nthWatch(0);
    w.send('ERROR', { kind: 'Status', code: 403, reason: 'Forbidden', message: 'pods is forbidden' });
    await tick(1);
    const s = inf.currentStatus;
    assert.equal(s.state, 'error');
    assert.equal((s.error as { statusCode?: number }).statusCode, 403);
    assert.ok((s.retryAt ?? 0) > Date.now() + 3000);
  });

  it('stop() aborts the watch and ends the loop', async () => {
    inf = new Informer(t, '/p');
    inf.start();
    const w = await t.nthWatch(0);
    inf.stop();
    assert.equal(w.aborted, true);
    await tick(20);
    assert.equal(t.watches.length, 1);
    assert.equal(inf.currentStatus.state, 'stopped');
  });

  it('the first list shows its first page at once; later pages follow', async () => {
    t.objects = Array.from({ length: 5 }, (_, i) => pod(`p${i}`, String(i + 1)));
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const list = t.list.bind(t);
    t.list = async (path, opts) => { if (opts.continue) await gate; return list(path, opts); };
    inf = new Informer(t, '/p', { firstPageSize: 2, pageSize: 10 });
    inf.start();
    assert.equal(await inf.whenReady(1000), true);
    assert.equal(inf.currentStatus.state, 'listing');
    assert.equal(inf.currentStatus.received, 2);
    assert.equal(inf.store.size, 2);
    release();
    assert.equal(await inf.whenSynced(1000), true);
    assert.equal(inf.store.size, 5);
  });

  it('a relist after an error replaces the store at once (no mix of stale and fresh pages)', async () => {
    t.objects = [pod('a', '1'), pod('b', '2'), pod('c', '3')];
    inf = new Informer(t, '/p', { firstPageSize: 1, pageSize: 1, backoffInitialMs: 5 });
    inf.start();
    const w = await t.nthWatch(0);
    t.objects = [pod('x', '9')];
    const sizes: number[] = [];
    inf.onChange(() => sizes.push(inf!.store.size));
    w.end(Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
    await t.nthWatch(1);
    assert.deepEqual(sizes, [1]);
    assert.deepEqual([...inf.store.keys()], ['ns/x']);
  });
});
