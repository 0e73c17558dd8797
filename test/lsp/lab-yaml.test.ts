// KA160 over stdio: the language server, the labs' loader (lab panel) and `kube-apprenti lab check` share one
// validator of lab.yaml, so an invalid résoudre action gets the same words in all three.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLabYaml } from '../../core/labs/format/loadLab';
import { DiagnosticsClient, messageOf, SERVER } from './diagnostics.client';

const LAB = readFileSync(join(__dirname, '..', '..', 'labs', 'l01-premier-pod', 'lab.yaml'), 'utf8')
  .replace(/\n(    résoudre:\n)/, '\n$1      - lancer: "rm -rf /"\n');
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

describe('language server: lab.yaml (KA160), same words as the loader and the CLI', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  afterEach(async () => { await c?.stop(); });

  it('reports an unknown résoudre action, as lab check and the loader do', async () => {
    assert.ok(existsSync(SERVER) && existsSync(CLI), 'run node esbuild.mjs first');
    c = new DiagnosticsClient({ 'labs/l99/lab.yaml': LAB });
    await c.start();
    await c.waitFor(() => c.codes('labs/l99/lab.yaml').includes('KA160'), 'KA160');
    const d = c.of('labs/l99/lab.yaml').find((x) => x.code === 'KA160')!;
    const line = LAB.split('\n').findIndex((l) => l.includes('- lancer:'));
    assert.equal(d.range.start.line, line);
    const text = messageOf(d);
    assert.match(text, /^lab\.yaml\s:\s`étapes\[1\]\.résoudre\[0\]` ne correspond à aucune des formes prévues/);

    const loaded = parseLabYaml(LAB).problems;
    assert.deepEqual(loaded.map((p) => [p.line, p.message]), [[line + 1, text.replace(/^lab\.yaml\s:\s/, '')]]);

    const dir = mkdtempSync(join(tmpdir(), 'lab-'));
    try {
      writeFileSync(join(dir, 'lab.yaml'), LAB);
      const r = spawnSync(process.execPath, [CLI, 'lab', 'check', dir], { encoding: 'utf8' });
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.ok(r.stdout.includes(text.replace(/^lab\.yaml\s:\s/, '')), r.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
