// Rendered charts and overlays through the language server over stdio (dist/server.js, with the real ka-render):
// a chart's template gets the diagnostic of its rendered object on the template line, in French, with the values.yaml
// line in relatedInformation; an edit of the open template renders again; an overlay's build error lands on its
// kustomization line. The CLI (`node dist/cli.js check`) says the same.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { BUILD_COMMAND, findRenderer } from '../../core/render/locate';
import { DiagnosticsClient, filesOf, messageOf, SERVER } from './diagnostics.client';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');

const T = 'monsterchart/templates';

describe('rendered charts and overlays over stdio', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  before(() => {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
    assert.ok(findRenderer(), `ka-render is missing: run « ${BUILD_COMMAND} » first`);
  });
  afterEach(async () => { await c?.stop(); });

  it('publishes a rendered Secret’s finding on the template line, values.yaml related, and follows edits of the open template', async () => {
    const files = filesOf(path.join(FIXTURES, 'helm', 'monsterchart'), 'monsterchart/');
    files['monsterchart/values.yaml'] = files['monsterchart/values.yaml'].replace('bW9uc3Rlcg==', 'monster!');
    c = new DiagnosticsClient(files);
    await c.start();
    const redis = files[`${T}/redis.yaml`].split('\n');
    const passwordLine = redis.findIndex((l) => l.includes('password:'));
    await c.waitFor(() => c.of(`${T}/redis.yaml`).some((d) => d.code === 'KA018'), 'KA018 on the redis template');
    const d = c.of(`${T}/redis.yaml`).find((x) => x.code === 'KA018')!;
    assert.equal(d.range.start.line, passwordLine);
    assert.match(messageOf(d), /base64/);
    const rel = d.relatedInformation?.find((r) => r.location.uri === c.uri('monsterchart/values.yaml'));
    assert.ok(rel, JSON.stringify(d.relatedInformation));
    assert.equal(rel.location.range.start.line, files['monsterchart/values.yaml'].split('\n').findIndex((l) => l.includes('password:')));
    assert.match(rel.message, /secret\.password/);
    // Go to definition from a plain manifest to a rendered object: the template line that writes it.
    const ingress = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: extra\nspec:\n  ingressClassName: nginx\n  defaultBackend:\n    service:\n      name: frontend-release-name-monsterchart\n      port:\n        number: 5000\n';
    await c.open('extra-ingress.yaml', ingress);
    const defs = await c.conn.sendRequest('textDocument/definition', { textDocument: { uri: c.uri('extra-ingress.yaml') }, position: { line: 8, character: 14 } }) as Array<{ uri: string; range: { start: { line: number } } }>;
    const svcLine = files[`${T}/frontend.yaml`].split('\n').findIndex((l, i, all) => l.startsWith('  name: frontend-') && all[i - 2] === 'kind: Service');
    assert.ok(defs.some((x) => x.uri === c.uri(`${T}/frontend.yaml`) && x.range.start.line === svcLine), JSON.stringify(defs));
    // The student types a wrong `.Values` path in the open template: the render fails there (nil pointer).
    const frontend = files[`${T}/frontend.yaml`];
    await c.open(`${T}/frontend.yaml`, frontend);
    await c.change(`${T}/frontend.yaml`, frontend.replace('.Values.frontend.image.name', '.Values.frontnd.image.name'));
    const line = frontend.split('\n').findIndex((l) => l.includes('.Values.frontend.image.name'));
    await c.waitFor(() => c.of(`${T}/frontend.yaml`).some((x) => x.code === 'KA110' && x.range.start.line === line), 'KA110 on the edited line');
    assert.match(messageOf(c.of(`${T}/frontend.yaml`).find((x) => x.code === 'KA110')!), /n’existe pas \(nil pointer\)/);
    // Fixed: the error goes away and the rendered findings come back.
    await c.change(`${T}/frontend.yaml`, frontend);
    await c.waitFor(() => !c.codes(`${T}/frontend.yaml`).includes('KA110') && c.codes(`${T}/redis.yaml`).includes('KA018'), 'back to a rendered chart');
    assert.ok(![...c.diagnostics.keys()].some((u) => u.startsWith('ka-render:')), 'no diagnostics published on virtual documents');
  });

  it('places a Kustomize patch target that matches nothing on the overlay line (and the CLI says the same)', async () => {
    const files = filesOf(path.join(FIXTURES, 'kustomize', 'k8s'), 'k8s/');
    files['k8s/dev/kustomization.yaml'] = files['k8s/dev/kustomization.yaml'].replace('    name: monsterstack', '    name: monsterstak');
    c = new DiagnosticsClient(files);
    await c.start();
    const line = files['k8s/dev/kustomization.yaml'].split('\n').findIndex((l) => l.includes('monsterstak'));
    await c.waitFor(() => c.of('k8s/dev/kustomization.yaml').some((d) => d.code === 'KA115'), 'KA115 on the overlay');
    const d = c.of('k8s/dev/kustomization.yaml').find((x) => x.code === 'KA115')!;
    assert.equal(d.range.start.line, line);
    assert.match(messageOf(d), /Ce patch ne s’applique à aucun objet/);
    let out = '';
    try {
      out = execFileSync(process.execPath, [CLI, 'check', 'k8s', '--format', 'json'], { cwd: c.root, encoding: 'utf8' });
    } catch (err) {
      out = String((err as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out) as { diagnostics?: Array<{ code: string; file: string; line: number }> } | Array<{ code: string; file: string; line: number }>;
    const list = Array.isArray(report) ? report : report.diagnostics ?? [];
    assert.ok(list.some((x) => x.code === 'KA115' && x.file.endsWith('dev/kustomization.yaml') && x.line === line + 1), out.slice(0, 2000));
  });
});
