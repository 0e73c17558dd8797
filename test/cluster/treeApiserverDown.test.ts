// Bad conditions on the real cluster: the API server is stopped then started again during the test. The tree shows
// one French state item (keeping the last known data), then recovers by itself and sees changes made afterwards.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import type { ClusterSession } from '../../client/src/connection/session';
import { freshNamespace, kubectl, ROOT, waitFor } from './helpers';
import { labels, openSession, treeOf } from './treeHelpers';

const cluster = (cmd: string) => execFileSync('node', [path.join(ROOT, 'scripts/cluster.mjs'), cmd], { stdio: ['ignore', 'ignore', 'inherit'] });
const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: ${name} }\nspec: { containers: [ { name: web, image: nginx:1.27 } ] }\n`;

describe('tree when the API server goes down and comes back', function () {
  let ns: Awaited<ReturnType<typeof freshNamespace>>;
  let s: ClusterSession;
  before(async () => {
    ns = await freshNamespace('tree-down');
    assert.equal(kubectl('admin', ['apply', '-n', ns.name, '-f', '-'], pod('avant')).code, 0);
    // short backoff so that the test does not wait 30 s for the next attempt
    s = await openSession('admin', ns.name, { hub: { debounceMs: 20, informer: { backoffInitialMs: 200, backoffMaxMs: 2000 } } });
  });
  after(async () => {
    cluster('start-apiserver'); // never leave the shared cluster down, even on failure
    s?.dispose();
    await ns?.cleanup();
  });

  it('shows a French offline state with the last data, then recovers alone', async () => {
    const tree = treeOf(s);
    const folder = await tree.path(s.context, ns.name, 'Charges de travail', 'Pods');
    await tree.until(folder, (k) => labels(k).includes('avant'));
    const informer = s.hub.get({ resource: 'pods', namespace: ns.name })!;
    const errorsBefore = informer.stats.errors;

    cluster('stop-apiserver');
    try {
      await waitFor(async () => informer.currentStatus.state, (st) => st === 'error', 30_000, 100);
      const kids = await tree.expand(folder);
      assert.equal(kids[0].kind, 'state');
      assert.match(kids[0].label, /^Données peut-être périmées/);
      assert.match(kids[0].description ?? '', /Le serveur d['’]API du cluster .*ne répond pas/);
      assert.equal(kids[0].command?.id, 'kubeApprenti.arbre.reessayer');
      assert.deepEqual(labels(kids.slice(1)), ['avant'], 'the last known pods stay visible');
      assert.equal((informer.currentStatus.error as { info?: { kind?: string } }).info?.kind, 'unreachable');
    } finally {
      cluster('start-apiserver');
    }

    await waitFor(async () => informer.currentStatus.state, (st) => st === 'synced', 60_000, 200);
    assert.ok(informer.stats.errors > errorsBefore);
    assert.equal(kubectl('admin', ['apply', '-n', ns.name, '-f', '-'], pod('apres')).code, 0);
    const kids = await tree.until(folder, (k) => labels(k).includes('apres') && k.every((n) => n.kind !== 'state'), 30_000);
    assert.deepEqual(labels(kids).sort(), ['apres', 'avant']);
  });
});
