// Hover, completion, definition, references, symbols and folding over stdio against the built server
// (`node esbuild.mjs` first). Run: npx mocha --no-config -r tsx/cjs --extension ts --timeout 30000 test/lsp/features.test.ts
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { FeatureClient, SERVER } from './features.client';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: backend
spec:
  replicas: 2
  selector:
    matchLabels:
      app: backend
  template:
    metadata:
      labels:
        app: backend
    spec:
      containers:
        - name: api
          image: monimage:1.0
          ports:
            - containerPort: 8000
              name: http
          envFrom:
            - configMapRef:
                name: configuration-backend
        - name: sidecar
          image: busybox:1.36
`;
const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: backend
spec:
  selector:
    app: backend
  ports:
    - port: 80
      targetPort: 8000
`;
const CONFIG = `apiVersion: v1
kind: ConfigMap
metadata:
  name: configuration-backend
data:
  APP_TITLE: "Mon API"
---
apiVersion: v1
kind: Secret
metadata:
  name: creds
data:
  password: c2VjcmV0LXZhbHVl
`;

interface MarkupHover { contents: { kind: string; value: string }; range: { start: { line: number; character: number } } }
interface Item { label: string; insertTextFormat?: number; textEdit?: { newText: string }; documentation?: { value: string }; detail?: string }
interface Loc { uri: string; range: { start: { line: number; character: number } } }

