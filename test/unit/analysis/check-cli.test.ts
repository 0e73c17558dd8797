// The `check` CLI command: same engine and messages, text/JSON/SARIF, exit code 1 on errors.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../../cli/commands/check';

const WARNING_ONLY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          resources:\n            requests: {cpu: 100m, memory: 64Mi}\n            limits: {memory: 64Mi}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector:\n    app: api\n  ports:\n    - port: 80\n      targetPort: 80\n';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const w1 = process.stdout.write.bind(process.stdout);
  const w2 = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => { out += s; return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { err += s; return true; }) as typeof process.stderr.write;
  try {
    const code = await check.run(args);
    return { code, out, err };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
  }
}

describe('kube-apprenti check', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ka-check-'));
    mkdirSync(join(dir, 'k8s'));
    writeFileSync(join(dir, 'k8s', 'deploy.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: webapp}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n');
    writeFileSync(join(dir, 'k8s', 'svc.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n');
    writeFileSync(join(dir, 'ok.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  A: "1"\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints French diagnostics with file:line:column and exits 1 on an error (folders scanned recursively)', async () => {
    const r = await run([dir]);
    assert.equal(r.code, 1);
    assert.match(r.out, /deploy\.yaml:7:19: erreur KA002 Le sélecteur/);
    assert.match(r.out, /svc\.yaml:\d+:\d+: avertissement KA001/);
    assert.match(r.out, /1 erreur, \d+ avertissements?/);
  });

  it('exits 0 without errors and speaks English with --langue en', async () => {
    const r = await run([join(dir, 'ok.yaml'), '--langue', 'en']);
    assert.equal(r.code, 0);
    assert.match(r.out, /0 errors, 0 warnings/);
  });

  it('writes JSON and SARIF 2.1.0', async () => {
    const j = JSON.parse((await run([dir, '--format', 'json'])).out) as Array<{ code: string; line: number; documentation: string }>;
    const ka002 = j.find((f) => f.code === 'KA002');
    assert.ok(ka002 && ka002.line === 7 && ka002.documentation.endsWith('KA002-selecteur-workload-template.md'));
    const s = JSON.parse((await run([dir, '--format', 'sarif'])).out);
    assert.equal(s.version, '2.1.0');
    const results = s.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>;
    const err = results.find((x) => x.ruleId === 'KA002')!;
    assert.equal(err.level, 'error');
    assert.equal(err.locations[0].physicalLocation.region.startLine, 7);
    assert.ok(s.runs[0].tool.driver.rules.some((x: { id: string; helpUri: string }) => x.id === 'KA002' && x.helpUri));
  });

  it('reports usage errors with exit code 2', async () => {
    assert.equal((await run([])).code, 2);
    assert.equal((await run([dir, '--format', 'xml'])).code, 2);
    const missing = await run([join(dir, 'nope.yaml')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /introuvable/);
  });

  it('fails on the --echec-si level or worse (--fail-on in English); a bad value is a usage error', async () => {
    // A Deployment and a Service that selects none of its Pods: one warning (KA001), no error.
    const warnOnly = join(dir, 'warn-only.yaml');
    writeFileSync(warnOnly, WARNING_ONLY);
    const found = JSON.parse((await run([warnOnly, '--format', 'json'])).out) as Array<{ severity: string }>;
    assert.ok(found.some((f) => f.severity === 'warning') && !found.some((f) => f.severity === 'error'), JSON.stringify(found));
    assert.equal((await run([warnOnly])).code, 0, 'a warning alone passes by default');
    assert.equal((await run([warnOnly, '--echec-si', 'erreur'])).code, 0);
    assert.equal((await run([warnOnly, '--echec-si', 'avertissement'])).code, 1);
    assert.equal((await run([warnOnly, '--fail-on', 'warning'])).code, 1);
    assert.equal((await run([warnOnly, '--echec-si', 'information'])).code, 1);
    assert.equal((await run([join(dir, 'ok.yaml'), '--echec-si', 'information'])).code, 0, 'nothing at all passes');
    // Counted even when --severite hides it, and the reason is given.
    const hidden = await run([warnOnly, '--echec-si', 'avertissement', '--severite', 'erreur']);
    assert.equal(hidden.code, 1);
    assert.match(hidden.err, /^Échec\u00a0: des diagnostics du niveau de --echec-si ou plus graves existent, masqués par --severite\./);
    const bad = await run([warnOnly, '--echec-si', 'grave']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^Valeur invalide pour --echec-si\u00a0: «\u00a0grave\u00a0»\. Valeurs possibles\u00a0: erreur, avertissement ou information\./);
    assert.match((await run([warnOnly, '--fail-on', 'high', '--langue', 'en'])).err, /^Invalid value for --fail-on: “high”/);
    assert.match((await run(['--help'])).out, /--echec-si, --fail-on erreur\|avertissement\|information/);
  });

  it('analyses a Deployment in app.yaml and says nothing of a chart’s values.yaml (KA104 is for the editor only)', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ka-check-kinds-'));
    try {
      writeFileSync(join(d, 'app.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: webapp}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n');
      mkdirSync(join(d, 'chart'));
      writeFileSync(join(d, 'chart', 'values.yaml'), 'replicaCount: 2\nimage:\n  tag: latest\n');
      const r = await run([d, '--format', 'json']);
      const found = JSON.parse(r.out) as Array<{ code: string; file: string }>;
      assert.ok(found.some((f) => f.code === 'KA002'), r.out);
      assert.ok(!found.some((f) => f.code === 'KA104'), r.out);
      assert.equal(r.code, 1);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
