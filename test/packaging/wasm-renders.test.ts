// ka-render's WebAssembly fallback (GOOS=wasip1, run under Node's WASI) found and driven by the code the language
// server and the CLI use on a machine without a native binary: `findRenderer` (core/render/locate.ts) given a
// renderer/go.mod and a build cache that hold only `wasip1-wasm/ka-render.wasm`, `RendererClient` (client.ts) and
// `renderTarget` (prepare.ts). One helper renders a chart, the course's overlay and a wide one (300 files) 50 times
// each, with unsaved buffers that change at every round, one of them a large file that grows from 1 to 32 MB (the
// growth of the WebAssembly memory, with many file-system calls, that made Node's WASI crash the helper, see
// WASI_RUNNER); every output equals the native binary's, and the helper is never restarted.
// Run by `npm test` (suite « wasm », scripts/test-all.mjs) and `npm run package:platforms`.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { RendererClient } from '../../core/render/client';
import { BUILD_COMMAND, findRenderer, rendererCandidates } from '../../core/render/locate';
import type { RenderOutcome } from '../../core/render/outcome';
import { renderTarget, type RenderOptions } from '../../core/render/prepare';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const CHART = path.join(FIXTURES, 'helm', 'monsterchart');
const PROD = path.join(FIXTURES, 'kustomize', 'k8s', 'prod');
const ROUNDS = 50;

/** What a render gives the rules: the rendered files (or the error), without the time it took. */
const output = (o: RenderOutcome) => JSON.stringify({ files: o.files, error: o.error ?? null });

describe('ka-render’s WebAssembly fallback: the same renders as the native binary, many in a row, one helper', function () {
  this.timeout(600000);
  let work: string;
  let wasm: RendererClient;
  let native: RendererClient;

  before(() => {
    const built = findRenderer([ROOT], { ...process.env, KUBE_APPRENTI_RENDERER_WASM: '1', KUBE_APPRENTI_RENDERER: '' });
    if (!built?.endsWith('ka-render.wasm')) assert.fail(`the WebAssembly build is missing: run « GOOS=wasip1 GOARCH=wasm ${BUILD_COMMAND} »`);
    const nativeBin = findRenderer([ROOT], { ...process.env, KUBE_APPRENTI_RENDERER_WASM: '' });
    assert.ok(nativeBin && !nativeBin.endsWith('.wasm'), `the native ka-render is missing: run « ${BUILD_COMMAND} »`);
    // A machine without a native binary: the extension's folder (renderer/go.mod) and a build cache holding only the
    // WebAssembly build, no KUBE_APPRENTI_RENDERER nor KUBE_APPRENTI_RENDERER_WASM.
    work = mkdtempSync(path.join(tmpdir(), 'ka-wasm-fallback-'));
    mkdirSync(path.join(work, 'ext', 'renderer'), { recursive: true });
    copyFileSync(path.join(ROOT, 'renderer', 'go.mod'), path.join(work, 'ext', 'renderer', 'go.mod'));
    const cacheWasm = built.split(path.sep).slice(-3); // renderer-helm-…-kustomize-…/wasip1-wasm/ka-render.wasm
    const cache = path.join(work, 'cache');
    mkdirSync(path.join(cache, ...cacheWasm.slice(0, -1)), { recursive: true });
    symlinkSync(built, path.join(cache, ...cacheWasm));
    const env = { KUBE_APPRENTI_CACHE: cache };
    const candidates = rendererCandidates([path.join(work, 'ext')], env);
    const found = findRenderer([path.join(work, 'ext')], env);
    assert.ok(candidates.indexOf(found!) > 0 && !existsSync(candidates[0]), `the fallback comes after a missing native binary: ${candidates.join(', ')}`);
    assert.equal(found, path.join(cache, ...cacheWasm));
    wasm = new RendererClient({ binary: found });
    native = new RendererClient({ binary: nativeBin });
    assert.equal(wasm.wasm, true);
  });

  after(() => {
    wasm?.dispose();
    native?.dispose();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it(`renders a chart and two overlays ${ROUNDS} times each, as the native binary does, without a restart`, async () => {
    const values = readFileSync(path.join(CHART, 'values.yaml'), 'utf8');
    const replicas = readFileSync(path.join(PROD, 'frontend-replicas.yaml'), 'utf8');
    assert.match(values, /port: 5000/);
    assert.match(replicas, /replicas: \d+/);
    // A wide overlay: a base of 300 ConfigMap files (many file-system calls per build), and a large unsaved file in
    // the workspace, sent with its requests as the editor does, that grows from 1 to 32 MB over the first rounds, then
    // stays at 1 MB: Go's heap, and so the WebAssembly memory, grow at each of those rounds. Without the V8 flag of
    // WASI_RUNNER, Node's WASI crashed the helper there (docs/mesures/2026-12.md § 10).
    const wide = path.join(work, 'wide');
    mkdirSync(path.join(wide, 'base'), { recursive: true });
    mkdirSync(path.join(wide, 'dev'), { recursive: true });
    const cms = Array.from({ length: 300 }, (_, i) => `cm${i}.yaml`);
    cms.forEach((f, i) => writeFileSync(path.join(wide, 'base', f), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm${i}\ndata:\n  key: value-${i}\n`));
    writeFileSync(path.join(wide, 'base', 'kustomization.yaml'), `resources:\n${cms.map((f) => `- ${f}`).join('\n')}\n`);
    writeFileSync(path.join(wide, 'dev', 'kustomization.yaml'), 'resources:\n- ../base\nnameSuffix: -dev\nlabels:\n- pairs:\n    env: dev\n');
    const WIDE = path.join(wide, 'dev');
    const big = path.join(wide, 'big-open-file.yaml');
    const line = `# ${'x'.repeat(1021)}\n`;
    const bigText = (round: number) => line.repeat(1024 * (round <= 5 ? 2 ** round : 1)); // MB
    const kinds = { helm: 0, kustomize: 0 };
    for (let i = 0; i < ROUNDS; i++) {
      const round: Array<[string, RenderOptions, string]> = [
        [CHART, { overrides: new Map([[path.join(CHART, 'values.yaml'), values.replace('port: 5000', `port: ${5000 + i}`)]]), set: [`frontend.image.tag=1.${i}`] }, `tecp1/monstericon:1.${i}`],
        [PROD, { overrides: new Map([[path.join(PROD, 'frontend-replicas.yaml'), replicas.replace(/replicas: \d+/, `replicas: ${i + 2}`)]]) }, `replicas: ${i + 2}`],
        [WIDE, { overrides: new Map([[path.join(wide, 'base', 'cm7.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm7\ndata:\n  key: round-${i}\n`], [big, bigText(i)]]) }, `key: round-${i}`],
      ];
      for (const [dir, opts, expected] of round) {
        const target = { kind: dir === CHART ? 'helm' : 'kustomize', dir } as const;
        const [w, n] = await Promise.all([renderTarget(wasm, target, opts), renderTarget(native, target, opts)]);
        assert.equal(n.error, undefined, `native ${dir}: ${n.error?.message}`);
        assert.equal(w.error, undefined, `round ${i}, ${dir} (helpers started: ${wasm.starts}): ${w.error?.message}`);
        assert.equal(output(w), output(n), `round ${i}, ${dir}`);
        assert.ok(output(w).includes(expected), `round ${i}, ${dir}: the unsaved buffer was not rendered (${expected})`);
        kinds[target.kind]++;
      }
    }
    assert.deepEqual(kinds, { helm: ROUNDS, kustomize: 2 * ROUNDS });
    assert.equal(wasm.starts, 1, 'the WebAssembly helper was restarted');
  });
});
