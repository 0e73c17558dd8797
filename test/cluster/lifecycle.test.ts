// cluster:up / status / down on a second, throw-away cluster (its own folder and ports), so the shared test cluster
// keeps running: up is idempotent, the API server can be stopped and restarted, down leaves no process behind.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './helpers';

describe('cycle de vie du cluster local (cluster:up, cluster:status, cluster:down)', function () {
  this.timeout(300000);
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'ka-cluster-')), 'c');
  const run = (cmd: string) => spawnSync('node', [path.join(ROOT, 'scripts/cluster.mjs'), cmd], { encoding: 'utf8', env: { ...process.env, KUBE_APPRENTI_CLUSTER_DIR: dir } });
  const pids = () => readdirSync(path.join(dir, 'pids')).map((f) => Number(readFileSync(path.join(dir, 'pids', f), 'utf8')));
  const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };
  let allPids: number[] = [];

  after(() => { run('down'); });

  it('up démarre les 5 composants et écrit les 3 kubeconfigs', () => {
    const r = run('up');
    assert.equal(r.status, 0, r.stderr);
    for (const f of ['admin', 'etudiant', 'lecteur']) assert.ok(existsSync(path.join(dir, `${f}.kubeconfig`)), `${f}.kubeconfig`);
    allPids = pids();
    assert.equal(allPids.length, 5);
    assert.ok(allPids.every(alive));
    assert.equal(run('status').status, 0);
  });

  it('un second up réutilise le cluster en marche (même serveur, mêmes processus)', () => {
    const before = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8')) as { server: string };
    const r = run('up');
    assert.equal(r.status, 0);
    assert.match(r.stderr, /déjà démarré/);
    const after = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8')) as { server: string };
    assert.equal(after.server, before.server);
    assert.deepEqual(pids().sort(), [...allPids].sort());
  });

  it('l’API peut être arrêtée puis relancée (pour les tests « serveur injoignable »)', () => {
    assert.equal(run('stop-apiserver').status, 0);
    const down = run('status');
    assert.notEqual(down.status, 0);
    assert.match(down.stdout, /kube-apiserver\s+arrêté/);
    assert.equal(run('start-apiserver').status, 0);
    assert.equal(run('status').status, 0);
    allPids = pids();
  });

  it('down arrête tout et ne laisse aucun processus', async () => {
    assert.equal(run('down').status, 0);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(allPids.filter(alive), []);
    assert.ok(!existsSync(dir));
    assert.notEqual(run('status').status, 0);
  });
});
