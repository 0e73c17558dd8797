// The informer's recovery paths against the real API server: a watch from a too-old resourceVersion gets 410 Gone
// and the informer relists; a watch that stays silent is restarted from its resourceVersion without relisting.
import * as assert from 'node:assert/strict';
import { Informer, type WatchTransport } from '../../core/cluster/watchCache';
import { gatewayTransport, statusOfClusterError } from '../../core/cluster/watchTransport';
import { ClusterGateway } from '../../core/cluster/gateway';
import { freshNamespace, kubeconfigPath, kubectl, waitFor } from './helpers';

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ${name} }\ndata: { k: v }\n`;

describe('informer recovery on the real API server', function () {
  let ns: Awaited<ReturnType<typeof freshNamespace>>;
  let gw: ClusterGateway;
  before(async () => {
    ns = await freshNamespace('watch');
    gw = ClusterGateway.connect({ kubeconfig: kubeconfigPath('admin') });
    assert.equal(kubectl('admin', ['apply', '-n', ns.name, '-f', '-'], cm('un')).code, 0);
  });
  after(async () => { await ns?.cleanup(); });

  it('410 Gone from the server (resourceVersion too old) → relist, then follows changes', async () => {
    const real = gatewayTransport(gw);
    let first = true;
    const gone: string[] = [];
    // the first watch asks for resourceVersion 1, long compacted away: the server must answer 410
    const transport: WatchTransport = {
      list: (p, o) => real.list(p, o),
      watch: (p, o, onEvent, onDone) => {
        const rv = first ? '1' : o.resourceVersion;
        first = false;
        return real.watch(p, { ...o, resourceVersion: rv }, (type, obj) => {
          if (type === 'ERROR') gone.push(JSON.stringify(obj));
          onEvent(type, obj);
        }, onDone);
      },
    };
    const inf = new Informer(transport, `/api/v1/namespaces/${ns.name}/configmaps`, { statusOf: statusOfClusterError });
    inf.start();
    try {
      await waitFor(async () => inf.stats.relistsAfterGone, (n) => n >= 1, 30_000, 100);
      assert.match(gone[0] ?? '', /"code":410/, `the server's answer: ${gone[0]}`);
      assert.equal(inf.stats.errors, 0);
      assert.equal(kubectl('admin', ['apply', '-n', ns.name, '-f', '-'], cm('deux')).code, 0);
      await waitFor(async () => [...inf.store.keys()].sort(), (k) => k.includes(`${ns.name}/deux`), 30_000, 100);
      assert.equal(inf.stats.lists, 2);
    } finally {
      inf.stop();
    }
  });

  it('a silent watch is restarted from its resourceVersion (no relist) and still sees changes', async () => {
    const inf = new Informer(gatewayTransport(gw), `/api/v1/namespaces/${ns.name}/configmaps`, { statusOf: statusOfClusterError, silenceMs: 1500 });
    inf.start();
    try {
      await inf.whenSynced(15_000);
      await waitFor(async () => inf.stats.silentRestarts, (n) => n >= 2, 30_000, 100);
      assert.equal(inf.stats.lists, 1);
      assert.equal(inf.stats.errors, 0);
      assert.equal(kubectl('admin', ['apply', '-n', ns.name, '-f', '-'], cm('trois')).code, 0);
      await waitFor(async () => inf.store.has(`${ns.name}/trois`), (v) => v, 30_000, 100);
      assert.equal(inf.stats.lists, 1, 'resumed from its resourceVersion');
    } finally {
      inf.stop();
    }
  });
});
