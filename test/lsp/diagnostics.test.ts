// The diagnostics server over stdio (and IPC) against the built dist/server.js (`node esbuild.mjs` first), on
// multi-file workspace folders: files never opened are diagnosed, a change in one file re-checks its dependents,
// quick fixes come as code actions, the language follows kubeApprenti.langue, and bad input never kills it.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { DiagnosticsClient, messageOf, SERVER } from './diagnostics.client';

const DEPLOY = (label: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: ${label}
  template:
    metadata:
      labels:
        app: ${label}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 80
          envFrom:
            - configMapRef:
                name: web-config
`;
const SVC = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 80
`;
const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  A: "1"\n';
const OTHER_CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\ndata:\n  A: "1"\n';

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  }
  return text;
}

describe('language server diagnostics over stdio', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  before(function () {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
  });
  afterEach(async () => { await c?.stop(); });

  it('diagnoses files never opened, in French, with code, doc link, source and related information', async () => {
    c = new DiagnosticsClient({ 'k8s/deploy.yaml': DEPLOY('webapp'), 'k8s/svc.yaml': SVC, 'k8s/cm.yaml': OTHER_CM, 'compose/docker-compose.yml': 'services:\n  web:\n    image: NGINX\n' });
    const init = await c.start();
    assert.ok(init.capabilities.codeActionProvider);
    await c.waitFor(() => c.codes('k8s/svc.yaml').includes('KA001') && c.codes('k8s/deploy.yaml').includes('KA005'), 'KA001 and KA005');
    const d = c.of('k8s/svc.yaml').find((x) => x.code === 'KA001')!;
    assert.equal(d.source, 'kube-apprenti');
    assert.equal(d.severity, 2);
    assert.deepEqual(d.range.start, { line: 5, character: 2 });
    assert.match(messageOf(d), /Le sélecteur du Service `web` \(`app: web`\) ne correspond/);
    assert.match(d.codeDescription!.href, /docs\/regles\/KA001-selecteur-service-sans-pod\.md$/);
    assert.equal(d.relatedInformation?.[0].location.uri, c.uri('k8s/deploy.yaml'));
    assert.equal(d.relatedInformation?.[0].location.range.start.line, 11); // the template's labels
    await c.waitFor(() => c.diagnostics.has(c.uri('compose/docker-compose.yml')), 'docker-compose published');
    assert.deepEqual(c.of('compose/docker-compose.yml'), []);
  });

  it('re-checks the dependents of a changed file (open document, then back to disk on close)', async () => {
    c = new DiagnosticsClient({ 'deploy.yaml': DEPLOY('webapp'), 'svc.yaml': SVC, 'cm.yaml': CM });
    await c.start();
    await c.waitFor(() => c.codes('svc.yaml').includes('KA001'), 'KA001 on svc.yaml');
    await c.open('deploy.yaml', DEPLOY('webapp'));
    await c.change('deploy.yaml', DEPLOY('web'));
    await c.waitFor(() => !c.codes('svc.yaml').includes('KA001'), 'svc.yaml re-checked after the Deployment changed');
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: c.uri('deploy.yaml') } });
    await c.waitFor(() => c.codes('svc.yaml').includes('KA001'), 'back to the text on disk after close');
  });

  it('follows files created, deleted and renamed on disk (didChangeWatchedFiles)', async () => {
    c = new DiagnosticsClient({ 'deploy.yaml': DEPLOY('web'), 'svc.yaml': SVC });
    await c.start();
    await c.waitFor(() => c.codes('deploy.yaml').includes('KA005'), 'missing ConfigMap');
    c.write('cm.yaml', CM);
    await c.watched([{ rel: 'cm.yaml', type: 1 }]);
    await c.waitFor(() => !c.codes('deploy.yaml').includes('KA005'), 'ConfigMap created');
    c.write('config/cm-renamed.yaml', CM);
    c.remove('cm.yaml');
    await c.watched([{ rel: 'cm.yaml', type: 3 }, { rel: 'config/cm-renamed.yaml', type: 1 }]);
    await c.waitFor(() => c.diagnostics.get(c.uri('config/cm-renamed.yaml')) !== undefined && !c.codes('deploy.yaml').includes('KA005'), 'rename keeps the ConfigMap');
    assert.deepEqual(c.of('cm.yaml'), []);
    c.remove('config/cm-renamed.yaml');
    await c.watched([{ rel: 'config/cm-renamed.yaml', type: 3 }]);
    await c.waitFor(() => c.codes('deploy.yaml').includes('KA005'), 'ConfigMap deleted');
  });

  it('offers quick fixes as code actions that remove the diagnostic once applied', async () => {
    c = new DiagnosticsClient({ 'secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  DB_PASSWORD: mon mot de passe\n' });
    await c.start();
    await c.waitFor(() => c.codes('secret.yaml').includes('KA018'), 'KA018');
    const text = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  DB_PASSWORD: mon mot de passe\n';
    await c.open('secret.yaml', text);
    const d = c.of('secret.yaml').find((x) => x.code === 'KA018') as Diagnostic;
    const actions = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: c.uri('secret.yaml') }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Encoder la valeur de «\u00a0DB_PASSWORD\u00a0» en base64', 'Déplacer «\u00a0DB_PASSWORD\u00a0» vers «\u00a0stringData\u00a0» (valeur en clair)']);
    assert.equal(actions[0].kind, 'quickfix');
    assert.equal(actions[0].isPreferred, true);
    const fixed = applyEdits(text, actions[0].edit!.changes![c.uri('secret.yaml')]);
    assert.match(fixed, /DB_PASSWORD: bW9uIG1vdCBkZSBwYXNzZQ==/);
    await c.change('secret.yaml', fixed);
    await c.waitFor(() => !c.codes('secret.yaml').includes('KA018'), 'fixed');
  });

  it('switches language with initializationOptions and workspace/didChangeConfiguration', async () => {
    c = new DiagnosticsClient({ 'svc.yaml': SVC, 'deploy.yaml': DEPLOY('webapp') });
    await c.start({ langue: 'en' });
    await c.waitFor(() => c.codes('svc.yaml').includes('KA001'), 'KA001');
    assert.match(messageOf(c.of('svc.yaml')[0]), /^The selector of Service `web`/);
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { kubeApprenti: { langue: 'fr' } } });
    await c.waitFor(() => /^Le sélecteur/.test(messageOf(c.of('svc.yaml').find((d) => d.code === 'KA001') ?? { message: '' } as Diagnostic)), 'French after the switch');
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { kubeApprenti: { diagnostics: { activer: false } } } });
    await c.waitFor(() => c.of('svc.yaml').length === 0, 'diagnostics off');
  });

  it('reads kubeApprenti.versionKubernetes: an unknown version falls back to 1.36 and still validates', async () => {
    const bad = DEPLOY('web').replace('selector:', 'replicas: deux\n  selector:');
    c = new DiagnosticsClient({ 'deploy.yaml': bad, 'cm.yaml': CM });
    await c.start({ langue: 'fr', versionKubernetes: '9.99' });
    const schemaError = () => c.of('deploy.yaml').some((d) => d.range.start.line === 5 && /^KA(04|15)/.test(String(d.code)));
    await c.waitFor(schemaError, 'schema error on replicas with an unknown version');
    await c.open('deploy.yaml', bad);
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { kubeApprenti: { versionKubernetes: '1.36' } } });
    await c.change('deploy.yaml', DEPLOY('web'));
    await c.waitFor(() => !c.of('deploy.yaml').some((d) => d.range.start.line === 5), 'fixed under 1.36');
    await c.change('deploy.yaml', bad);
    await c.waitFor(schemaError, 'schema error on replicas under 1.36');
  });

  it('answers every request while receiving garbage, and skips binary files with a notice', async () => {
    c = new DiagnosticsClient({ 'bin.yaml': 'a\u0000\u0001\u0002b', 'svc.yaml': SVC });
    await c.start();
    await c.waitFor(() => c.codes('bin.yaml').includes('KA101'), 'binary notice');
    await c.open('x.yaml', '');
    const junk = ['\t\t{{', ': : :', '---\n---\n&a *a', 'a: [', '"\'', 'kind: List\nitems: 5', 'apiVersion: v1\nkind: Pod\nspec:\n  containers: *x'];
    for (let i = 0; i < 200; i++) await c.change('x.yaml', junk[i % junk.length].repeat(1 + (i % 5)));
    const actions = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: c.uri('x.yaml') }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } });
    assert.ok(Array.isArray(actions));
    await c.change('x.yaml', 'a:\n\tb: 1\n');
    await c.waitFor(() => c.codes('x.yaml').includes('KA040'), 'still diagnosing after garbage');
    assert.doesNotMatch(c.stderr, /Error|exception/i);
  });

  it('also runs over --node-ipc', async () => {
    c = new DiagnosticsClient({ 'svc.yaml': SVC });
    await c.start({ langue: 'fr' }, 'ipc');
    await c.waitFor(() => c.codes('svc.yaml').includes('KA001'), 'KA001 over IPC');
  });
});
