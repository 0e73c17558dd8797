// The WebAssembly fallback of ka-render (GOOS=wasip1, run under Node's WASI where no native binary exists), forced with
// KUBE_APPRENTI_RENDERER_WASM=1, through the language server over stdio: a chart's rendered Secret gets its French
// finding on the template line. Run by `npm run package:platforms` (scripts/package-platforms.mjs), not by `npm test`:
// the WebAssembly build takes minutes when cold, and the helper 7–10 s to start.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { findRenderer } from '../../core/render/locate';
import { DiagnosticsClient, messageOf, SERVER } from '../lsp/diagnostics.client';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

function filesOf(dir: string, prefix: string, out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) filesOf(p, `${prefix}${name}/`, out);
    else out[`${prefix}${name}`] = readFileSync(p, 'utf8');
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

  it('renders a chart and publishes the rendered Secret’s finding on the template line', async () => {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
    const wasm = findRenderer();
    assert.ok(wasm?.endsWith('ka-render.wasm'), `the WebAssembly build is missing (GOOS=wasip1 GOARCH=wasm bash scripts/renderer-build.sh): ${wasm}`);
    const files = filesOf(path.join(FIXTURES, 'helm', 'monsterchart'), 'monsterchart/');
    files['monsterchart/values.yaml'] = files['monsterchart/values.yaml'].replace('bW9uc3Rlcg==', 'monster!');
    c = new DiagnosticsClient(files);
    await c.start();
    const line = files['monsterchart/templates/redis.yaml'].split('\n').findIndex((l) => l.includes('password:'));
    await c.waitFor(() => c!.of('monsterchart/templates/redis.yaml').some((d) => d.code === 'KA018' && d.range.start.line === line), 'KA018 on the template', 240000);
    const d = c.of('monsterchart/templates/redis.yaml').find((x) => x.code === 'KA018')!;
    assert.match(messageOf(d), /base64/);
  });
});
