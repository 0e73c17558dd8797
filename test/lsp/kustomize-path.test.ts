// KA013 over stdio against dist/server.js: the folders the server scanned (at start, and added later through
// didChangeWorkspaceFolders) are declared fully known to the engine, so a path listed in a kustomization that
// exists nowhere is reported in the editor as the CLI reports it; fixing the path clears it. A lab's starter copy
// (not scanned) is never declared known: its kustomization opened alone reports nothing.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { DiagnosticsClient, messageOf, SERVER } from './diagnostics.client';

const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n';
const DEPLOY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n';
const BASE = 'resources:\n  - service.yaml\n  - deployment.yaml\n';
const DEV = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ./base\n';
const FILES = { 'k8s/base/kustomization.yaml': BASE, 'k8s/base/service.yml': SVC, 'k8s/base/deployment.yaml': DEPLOY, 'k8s/dev/kustomization.yaml': DEV };

describe('language server: kustomization paths (KA013)', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  before(function () {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
  });
  afterEach(async () => { await c?.stop(); });

  it('reports missing paths in the scanned folder; fixing the files clears them', async () => {
    c = new DiagnosticsClient(FILES);
    await c.start();
    await c.waitFor(() => c.codes('k8s/base/kustomization.yaml').includes('KA013') && c.codes('k8s/dev/kustomization.yaml').includes('KA013'), 'KA013 in both kustomizations');
    const base = c.of('k8s/base/kustomization.yaml').filter((d) => d.code === 'KA013');
    assert.equal(base.length, 1, c.dump());
    assert.deepEqual(base[0].range, { start: { line: 1, character: 4 }, end: { line: 1, character: 16 } });
    assert.equal(base[0].severity, 1);
    assert.match(messageOf(base[0]), /Le chemin `service\.yaml` n’existe pas \(relatif à `k8s\/base\/`\)/);
    const dev = c.of('k8s/dev/kustomization.yaml').find((d) => d.code === 'KA013')!;
    assert.deepEqual(dev.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 10 } });
    assert.match(messageOf(dev), /Vouliez-vous dire `\.\.\/base`\s\?/);

    // Fix the base in the editor (the path now names the file as it is on disk), the dev overlay on disk.
    await c.open('k8s/base/kustomization.yaml', BASE);
    await c.change('k8s/base/kustomization.yaml', BASE.replace('service.yaml', 'service.yml'));
    await c.waitFor(() => !c.codes('k8s/base/kustomization.yaml').includes('KA013'), 'KA013 cleared in base');
    c.write('k8s/dev/kustomization.yaml', DEV.replace('./base', '../base'));
    await c.watched([{ rel: 'k8s/dev/kustomization.yaml', type: 2 }]);
    await c.waitFor(() => !c.codes('k8s/dev/kustomization.yaml').includes('KA013'), 'KA013 cleared in dev');

    // A file created on disk resolves a listed path: back to `service.yaml`, then create it.
    await c.change('k8s/base/kustomization.yaml', BASE);
    await c.waitFor(() => c.codes('k8s/base/kustomization.yaml').includes('KA013'), 'KA013 back');
    c.write('k8s/base/service.yaml', SVC);
    await c.watched([{ rel: 'k8s/base/service.yaml', type: 1 }]);
    await c.waitFor(() => !c.codes('k8s/base/kustomization.yaml').includes('KA013'), 'KA013 cleared by the new file');
  });

  it('declares a folder added later, and forgets it when it is removed', async () => {
    c = new DiagnosticsClient({ ...FILES, 'lab1/lab.yaml': 'id: lab1\n', 'lab1/depart/kustomization.yaml': 'resources:\n  - absent.yaml\n' });
    await c.start({ langue: 'fr' }, 'stdio', []);
    // Nothing is scanned without folders: the open kustomization lies in no known folder.
    await c.open('k8s/dev/kustomization.yaml', DEV);
    await c.waitFor(() => c.diagnostics.has(c.uri('k8s/dev/kustomization.yaml')), 'dev published');
    assert.ok(!c.codes('k8s/dev/kustomization.yaml').includes('KA013'), c.dump());

    await c.changeFolders(['']);
    await c.waitFor(() => c.codes('k8s/dev/kustomization.yaml').includes('KA013') && c.codes('k8s/base/kustomization.yaml').includes('KA013'), 'KA013 after the folder was added');
    // The lab's starter copy was not scanned: opened, its kustomization is not checked (its folder is not fully known).
    await c.open('lab1/depart/kustomization.yaml', 'resources:\n  - absent.yaml\n');
    await c.waitFor(() => c.diagnostics.has(c.uri('lab1/depart/kustomization.yaml')), 'starter copy published');
    assert.deepEqual(c.codes('lab1/depart/kustomization.yaml'), []);

    await c.changeFolders([], ['']);
    await c.waitFor(() => !c.codes('k8s/dev/kustomization.yaml').includes('KA013'), 'KA013 gone with the folder');
    assert.equal(c.diagnostics.get(c.uri('k8s/base/kustomization.yaml'))?.length, 0, 'files of the removed folder cleared');
  });
});
