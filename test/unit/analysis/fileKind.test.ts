// File classification: content wins over the name (a Deployment in `app.yaml` is a manifest), while Kustomizations,
// Helm templates and genuine tooling files keep their kind; the engine's KA104 notice says why a file is not analysed.
import { strict as assert } from 'node:assert';
import { Analyzer } from '../../../core/analysis/engine';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import { formatMessage } from '../../../core/analysis/messages';
import { classify } from '../../../core/analysis/parse/fileKind';

const DEPLOYMENT_MISMATCH = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: wbe\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n';
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n';
const CRD_OBJECT = 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: tls\nspec:\n  secretName: tls\n';
const APP_ENGINE = 'runtime: python312\nhandlers:\n  - url: /.*\n    script: auto\n';
const HELM_VALUES = 'replicaCount: 2\nkind: Deployment\nimage:\n  repository: nginx\n  tag: ""\nextraObjects:\n  - apiVersion: v1\n    kind: ConfigMap\n';
const COMPOSE = 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n';
const WORKFLOW = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';
const SKAFFOLD = 'apiVersion: skaffold/v4beta6\nkind: Config\nmetadata:\n  name: app\n';
const KUBECONFIG = 'apiVersion: v1\nkind: Config\nclusters: []\n';
const KIND_CLUSTER = 'apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nnodes:\n  - role: control-plane\n';
const TEMPLATE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n';
const CHART = 'apiVersion: v2\nname: web\nversion: 0.1.0\n';

