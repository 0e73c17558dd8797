// A Kustomize overlay opened from OUTSIDE the workspace folders (real ka-render, server over stdio): its bases and
// rendered objects are analysed on their own and only produce diagnostics for the overlay's own files; they never
// feed the workspace's cross-file rules (a Service of the workspace whose selector matches nothing keeps its KA001,
// a name shared with the workspace is no duplicate, a ConfigMap it generates does not silence the workspace's KA005),
// and the workspace's objects do not feed the overlay's rules either.
// Closing the overlay clears what it showed. `node esbuild.mjs` and the renderer first.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { BUILD_COMMAND, findRenderer } from '../../core/render/locate';
import { DiagnosticsClient, messageOf, SERVER } from './diagnostics.client';

const deployment = (name: string, app: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${app}
    spec:
      containers:
        - name: ${name}
          image: nginx:1.27
          ports:
            - containerPort: 8080
`;
const service = (name: string, app: string) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app: ${app}
  ports:
    - port: 80
      targetPort: 8080
`;
const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  a: "1"\n`;

const FILES = {
  // The workspace (folder a): a Service whose selector matches no workload (the closest is `api`).
  'a/svc.yaml': service('web', 'web'),
  'a/api.yaml': deployment('api', 'api'),
  'a/settings.yaml': configMap('settings'),
  // A Pod of the workspace that reads a ConfigMap nobody defines (KA005).
  'a/runner.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: runner\n  labels:\n    role: runner\nspec:\n  containers:\n    - name: runner\n      image: busybox:1.36\n      envFrom:\n        - configMapRef:\n            name: app-config\n',
  // Outside (folder b): an overlay whose base has the Deployment the workspace's Service selects, a ConfigMap with
  // the workspace's name, and a Service that selects the workspace's `api` (nothing of its own).
  'b/base/kustomization.yaml': 'resources:\n  - web.yaml\n  - settings.yaml\n  - svc-b.yaml\n',
  'b/base/web.yaml': deployment('web', 'web'),
  'b/base/settings.yaml': configMap('settings'),
  'b/base/svc-b.yaml': service('svc-b', 'api'),
  // The overlay generates the ConfigMap the workspace's Pod reads: it must not silence the workspace's KA005.
  'b/overlay/kustomization.yaml': 'resources:\n  - ../base\nconfigMapGenerator:\n  - name: app-config\n    literals:\n      - a=1\n',
};

describe('an overlay opened from outside the workspace folders (language server over stdio)', function () {
  this.timeout(90000);
  let c: DiagnosticsClient;
  before(() => {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
    assert.ok(findRenderer(), `ka-render is missing: run « ${BUILD_COMMAND} » first`);
  });
  afterEach(async () => { await c?.stop(); });

  const settle = async () => { assert.equal(await c.conn.sendRequest('kubeApprenti/analyseTerminee'), true); };
  const view = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.severity} ${d.range.start.line}:${d.range.start.character} ${messageOf(d)}`).sort();

  it('leaves the workspace’s diagnostics exactly as they were, shows its own, and clears them when closed', async () => {
    c = new DiagnosticsClient(FILES);
    await c.start({ langue: 'fr' }, 'stdio', ['a']);
    await c.waitFor(() => c.codes('a/svc.yaml').includes('KA001'), 'KA001 on the workspace Service');
    await settle();
    await c.waitFor(() => c.codes('a/runner.yaml').includes('KA005'), 'KA005 on the workspace Pod');
    const before = { svc: view(c.of('a/svc.yaml')), api: view(c.of('a/api.yaml')), settings: view(c.of('a/settings.yaml')), runner: view(c.of('a/runner.yaml')) };
    const ka001 = c.of('a/svc.yaml').find((d) => d.code === 'KA001')!;
    assert.equal(ka001.severity, 2);
    assert.match(messageOf(ka001), /`Deployment api`/);
    assert.deepEqual(before.settings, [], 'no duplicate in the workspace alone');
    // Nothing outside the workspace was published.
    assert.equal([...c.diagnostics.keys()].filter((u) => u.startsWith(c.uri('b/'))).length, 0);

    const overlay = FILES['b/overlay/kustomization.yaml'];
    await c.open('b/overlay/kustomization.yaml', overlay);
    // The overlay's own diagnostics: its Service (in the base) selects nothing of the overlay — the workspace's
    // `api` does not count — and its Deployment has no resources (KA028 on the base file).
    await c.waitFor(() => c.codes('b/base/svc-b.yaml').includes('KA001') && c.codes('b/base/web.yaml').includes('KA028'), 'the overlay’s own KA001 and KA028 on its base');
    await settle();
    const own = c.of('b/base/svc-b.yaml').find((d) => d.code === 'KA001')!;
    assert.doesNotMatch(messageOf(own), /Deployment api/, 'the workspace’s Deployment is not proposed to the overlay');
    // Its ConfigMap shares a name with the workspace's: no duplicate on either side.
    assert.ok(!c.codes('b/base/settings.yaml').includes('KA050'), c.dump());
    // The workspace: exactly the same diagnostics as before.
    assert.deepEqual(view(c.of('a/svc.yaml')), before.svc);
    assert.deepEqual(view(c.of('a/api.yaml')), before.api);
    assert.deepEqual(view(c.of('a/settings.yaml')), before.settings);
    assert.deepEqual(view(c.of('a/runner.yaml')), before.runner);

    // An edit of the open overlay renders it again, still on its own.
    await c.change('b/overlay/kustomization.yaml', `${overlay}namePrefix: dev-\n`);
    await settle();
    assert.ok(c.codes('b/base/svc-b.yaml').includes('KA001'), c.dump());
    assert.deepEqual(view(c.of('a/svc.yaml')), before.svc);
    assert.deepEqual(view(c.of('a/runner.yaml')), before.runner);

    // Its base Deployment opened in the editor too: still the overlay's own, not the workspace's.
    await c.open('b/base/web.yaml', FILES['b/base/web.yaml']);
    await settle();
    assert.ok(c.codes('b/base/web.yaml').includes('KA028'), c.dump());
    // Hovers and quick fixes read the overlay's own model there (its files are not in the workspace's).
    const web = FILES['b/base/web.yaml'];
    const portLine = web.split('\n').findIndex((l) => l.includes('containerPort'));
    const hover = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: c.uri('b/base/web.yaml') }, position: { line: portLine, character: web.split('\n')[portLine].indexOf('containerPort') + 2 } }) as { contents: { value: string } } | null;
    assert.ok(hover, 'a hover on containerPort of the outside base');
    assert.match(hover.contents.value, /port/i);
    // A quoted port typed there (KA037) gets its quick fix.
    await c.change('b/base/web.yaml', web.replace('containerPort: 8080', 'containerPort: "8080"'));
    await c.waitFor(() => c.codes('b/base/web.yaml').includes('KA037'), 'KA037 on the outside base');
    const ka037 = c.of('b/base/web.yaml').find((d) => d.code === 'KA037')!;
    const actions = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: c.uri('b/base/web.yaml') }, range: ka037.range, context: { diagnostics: [ka037] } }) as Array<{ title: string }>;
    assert.ok(actions.some((a) => a.title.includes('8080')), `the quick fix of KA037 on the outside base: ${JSON.stringify(actions)}`);
    await c.change('b/base/web.yaml', web);
    await settle();
    const kHover = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: c.uri('b/overlay/kustomization.yaml') }, position: { line: 2, character: 3 } }) as { contents: { value: string } } | null;
    assert.ok(kHover, 'a French hover on configMapGenerator of the outside kustomization');
    assert.deepEqual(view(c.of('a/svc.yaml')), before.svc);
    assert.deepEqual(view(c.of('a/settings.yaml')), before.settings);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: c.uri('b/base/web.yaml') } });
    await settle();

    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: c.uri('b/overlay/kustomization.yaml') } });
    await c.waitFor(() => c.of('b/base/svc-b.yaml').length === 0 && c.of('b/base/web.yaml').length === 0, 'the overlay’s diagnostics cleared once closed');
    await settle();
    assert.deepEqual(view(c.of('a/svc.yaml')), before.svc);
    assert.deepEqual(view(c.of('a/settings.yaml')), before.settings);
  });
});
