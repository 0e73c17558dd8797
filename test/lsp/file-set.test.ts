// Which files the server keeps in its model, over stdio: exactly those the shared file walker lists (what the CLI
// reads), whatever way they arrive. A YAML file created under node_modules (a file event) is not taken in; a lab's
// starter copy counts while it is open in the editor and is dropped when it is closed. A UTF-8 byte order mark is
// not part of the text, on disk as in the editor.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { DiagnosticsClient, SERVER } from './diagnostics.client';

const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: 80\n';
const DEPLOY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - containerPort: 80\n';

describe('language server: the files of the model are the files the walker lists', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  before(function () {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
  });
  afterEach(async () => { await c?.stop(); });

  it('ignores file events under skipped folders; a lab copy counts only while open', async () => {
    c = new DiagnosticsClient({ 'svc.yaml': SVC, 'lab1/lab.yaml': 'id: lab1\n', 'lab1/depart/deploy.yaml': DEPLOY });
    await c.start();
    // The Service selects no Pod: the starter copy of the lab is not part of the workspace.
    await c.waitFor(() => c.codes('svc.yaml').includes('KA001'), 'KA001');

    // Created under node_modules, then in k8s/: only the second one is taken in (events are handled in order).
    c.write('node_modules/pkg/deploy.yaml', DEPLOY);
    c.write('k8s/other.yaml', DEPLOY.replace(/app: web/g, 'app: other').replace('name: web', 'name: other'));
    await c.watched([{ rel: 'node_modules/pkg/deploy.yaml', type: 1 }, { rel: 'k8s/other.yaml', type: 1 }]);
    await c.waitFor(() => c.diagnostics.has(c.uri('k8s/other.yaml')), 'k8s/other.yaml published');
    assert.ok(c.codes('svc.yaml').includes('KA001'), c.dump());
    assert.ok(!c.diagnostics.has(c.uri('node_modules/pkg/deploy.yaml')), c.dump());

    // Opened, the starter copy is analysed with the workspace (the student works on it)…
    await c.open('lab1/depart/deploy.yaml', DEPLOY);
    await c.waitFor(() => !c.codes('svc.yaml').includes('KA001'), 'KA001 gone while the copy is open');
    // …closed, it leaves the model again: its diagnostics are cleared and the Service is alone once more.
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: c.uri('lab1/depart/deploy.yaml') } });
    await c.waitFor(() => c.codes('svc.yaml').includes('KA001'), 'KA001 back after closing the copy');
    assert.deepEqual(c.of('lab1/depart/deploy.yaml'), []);
  });

  it('reads a file saved with a byte order mark as the editor shows it (the mark is not a character)', async () => {
    const ingress = 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  backend:\n    serviceName: web\n    servicePort: 80\n';
    c = new DiagnosticsClient({ 'ingress.yaml': `\uFEFF${ingress}` });
    await c.start();
    await c.waitFor(() => c.codes('ingress.yaml').includes('KA038'), 'KA038 from the disk');
    const fromDisk = c.of('ingress.yaml').find((d) => d.code === 'KA038')!;
    assert.deepEqual(fromDisk.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 30 } });
    // Opened (VS Code drops the mark from the document), then edited: the same place.
    await c.open('ingress.yaml', ingress);
    await c.change('ingress.yaml', `${ingress}# edit\n`);
    await c.waitFor(() => c.log.filter((l) => l.uri === c.uri('ingress.yaml')).length > 0 && c.of('ingress.yaml').some((d) => d.code === 'KA038'), 'KA038 after the edit');
    assert.deepEqual(c.of('ingress.yaml').find((d) => d.code === 'KA038')!.range, fromDisk.range);
  });
});
