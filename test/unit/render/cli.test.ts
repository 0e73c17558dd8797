// The built CLI (`node dist/cli.js`, after `node esbuild.mjs`) on charts and overlays: `check` renders first and
// reports the same findings, on the same lines, as the engine; `--valeurs`/`--set` reach Helm; `render` prints the
// rendered YAML with Helm's `# Source:` lines and exits 1 with the French diagnostic when the render fails.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { checkSeeded, requireRenderer, type Seeded } from './renderHarness';

const CLI = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');

function cli(args: string[], cwd: string): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** `file:line code` of the CLI's JSON report. */
function listOf(json: string): string[] {
  return (JSON.parse(json) as Array<{ file: string; line: number; code: string }>).map((d) => `${d.file}:${d.line} ${d.code}`).sort();
}

describe('kube-apprenti check / render on charts and overlays (built CLI)', function () {
  this.timeout(60000);
  let s: Seeded | undefined;
  before(() => {
    requireRenderer();
    assert.ok(existsSync(CLI), `${CLI} missing: run node esbuild.mjs first`);
  });
  afterEach(() => { s?.cleanup(); s = undefined; });

  it('check on a chart gives the engine’s findings, on the template lines, exit code 1', async () => {
    s = await checkSeeded('helm/monsterchart', {
      'monsterchart/values.yaml': (t) => t.replace('bW9uc3Rlcg==', 'monster!'),
      'monsterchart/templates/frontend.yaml': (t) => t.replace('      labels:\n        app: frontend-', '      labels:\n        app: front-'),
    });
    const r = cli(['check', 'monsterchart', '--format', 'json'], s.root);
    assert.equal(r.code, 1, r.err);
    assert.deepEqual(listOf(r.out), [...s.list].sort());
    assert.ok(listOf(r.out).includes(`monsterchart/templates/redis.yaml:${s.lineOf('monsterchart/templates/redis.yaml', 'password:')} KA018`));
  });

  it('--valeurs and --set reach Helm (text report in French)', async () => {
    s = await checkSeeded('helm/monsterchart', { 'monsterchart/values-dev.yaml': () => 'frontend:\n  service:\n    port: 5001\n' });
    const withFile = cli(['check', 'monsterchart', '--valeurs', 'monsterchart/values-dev.yaml'], s.root);
    assert.equal(withFile.code, 0, withFile.out);
    const set = cli(['check', 'monsterchart', '--set', 'secret.password=pas-du-base64!'], s.root);
    assert.equal(set.code, 1, set.out);
    assert.match(set.out, /monsterchart\/templates\/redis\.yaml:\d+:\d+: erreur KA018/);
    const rendered = cli(['render', 'monsterchart', '--valeurs', 'monsterchart/values-dev.yaml', '--set', 'frontend.image.tag=2.0'], s.root);
    assert.equal(rendered.code, 0, rendered.err);
    assert.match(rendered.out, /# Source: monsterchart\/templates\/frontend\.yaml\n/);
    assert.match(rendered.out, /containerPort: 5001\n/);
    assert.match(rendered.out, /image: "tecp1\/monstericon:2\.0"/);
  });

  it('check on an overlay gives the engine’s findings; render prints kustomize build’s objects without origin annotations', async () => {
    s = await checkSeeded('kustomize/k8s', { 'k8s/dev/kustomization.yaml': (t) => t.replace('    name: monsterstack', '    name: monsterstak') });
    const r = cli(['check', 'k8s', '--format', 'json'], s.root);
    assert.equal(r.code, 1, r.err);
    assert.deepEqual(listOf(r.out), [...s.list].sort());
    const out = cli(['render', 'k8s/prod'], s.root);
    assert.equal(out.code, 0, out.err);
    assert.match(out.out, /name: frontend-prod\n/);
    assert.match(out.out, /replicas: 7\n/);
    assert.doesNotMatch(out.out, /config\.kubernetes\.io\/origin/);
  });

  it('render of a chart that fails exits 1 with the French diagnostic on its line', async () => {
    s = await checkSeeded('helm/monsterchart', { 'monsterchart/templates/frontend.yaml': (t) => t.replace('.Values.frontend.image.name', '.Values.frontnd.image.name') });
    const r = cli(['render', 'monsterchart'], s.root);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, new RegExp(`monsterchart/templates/frontend\\.yaml:${s.lineOf('monsterchart/templates/frontend.yaml', 'frontnd')}:\\d+: erreur KA110 .*nil pointer`));
  });
});