describe('LSP over stdio: hover, completion, navigation', function () {
  this.timeout(30000);
  let c: FeatureClient;

  before(async function () {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
    c = new FeatureClient({ 'app/deployment.yaml': DEPLOYMENT, 'app/service.yaml': SERVICE, 'app/config.yaml': CONFIG, 'app/new.yaml': '' });
    const init = await c.start() as { capabilities: Record<string, unknown> };
    assert.equal(init.capabilities.hoverProvider, true);
    assert.ok(init.capabilities.completionProvider);
    assert.equal(init.capabilities.definitionProvider, true);
    assert.equal(init.capabilities.documentSymbolProvider, true);
  });

  after(async () => {
    await c?.stop();
  });

  it('hovers a field with the French explanation and its range', async () => {
    const h = await c.request<MarkupHover>('textDocument/hover', 'app/deployment.yaml', c.pos('app/deployment.yaml', 'image: mon', 2));
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /Image à lancer/);
    assert.match(h.contents.value, /kubectl explain deployment\.spec\.template\.spec\.containers\.image/);
    assert.deepEqual(h.range.start, c.pos('app/deployment.yaml', 'image: mon'));
  });

  it('hovers kind with the French documentation link', async () => {
    const h = await c.request<MarkupHover>('textDocument/hover', 'app/service.yaml', c.pos('app/service.yaml', 'Service', 1));
    assert.match(h.contents.value, /https:\/\/kubernetes\.io\/fr\/docs\/concepts\/services-networking\/service\//);
  });

  it('hovers a Service selector with the Pods it matches, and a Secret value decoded', async () => {
    const sel = await c.request<MarkupHover>('textDocument/hover', 'app/service.yaml', c.pos('app/service.yaml', 'selector', 1));
    assert.match(sel.contents.value, /Ce sélecteur correspond à\u00a0: \n- Deployment `backend` \(deployment\.yaml, ligne 1\)/);
    const sec = await c.request<MarkupHover>('textDocument/hover', 'app/config.yaml', c.pos('app/config.yaml', 'c2Vj', 1));
    assert.match(sec.contents.value, /Valeur décodée\u00a0: `secret-value`/);
  });

  it('completes container fields with French docs as snippets', async () => {
    const text = DEPLOYMENT.replace('          image: busybox:1.36\n', '          image: busybox:1.36\n          res\n');
    await c.change('app/deployment.yaml', text);
    const list = await c.request<{ items: Item[] }>('textDocument/completion', 'app/deployment.yaml', c.pos('app/deployment.yaml', '          res\n', 13));
    const res = list.items.find((i) => i.label === 'resources');
    assert.ok(res, list.items.map((i) => i.label).join(','));
    assert.equal(res.insertTextFormat, 2);
    assert.equal(res.textEdit?.newText, 'resources:\n  $1');
    assert.match(res.documentation?.value ?? '', /demandes \(`requests`\)/);
    assert.ok(!list.items.some((i) => i.label === 'image' || i.label === 'name'), 'already written fields are not offered again');
    await c.change('app/deployment.yaml', DEPLOYMENT, 3);
  });

  it('completes a reference with the ConfigMaps of the workspace, and targetPort with the selected ports', async () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n      envFrom:\n        - configMapRef:\n            name: \n';
    await c.change('app/new.yaml', pod);
    const refs = await c.request<{ items: Item[] }>('textDocument/completion', 'app/new.yaml', c.pos('app/new.yaml', 'name: \n', 6));
    assert.deepEqual(refs.items.map((i) => i.label), ['configuration-backend']);
    const svc = SERVICE.replace('targetPort: 8000', 'targetPort: ');
    await c.change('app/new.yaml', svc, 4);
    const ports = await c.request<{ items: Item[] }>('textDocument/completion', 'app/new.yaml', c.pos('app/new.yaml', 'targetPort: ', 12),
      { context: { triggerKind: 2, triggerCharacter: ' ' } });
    assert.deepEqual(ports.items.map((i) => i.label).sort(), ['8000', 'http']);
  });

  it('offers the object snippets in an empty file, including the Deployment + Service pair', async () => {
    await c.change('app/new.yaml', '', 5);
    const list = await c.request<{ items: Item[] }>('textDocument/completion', 'app/new.yaml', { line: 0, character: 0 });
    const labels = list.items.map((i) => i.label);
    for (const l of ['Deployment + Service', 'Pod', 'Deployment', 'Service', 'Ingress', 'ConfigMap', 'Secret (stringData)', 'Job', 'CronJob', 'PersistentVolumeClaim']) {
      assert.ok(labels.includes(l), l);
    }
    const pair = list.items.find((i) => i.label === 'Deployment + Service')!.textEdit!.newText;
    assert.equal(pair.match(/app: \$\{1:mon-application\}/g)?.length, 4);
    assert.match(pair, /containerPort: \$\{2:8080\}[\s\S]*targetPort: \$\{2:8080\}/);
  });

  it('goes from configMapRef.name to the ConfigMap, and from a selector to the pod template', async () => {
    const defs = await c.request<Loc[]>('textDocument/definition', 'app/deployment.yaml', c.pos('app/deployment.yaml', 'configuration-backend', 2));
    assert.equal(defs.length, 1);
    assert.equal(defs[0].uri, c.uri('app/config.yaml'));
    assert.deepEqual(defs[0].range.start, c.pos('app/config.yaml', 'configuration-backend'));
    const sel = await c.request<Loc[]>('textDocument/definition', 'app/service.yaml', c.pos('app/service.yaml', 'app: backend', 1));
    assert.equal(sel[0].uri, c.uri('app/deployment.yaml'));
    assert.equal(sel[0].range.start.line, c.pos('app/deployment.yaml', 'app: backend', 0, 2).line);
  });

  it('finds the references of a ConfigMap and of Pod labels', async () => {
    const refs = await c.request<Loc[]>('textDocument/references', 'app/config.yaml', c.pos('app/config.yaml', 'configuration-backend', 1),
      { context: { includeDeclaration: false } });
    assert.deepEqual(refs.map((r) => [r.uri, r.range.start.line]), [[c.uri('app/deployment.yaml'), c.pos('app/deployment.yaml', 'configuration-backend').line]]);
    const sel = await c.request<Loc[]>('textDocument/references', 'app/deployment.yaml', c.pos('app/deployment.yaml', 'app: backend', 1, 2),
      { context: { includeDeclaration: false } });
    assert.ok(sel.some((r) => r.uri === c.uri('app/service.yaml')));
  });

  it('lists one symbol per object with its containers, and folds documents and blocks', async () => {
    const syms = await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: c.uri('app/deployment.yaml') } }) as Array<{ name: string; children: Array<{ name: string }> }>;
    assert.deepEqual(syms.map((s) => s.name), ['Deployment/backend']);
    assert.deepEqual(syms[0].children.map((s) => s.name), ['api', 'sidecar']);
    const cfg = await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: c.uri('app/config.yaml') } }) as Array<{ name: string }>;
    assert.deepEqual(cfg.map((s) => s.name), ['ConfigMap/configuration-backend', 'Secret/creds']);
    const folds = await c.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri: c.uri('app/config.yaml') } }) as Array<{ startLine: number; endLine: number }>;
    assert.ok(folds.some((f) => f.startLine === 0 && f.endLine === 5), JSON.stringify(folds));
    assert.ok(folds.some((f) => f.startLine === 7 && f.endLine === 12), JSON.stringify(folds));
  });

  it('answers in English with langue = en', async () => {
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { kubeApprenti: { langue: 'en' } } });
    const h = await c.request<MarkupHover>('textDocument/hover', 'app/deployment.yaml', c.pos('app/deployment.yaml', 'replicas', 1));
    assert.match(h.contents.value, /Desired number of identical Pods/);
    assert.equal(c.stderr.includes('Error'), false, c.stderr);
  });
});