describe('file classification (content before name)', () => {
  const table: Array<[string, string, string, string | undefined]> = [
    // path, content, kind, reason
    ['/p/app.yaml', DEPLOYMENT_MISMATCH, 'manifest', undefined],
    ['/p/app.yaml', APP_ENGINE, 'tooling', 'tooling'],
    ['/p/values-prod.yaml', SERVICE, 'manifest', undefined],
    ['/p/chart/values.yaml', HELM_VALUES, 'tooling', 'helm-values'],
    ['/p/chart/values.yaml', 'image:\n  tag: latest\n', 'tooling', 'helm-values'],
    ['/p/chart/Chart.yaml', CHART, 'tooling', 'helm-chart'],
    ['/p/chart/templates/svc.yaml', TEMPLATE, 'helm-template', 'helm-template'],
    ['/p/svc.yaml', TEMPLATE, 'helm-template', 'helm-template'],
    // A chart's helper file is Go template text even before it has any `{{` (never read as YAML).
    ['/p/chart/templates/_helpers.tpl', '{{- define "web.name" -}}\nweb\n{{- end }}\n', 'helm-template', 'helm-template'],
    ['/p/chart/templates/_helpers.tpl', '', 'helm-template', 'helm-template'],
    ['/p/chart/templates/sub/_more.tpl', 'name: a: b\n', 'helm-template', 'helm-template'],
    ['/p/compose.yaml', DEPLOYMENT_MISMATCH, 'manifest', undefined],
    ['/p/compose.yaml', COMPOSE, 'tooling', 'compose'],
    ['/p/docker-compose.yml', COMPOSE, 'tooling', 'compose'],
    ['/p/stack.yml', COMPOSE, 'tooling', 'compose'],
    ['/p/.github/workflows/ci.yml', WORKFLOW, 'tooling', 'github-actions'],
    ['/p/ci/build.yml', WORKFLOW, 'tooling', 'github-actions'],
    ['/p/.github/dependabot.yml', 'version: 2\nupdates: []\n', 'tooling', 'github'],
    ['/p/.gitlab-ci.yml', 'stages: [build]\n', 'tooling', 'ci'],
    ['/p/skaffold.yaml', SKAFFOLD, 'tooling', 'tooling'],
    ['/p/mkdocs.yml', 'site_name: docs\n', 'tooling', 'tooling'],
    ['/p/cluster.yaml', KIND_CLUSTER, 'manifest', undefined],
    ['/p/kubeconfig.yaml', KUBECONFIG, 'manifest', undefined],
    ['/p/cert.yaml', CRD_OBJECT, 'manifest', undefined],
    ['/p/mkdocs.yml', CRD_OBJECT, 'manifest', undefined],
    // CRD-shaped needs a dotted group and a metadata mapping: a tool's own `apiVersion`/`kind` does not count.
    ['/p/skaffold.yaml', 'apiVersion: example.com/v1\nkind: Widget\nspec: {}\n', 'tooling', 'tooling'],
    ['/p/values.yaml', 'apiVersion: example/v1\nkind: Widget\nmetadata:\n  name: w\n', 'tooling', 'helm-values'],
    // The second document decides: a tooling name with a Service after a first non-Kubernetes document.
    ['/p/values.yaml', 'a: 1\n---\n' + SERVICE, 'manifest', undefined],
    // Indented apiVersion/kind (nested in a values file) do not count.
    ['/p/values.yaml', 'objects:\n  apiVersion: v1\n  kind: Service\n  metadata: {}\n', 'tooling', 'helm-values'],
    ['/p/k/kustomization.yaml', 'resources: []\n', 'kustomization', undefined],
    ['/p/k/base.yaml', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n', 'kustomization', undefined],
    ['/p/labs/l1/lab.yaml', 'id: l1\ntitre: x\n', 'tooling', 'lab'],
    ['/p/cm.yaml', 'data:\n  rule: "{{ $labels.x }}"\n', 'manifest', undefined],
    ['/p/notes.yaml', 'a: 1\n', 'manifest', undefined],
  ];
  for (const [path, text, kind, reason] of table) {
    it(`${path}: ${text.split('\n')[0]} → ${kind}${reason ? ` (${reason})` : ''}`, () => {
      const c = classify(`file://${path}`, text);
      assert.equal(c.kind, kind);
      assert.equal(c.reason, reason);
    });
  }
});

describe('app.yaml with a Kubernetes object is analysed', () => {
  it('reports the selector mismatch of a Deployment in app.yaml', () => {
    const ws = new ManifestWorkspace();
    ws.setFile('file:///p/app.yaml', DEPLOYMENT_MISMATCH);
    const codes = new Analyzer(ws).findingsFor('file:///p/app.yaml').map((f) => f.code);
    assert.ok(codes.includes('KA002'), codes.join(','));
  });
});

describe('KA104: notice of an open file that is not analysed', () => {
  it('is given for a values file, a template, a workflow, and not for manifests, labs or findingsFor', () => {
    const ws = new ManifestWorkspace();
    ws.setFile('file:///p/chart/values.yaml', 'image:\n  tag: latest\n');
    ws.setFile('file:///p/chart/templates/svc.yaml', TEMPLATE);
    ws.setFile('file:///p/.github/workflows/ci.yml', WORKFLOW);
    ws.setFile('file:///p/app.yaml', DEPLOYMENT_MISMATCH);
    ws.setFile('file:///p/labs/l1/lab.yaml', 'id: l1\n');
    const an = new Analyzer(ws);
    const notice = (uri: string) => an.openFileNotice(uri);
    assert.deepEqual(
      ['file:///p/chart/values.yaml', 'file:///p/chart/templates/svc.yaml', 'file:///p/.github/workflows/ci.yml'].map((u) => [notice(u)?.code, notice(u)?.messageKey, notice(u)?.severity, notice(u)?.range.start]),
      [['KA104', 'KA104.helm-values', 'information', 0], ['KA104', 'KA104.helm-template', 'information', 0], ['KA104', 'KA104.github-actions', 'information', 0]],
    );
    assert.equal(notice('file:///p/app.yaml'), undefined);
    assert.equal(notice('file:///p/labs/l1/lab.yaml'), undefined);
    assert.equal(notice('file:///p/absent.yaml'), undefined);
    // The CLI and the workspace scan read findingsFor / analyzeAll: no KA104 there.
    for (const list of an.analyzeAll().values()) assert.ok(!list.some((f) => f.code === 'KA104'));
    // Same object while the file does not change; a new one after an edit; none once the file becomes a manifest.
    assert.equal(notice('file:///p/chart/values.yaml'), notice('file:///p/chart/values.yaml'));
    ws.setFile('file:///p/chart/values.yaml', SERVICE);
    assert.equal(notice('file:///p/chart/values.yaml'), undefined);
  });

  it('says why, in French and in English, with the file name', () => {
    const ws = new ManifestWorkspace();
    ws.setFile('file:///p/docker-compose.yml', COMPOSE);
    const n = new Analyzer(ws).openFileNotice('file:///p/docker-compose.yml');
    assert.ok(n);
    const fr = formatMessage(n.messageKey ?? n.code, n.args, 'fr');
    const en = formatMessage(n.messageKey ?? n.code, n.args, 'en');
    assert.match(fr, /^Ce fichier n’est pas analysé\u00a0: c’est un fichier de Docker Compose \(`docker-compose\.yml`\)/);
    assert.match(fr, /`apiVersion` et `kind`/);
    assert.match(en, /^This file is not analysed: it is a Docker Compose file \(`docker-compose\.yml`\)/);
  });
});
