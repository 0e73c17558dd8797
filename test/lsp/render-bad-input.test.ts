// Bad input never crashes nor stalls the language server (over stdio, real ka-render): an endless `range` is stopped
// at the time limit (KA113, the helper restarted, the server still answers), a chart that includes itself gets
// KA110 (recursion) on the helper's line, a 5 MB values.yaml is rendered (its findings on the templates, KA101 on the
// file), a symbolic link loop and a link back to the overlay's own folder get KA114, each in French on its line. The
// built CLI says the same on the same folder.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BUILD_COMMAND, findRenderer } from '../../core/render/locate';
import { writeBadInputs } from '../unit/render/badInputs';
import { DiagnosticsClient, messageOf, SERVER } from './diagnostics.client';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const LIMIT_MS = '3000';

describe('bad charts and overlays over stdio and in the CLI', function () {
  this.timeout(120000);
  let c: DiagnosticsClient;
  const saved = process.env.KUBE_APPRENTI_RENDER_TIMEOUT_MS;
  before(() => {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
    assert.ok(findRenderer(), `ka-render is missing: run « ${BUILD_COMMAND} » first`);
    process.env.KUBE_APPRENTI_RENDER_TIMEOUT_MS = LIMIT_MS;
  });
  after(async () => {
    if (saved === undefined) delete process.env.KUBE_APPRENTI_RENDER_TIMEOUT_MS;
    else process.env.KUBE_APPRENTI_RENDER_TIMEOUT_MS = saved;
    await c?.stop();
  });

  it('each gets its French diagnostic on its line, the server keeps answering and renders again once fixed', async () => {
    c = new DiagnosticsClient({});
    writeBadInputs(c.root);
    const line = (rel: string, needle: string) => readFileSync(path.join(c.root, rel), 'utf8').split('\n').findIndex((l) => l.includes(needle));
    const has = (rel: string, code: string, at: number, re: RegExp) => c.of(rel).some((d) => d.code === code && d.range.start.line === at && re.test(messageOf(d)));
    await c.start();
    // While the endless template runs, a plain manifest is still checked.
    await c.open('plain.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n    targetPort: 99999\n');
    await c.waitFor(() => c.of('plain.yaml').length > 0, 'a diagnostic on the plain manifest');
    await c.waitFor(() => has('loop/Chart.yaml', 'KA113', 0, new RegExp(`interrompu après ${LIMIT_MS} ms`)), 'KA113 on loop/Chart.yaml', 60000);
    // The recursion is in the helper (its line), the template's `include` that enters it is related.
    await c.waitFor(() => has('self/templates/_self.tpl', 'KA110', line('self/templates/_self.tpl', '{{ include "monsterchart.self"'), /s’appelle lui-même/), 'KA110 (recursion)', 60000);
    const entry = c.of('self/templates/_self.tpl').find((d) => d.code === 'KA110')!.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]);
    assert.deepEqual(entry, [[c.uri('self/templates/frontend-config.yaml'), line('self/templates/frontend-config.yaml', 'monsterchart.self')]]);
    await c.waitFor(() => has('big/templates/redis.yaml', 'KA018', line('big/templates/redis.yaml', 'password:'), /base64/), 'KA018 from the 5 MB values', 60000);
    await c.waitFor(() => has('k8s/symlink/kustomization.yaml', 'KA114', line('k8s/symlink/kustomization.yaml', '- loop'), /boucle de liens symboliques/), 'KA114 (symlink loop)', 60000);
    await c.waitFor(() => has('k8s/self/kustomization.yaml', 'KA114', line('k8s/self/kustomization.yaml', '- self'), /ramène au dossier/), 'KA114 (link to its own folder)', 60000);
    // Fixed in the editor: the chart renders again (a new helper), its rendered findings come back.
    await c.open('loop/templates/loop.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  k: pas-du-base64!\n');
    await c.waitFor(() => !c.codes('loop/Chart.yaml').includes('KA113') && c.codes('loop/templates/loop.yaml').includes('KA018'), 'the fixed chart rendered again', 60000);
    assert.ok(!c.exited, 'the server is still running');

    // The CLI on the same folder: same findings, in French, exit code 1, no hang.
    const r = spawnSync(process.execPath, [CLI, 'check', '.', '--format', 'json'], { cwd: c.root, encoding: 'utf8', env: { ...process.env, KUBE_APPRENTI_RENDER_TIMEOUT_MS: LIMIT_MS } });
    assert.equal(r.status, 1, r.stderr);
    const list = (JSON.parse(r.stdout) as Array<{ file: string; line: number; code: string; message: string }>).map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`);
    const expect = (file: string, code: string, needle: string, re: RegExp) => {
      const want = `${file}:${line(file, needle) + 1} ${code} `;
      assert.ok(list.some((l) => l.startsWith(want) && re.test(l)), `${want}${re} expected; got:\n${list.join('\n')}`);
    };
    expect('loop/Chart.yaml', 'KA113', '', /interrompu après 3000 ms/);
    expect('self/templates/_self.tpl', 'KA110', '{{ include "monsterchart.self"', /s’appelle lui-même/);
    expect('big/templates/redis.yaml', 'KA018', 'password:', /base64/);
    expect('k8s/symlink/kustomization.yaml', 'KA114', '- loop', /boucle de liens symboliques/);
    expect('k8s/self/kustomization.yaml', 'KA114', '- self', /ramène au dossier/);
    assert.ok(list.some((l) => /^big\/values\.yaml:1 KA101 .*trop volumineux/.test(l)), list.join('\n'));
  });
});
