import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { KubeconfigWatcher } from '../../../client/src/connection/kubeconfigWatcher';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KubeconfigWatcher', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-kcw-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('calls back once per burst of changes, including a file replaced by rename (editors, kubectl)', async () => {
    const f = path.join(dir, 'config');
    fs.writeFileSync(f, 'a: 1\n');
    let calls = 0;
    const w = new KubeconfigWatcher(() => calls++, 20, 60);
    w.watch([f]);
    await sleep(80);
    fs.writeFileSync(f, 'a: 2\n');
    fs.writeFileSync(f, 'a: 22\n');
    await sleep(250);
    assert.equal(calls, 1);
    const tmp = path.join(dir, 'config.tmp');
    fs.writeFileSync(tmp, 'a: 333\n');
    fs.renameSync(tmp, f);
    await sleep(250);
    assert.equal(calls, 2);
    w.dispose();
    fs.writeFileSync(f, 'a: 4444\n');
    await sleep(150);
    assert.equal(calls, 2, 'no callback after dispose');
  });

  it('notices a kubeconfig that appears where none existed', async () => {
    const f = path.join(dir, 'later');
    let calls = 0;
    const w = new KubeconfigWatcher(() => calls++, 20, 30);
    w.watch([f]);
    await sleep(80);
    fs.writeFileSync(f, 'x: 1\n');
    await sleep(200);
    w.dispose();
    assert.equal(calls, 1);
  });
});
