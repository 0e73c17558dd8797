// Hostile YAML where the user meets it: the language server over stdio and the built CLI (`node esbuild.mjs` first).
// A merge-key probe gets no false diagnostic, 20,000 nested `[` give KA105 while the other files keep their
// diagnostics, an alias bomb gives KA106 and the server still answers; `check` exits 1 with the same findings.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { billionLaughs, deepBlockSeqs, deepFlow, MERGE_PROBE, mergeBomb } from '../unit/fuzz/hostile';
import { DiagnosticsClient, messageOf, SERVER } from './diagnostics.client';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n';

describe('hostile YAML over stdio and in the built CLI', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  before(() => {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
    assert.ok(existsSync(CLI), `${CLI} missing: run node esbuild.mjs first`);
  });
  afterEach(async () => { await c?.stop(); });

  it('gives no false diagnostic on a probe completed by a merge key (`<<: *probe`)', async () => {
    c = new DiagnosticsClient({ 'pod.yaml': MERGE_PROBE });
    await c.start();
    await c.waitFor(() => c.codes('pod.yaml').includes('KA049'), 'pod.yaml analysed');
    assert.deepEqual(c.codes('pod.yaml').filter((x) => x === 'KA058' || x === 'KA046'), []);
    for (const d of c.of('pod.yaml')) assert.doesNotMatch(messageOf(d), /Symbol\(|\[object Object\]|undefined/);
    // Opened and edited, the same.
    await c.open('pod.yaml', MERGE_PROBE);
    await c.change('pod.yaml', MERGE_PROBE.replace('name: sondes', 'name: sondes2'));
    await c.waitFor(() => c.of('pod.yaml').some((d) => d.code === 'KA049' && messageOf(d).includes('sondes2')), 'pod.yaml re-analysed');
    assert.deepEqual(c.codes('pod.yaml').filter((x) => x === 'KA058' || x === 'KA046'), []);
  });

  it('publishes KA105 for 20,000 nested `[` (and block nesting) while the other files keep their diagnostics', async () => {
    c = new DiagnosticsClient({ 'deep.yaml': deepFlow(20000), 'svc.yaml': SVC });
    await c.start();
    await c.waitFor(() => c.codes('deep.yaml').includes('KA105') && c.codes('svc.yaml').includes('KA001'), 'KA105 and KA001');
    const d = c.of('deep.yaml').find((x) => x.code === 'KA105')!;
    assert.equal(d.severity, 1);
    assert.match(messageOf(d), /^Imbrication trop profonde\u00a0: /);
    assert.match(d.codeDescription!.href, /KA105-imbrication-trop-profonde\.md$/);
    // Opened in the editor: block nesting too, and the next file still gets its diagnostics.
    await c.open('seqs.yaml', deepBlockSeqs(20000));
    await c.waitFor(() => c.codes('seqs.yaml').includes('KA105'), 'KA105 on the block nesting');
    await c.open('svc2.yaml', SVC.replace('name: web', 'name: web2'));
    await c.waitFor(() => c.codes('svc2.yaml').includes('KA001'), 'KA001 on a file opened after');
  });

  it('publishes KA106 for an alias bomb and still answers a hover', async () => {
    c = new DiagnosticsClient({ 'lol.yaml': billionLaughs(), 'svc.yaml': SVC });
    await c.start();
    await c.waitFor(() => c.codes('lol.yaml').includes('KA106') && c.codes('svc.yaml').includes('KA001'), 'KA106 and KA001');
    assert.match(messageOf(c.of('lol.yaml').find((x) => x.code === 'KA106')!), /^Document trop complexe pour être analysé\u00a0: /);
    await c.open('merges.yaml', mergeBomb());
    await c.waitFor(() => c.codes('merges.yaml').includes('KA106'), 'KA106 on nested merge keys');
    await c.open('svc.yaml', SVC);
    const hover = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: c.uri('svc.yaml') }, position: { line: 5, character: 4 } }) as { contents: { value: string } } | null;
    assert.ok(hover && hover.contents.value.length > 0, 'a hover on `selector`');
    const onBomb = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: c.uri('lol.yaml') }, position: { line: 6, character: 4 } });
    assert.equal(onBomb === null || typeof onBomb === 'object', true);
  });

  it('check (built CLI) exits 1 with the same French findings and reports the other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ka-hostile-'));
    try {
      writeFileSync(join(dir, 'pod.yaml'), MERGE_PROBE);
      writeFileSync(join(dir, 'deep.yaml'), deepFlow(20000));
      writeFileSync(join(dir, 'seqs.yaml'), deepBlockSeqs(20000));
      writeFileSync(join(dir, 'lol.yaml'), billionLaughs());
      writeFileSync(join(dir, 'svc.yaml'), SVC);
      const r = spawnSync(process.execPath, [CLI, 'check', dir, '--format', 'json'], { encoding: 'utf8', timeout: 60000 });
      assert.equal(r.status, 1, `exit ${r.status}\n${r.stderr}`);
      assert.doesNotMatch(r.stderr, /Maximum call stack/);
      const found = JSON.parse(r.stdout) as Array<{ file: string; code: string; severity: string; message: string }>;
      const of = (name: string) => found.filter((f) => f.file.endsWith(`/${name}`));
      assert.deepEqual(of('deep.yaml').map((f) => f.code), ['KA105']);
      assert.deepEqual(of('seqs.yaml').map((f) => f.code), ['KA105']);
      assert.deepEqual(of('lol.yaml').map((f) => f.code), ['KA106']);
      assert.match(of('deep.yaml')[0].message, /^Imbrication trop profonde\u00a0: /);
      assert.match(of('lol.yaml')[0].message, /^Document trop complexe pour être analysé\u00a0: /);
      assert.equal(of('deep.yaml')[0].severity, 'error');
      assert.ok(of('svc.yaml').some((f) => f.code === 'KA001'));
      assert.ok(of('pod.yaml').some((f) => f.code === 'KA049'));
      assert.deepEqual(of('pod.yaml').filter((f) => f.code === 'KA058' || f.code === 'KA046'), []);
      for (const f of found) assert.doesNotMatch(f.message, /Symbol\(|\[object Object\]|undefined/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
