// The WebAssembly fallback of ka-render (GOOS=wasip1, run under Node's WASI where no native binary exists), forced with
// KUBE_APPRENTI_RENDERER_WASM=1, through the language server over stdio: a chart's rendered Secret gets its French
// finding on the template line, then an overlay edited 12 times gets and loses its finding each time, with the same
// helper process all along (Node's WASI used to crash it after a few Kustomize builds: see WASI_RUNNER in
// core/render/client.ts). Run by `npm test` (suite « wasm ») and `npm run package:platforms`.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findRenderer } from '../../core/render/locate';
import { DiagnosticsClient, filesOf, messageOf, SERVER } from '../lsp/diagnostics.client';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** The language server's ka-render helpers running the WebAssembly build (Linux's /proc): their process ids. */
function wasmHelpers(serverPid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === serverPid && readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('ka-render.wasm')) out.push(Number(name));
    } catch { /* gone meanwhile */ }
  }
  return out;
}

describe('ka-render’s WebAssembly fallback (under Node’s WASI) through the language server', function () {
  this.timeout(300000);
  let c: DiagnosticsClient | undefined;
  const saved = process.env.KUBE_APPRENTI_RENDERER_WASM;
  before(() => { process.env.KUBE_APPRENTI_RENDERER_WASM = '1'; });
  after(async () => {
    if (saved === undefined) delete process.env.KUBE_APPRENTI_RENDERER_WASM;
    else process.env.KUBE_APPRENTI_RENDERER_WASM = saved;
    await c?.stop();
  });

  it('publishes a rendered Secret’s finding on its template line, then follows 12 edits of an overlay with the same helper', async () => {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
    const wasm = findRenderer();
    assert.ok(wasm?.endsWith('ka-render.wasm'), `the WebAssembly build is missing (GOOS=wasip1 GOARCH=wasm bash scripts/renderer-build.sh): ${wasm}`);
    const files = { ...filesOf(path.join(FIXTURES, 'helm', 'monsterchart'), 'monsterchart/'), ...filesOf(path.join(FIXTURES, 'kustomize', 'k8s'), 'k8s/') };
    files['monsterchart/values.yaml'] = files['monsterchart/values.yaml'].replace('bW9uc3Rlcg==', 'monster!');
    c = new DiagnosticsClient(files);
    await c.start();
    const line = files['monsterchart/templates/redis.yaml'].split('\n').findIndex((l) => l.includes('password:'));
    await c.waitFor(() => c!.of('monsterchart/templates/redis.yaml').some((d) => d.code === 'KA018' && d.range.start.line === line), 'KA018 on the template', 240000);
    const d = c.of('monsterchart/templates/redis.yaml').find((x) => x.code === 'KA018')!;
    assert.match(messageOf(d), /base64/);
    assert.ok(existsSync('/proc'), 'this test reads the helper’s process id in /proc (Linux)');
    const serverPid = (c as unknown as { proc: { pid: number } }).proc.pid;
    const helpers = wasmHelpers(serverPid);
    assert.equal(helpers.length, 1, `one WebAssembly helper expected: ${helpers.join(', ')}`);
    // The student edits the dev overlay: a patch target with a typo (KA115), fixed, again, 12 times.
    const rel = 'k8s/dev/kustomization.yaml';
    const good = files[rel];
    const bad = good.replace('    name: monsterstack', '    name: monsterstak');
    assert.notEqual(bad, good);
    await c.open(rel, good);
    for (let i = 0; i < 12; i++) {
      const wrong = i % 2 === 0;
      await c.change(rel, wrong ? bad : good);
      await c.waitFor(() => c!.of(rel).some((x) => x.code === 'KA115') === wrong, `KA115 ${wrong ? 'published' : 'gone'} after edit ${i + 1}`, 120000);
    }
    assert.deepEqual(wasmHelpers(serverPid), helpers, 'the WebAssembly helper was restarted');
  });
});
