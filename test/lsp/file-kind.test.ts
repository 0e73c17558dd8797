// File kinds over stdio against dist/server.js: a Deployment in `app.yaml` is analysed (content wins over the name);
// a file the server does not analyse says so (KA104) while it is open in the editor, and only then.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { DiagnosticsClient, messageOf, SERVER } from './diagnostics.client';

const DEPLOY_MISMATCH = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: wbe\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n';
const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n';
const VALUES = 'replicaCount: 2\nimage:\n  repository: nginx\n  tag: latest\n';
const TEMPLATE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n';
const CHART_TEMPLATE = `${TEMPLATE}spec:\n  selector:\n    app: nobody\n  ports:\n    - port: 80\n`;
const WORKFLOW = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';

describe('language server: file kinds and the not-analysed notice (KA104)', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  before(function () {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
  });
  afterEach(async () => { await c?.stop(); });

  const files = {
    'app.yaml': DEPLOY_MISMATCH, 'svc.yaml': SVC, 'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'chart/values.yaml': VALUES, 'chart/templates/svc.yaml': CHART_TEMPLATE, '.github/workflows/ci.yml': WORKFLOW,
    // Not a chart (no Chart.yaml above): nothing renders these.
    'loose/values.yaml': VALUES, 'loose/templates/svc.yaml': TEMPLATE,
  };

  it('analyses a Deployment in app.yaml, opened or not', async () => {
    c = new DiagnosticsClient(files);
    await c.start();
    await c.waitFor(() => c.codes('app.yaml').includes('KA002'), 'KA002 in app.yaml (scanned)');
    await c.waitFor(() => c.codes('svc.yaml').includes('KA001'), 'KA001 on the Service (no Pod has app: web)');
    await c.open('app.yaml', DEPLOY_MISMATCH);
    await c.change('app.yaml', DEPLOY_MISMATCH.replace('app: wbe', 'app: web'));
    await c.waitFor(() => !c.codes('app.yaml').includes('KA002') && !c.codes('svc.yaml').includes('KA001'), 'fixed in app.yaml');
    assert.ok(!c.codes('app.yaml').includes('KA104'));
  });

  it('says why an open values.yaml, template or workflow is not analysed; nothing once closed or when only scanned', async () => {
    c = new DiagnosticsClient(files);
    await c.start();
    await c.waitFor(() => c.codes('app.yaml').includes('KA002'), 'scan done');
    await c.waitFor(() => c.diagnostics.has(c.uri('chart/values.yaml')), 'values.yaml published');
    for (const rel of ['loose/values.yaml', 'loose/templates/svc.yaml', '.github/workflows/ci.yml', 'chart/Chart.yaml', 'chart/values.yaml']) {
      assert.deepEqual(c.codes(rel), [], `${rel}: no notice while it is not open`);
    }

    await c.open('loose/values.yaml', VALUES);
    await c.waitFor(() => c.codes('loose/values.yaml').includes('KA104'), 'KA104 on the open values.yaml');
    const d = c.of('loose/values.yaml').find((x) => x.code === 'KA104')!;
    assert.equal(d.severity, 3);
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(messageOf(d), /^Ce fichier n’est pas analysé\u00a0: c’est un fichier de valeurs d’un chart Helm \(`values\.yaml`\)/);
    assert.match(d.codeDescription!.href, /KA104-fichier-non-analyse\.md$/);

    // Content wins while it is open: a Service typed into it makes it a manifest (the notice goes, KA001 comes).
    await c.change('loose/values.yaml', SVC.replace('name: web', 'name: other'));
    await c.waitFor(() => !c.codes('loose/values.yaml').includes('KA104') && c.codes('loose/values.yaml').includes('KA001'), 'values.yaml analysed as a manifest');
    await c.change('loose/values.yaml', VALUES);
    await c.waitFor(() => c.codes('loose/values.yaml').includes('KA104'), 'notice back');

    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: c.uri('loose/values.yaml') } });
    await c.waitFor(() => c.codes('loose/values.yaml').length === 0, 'notice gone after close');

    await c.open('loose/templates/svc.yaml', TEMPLATE);
    await c.waitFor(() => c.codes('loose/templates/svc.yaml').includes('KA104'), 'KA104 on the open template');
    assert.match(messageOf(c.of('loose/templates/svc.yaml')[0]), /modèle Helm \(il contient `\{\{`\)/);
    await c.open('.github/workflows/ci.yml', WORKFLOW);
    await c.waitFor(() => c.codes('.github/workflows/ci.yml').includes('KA104'), 'KA104 on the open workflow');
    assert.match(messageOf(c.of('.github/workflows/ci.yml')[0]), /workflow GitHub Actions \(`ci\.yml`\)/);
  });

  it('says nothing of the kind on the files of a chart it renders (checked through the render)', async () => {
    c = new DiagnosticsClient(files);
    await c.start();
    await c.waitFor(() => c.codes('app.yaml').includes('KA002'), 'scan done');
    for (const [rel, text] of [['chart/values.yaml', VALUES], ['chart/templates/svc.yaml', CHART_TEMPLATE], ['chart/Chart.yaml', files['chart/Chart.yaml']]] as const) {
      await c.open(rel, text);
    }
    await c.conn.sendRequest('kubeApprenti/analyseTerminee');
    // The rendered Service selects no Pod of the workspace: the finding lands on the template, and no notice anywhere.
    await c.waitFor(() => c.codes('chart/templates/svc.yaml').includes('KA001'), 'rendered finding on the template');
    for (const rel of ['chart/values.yaml', 'chart/templates/svc.yaml', 'chart/Chart.yaml']) assert.ok(!c.codes(rel).includes('KA104'), `${rel}: no notice`);
    // The same template outside a chart still says why it is not analysed.
    await c.open('loose/templates/svc.yaml', TEMPLATE);
    await c.waitFor(() => c.codes('loose/templates/svc.yaml').includes('KA104'), 'KA104 outside a chart');
  });

  it('speaks English with kubeApprenti.langue = en', async () => {
    c = new DiagnosticsClient({ 'docker-compose.yml': 'services:\n  web:\n    image: nginx\n' });
    await c.start({ langue: 'en' });
    await c.open('docker-compose.yml', 'services:\n  web:\n    image: nginx\n');
    await c.waitFor(() => c.codes('docker-compose.yml').includes('KA104'), 'KA104 in English');
    assert.match(messageOf(c.of('docker-compose.yml')[0]), /^This file is not analysed: it is a Docker Compose file \(`docker-compose\.yml`\)/);
  });
});
