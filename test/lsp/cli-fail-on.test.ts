// The built CLI (`node dist/cli.js check`, after `node esbuild.mjs`, like the server of the other tests here) on a
// folder whose only finding is a warning: exit 0 by default, 1 with `--echec-si avertissement` (or `--fail-on
// warning`), 2 on a bad value; the JSON and SARIF outputs do not depend on the option.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const WARNING_ONLY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
          resources:
            requests: {cpu: 100m, memory: 64Mi}
            limits: {memory: 64Mi}
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: api
  ports:
    - port: 80
      targetPort: 80
`;

function cli(args: string[], cwd: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('built CLI: check --echec-si', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    assert.ok(existsSync(CLI), `${CLI} missing: run node esbuild.mjs first`);
    dir = mkdtempSync(join(tmpdir(), 'ka-cli-fail-'));
    mkdirSync(join(dir, 'k8s'));
    writeFileSync(join(dir, 'k8s', 'app.yaml'), WARNING_ONLY);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('passes on a warning by default and fails with --echec-si avertissement / --fail-on warning', () => {
    const byDefault = cli(['k8s'], dir);
    assert.equal(byDefault.code, 0, byDefault.err);
    assert.match(byDefault.out, /k8s\/app\.yaml:\d+:\d+: avertissement KA001/);
    assert.match(byDefault.out, /0 erreur, 1 avertissement/);
    assert.equal(cli(['k8s', '--echec-si', 'erreur'], dir).code, 0);
    const strict = cli(['k8s', '--echec-si', 'avertissement'], dir);
    assert.equal(strict.code, 1);
    assert.equal(strict.out, byDefault.out, 'same report, only the exit code changes');
    assert.equal(cli(['k8s', '--fail-on', 'warning'], dir).code, 1);
    assert.equal(cli(['k8s', '--echec-si', 'information'], dir).code, 1);
  });

  it('rejects a bad value with exit code 2 and a French message', () => {
    const r = cli(['k8s', '--echec-si', 'parfois'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /^Valeur invalide pour --echec-si\u00a0: «\u00a0parfois\u00a0»/);
    assert.equal(r.out, '');
  });

  it('writes the same JSON and SARIF whatever --echec-si says', () => {
    for (const format of ['json', 'sarif']) {
      const plain = cli(['k8s', '--format', format], dir);
      const strict = cli(['k8s', '--format', format, '--echec-si', 'avertissement'], dir);
      assert.equal(plain.code, 0);
      assert.equal(strict.code, 1);
      assert.equal(strict.out, plain.out, format);
      assert.ok(JSON.parse(plain.out), format);
    }
    const sarif = JSON.parse(cli(['k8s', '--format', 'sarif'], dir).out);
    assert.deepEqual(sarif.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]), [['KA001', 'warning']]);
  });
});
