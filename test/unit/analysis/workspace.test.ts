// The workspace model: document splitting, incremental re-parse (only the edited documents), the index and its API.
import { strict as assert } from 'node:assert';
import { Analyzer } from '../../../core/analysis/engine';
import { getField, getValue } from '../../../core/analysis/index/fields';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import { classifyFile } from '../../../core/analysis/parse/fileKind';
import { splitDocuments } from '../../../core/analysis/parse/splitDocuments';
import { deployment, service } from './helpers';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

describe('workspace model', () => {
  it('splits on --- and ... marker lines only', () => {
    const text = '%YAML 1.2\n---\na: 1\nb: "--- not a marker"\n--- # comment\nc: 2\n...\n---\nd: |\n  ---x\n';
    const chunks = splitDocuments(text);
    assert.deepEqual(chunks.map((c) => c.text), ['%YAML 1.2\n---\na: 1\nb: "--- not a marker"\n', '--- # comment\nc: 2\n...\n', '---\nd: |\n  ---x\n']);
    assert.equal(chunks.map((c) => c.text).join(''), text);
  });

  it('re-parses only the edited document and gives the same result as a full parse (random edits)', () => {
    const docs = [deployment('a', 'app: a'), service('a', 'app: a'), deployment('b', 'app: b'), service('b', 'app: b'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  A: "1"\n'];
    let text = docs.join('---\n');
    const ws = new ManifestWorkspace();
    ws.setFile('file:///x.yaml', text);
    const rnd = mulberry32(7);
    const pieces = ['---\n', '\n', 'x', '  ', 'name: z\n', ''];
    for (let k = 0; k < 120; k++) {
      const pos = Math.floor(rnd() * text.length);
      const cut = Math.floor(rnd() * 6);
      text = text.slice(0, pos) + pieces[Math.floor(rnd() * pieces.length)] + text.slice(pos + cut);
      ws.setFile('file:///x.yaml', text);
      const fresh = new ManifestWorkspace();
      fresh.setFile('file:///x.yaml', text);
      const a = ws.getFile('file:///x.yaml')!.docs.map((d) => [d.base, d.index, d.text, d.resources.map((r) => `${r.kind}/${r.name}`).join()]);
      const b = fresh.getFile('file:///x.yaml')!.docs.map((d) => [d.base, d.index, d.text, d.resources.map((r) => `${r.kind}/${r.name}`).join()]);
      assert.deepEqual(a, b, `edit ${k}`);
      assert.equal(ws.index.size, fresh.index.size);
      const an1 = new Analyzer(ws).findingsFor('file:///x.yaml').map((f) => [f.code, f.range.start, f.range.end]);
      const an2 = new Analyzer(fresh).findingsFor('file:///x.yaml').map((f) => [f.code, f.range.start, f.range.end]);
      assert.deepEqual(an1, an2, `findings after edit ${k}`);
    }
  });

  it('keeps cross-file results (memoized per resource) equal to a fresh analysis across random edits', () => {
    const files: Record<string, string> = {
      'file:///w/a.yaml': [deployment('web', 'app: web', '', '          ports:\n            - containerPort: 80\n              name: http\n'), service('web', 'app: web', '    - port: 80\n      targetPort: http\n')].join('---\n'),
      'file:///w/b.yaml': [deployment('api', 'app: api', '', '          envFrom:\n            - configMapRef:\n                name: cfg\n'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  A: "1"\n'].join('---\n'),
      'file:///w/c.yaml': 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  defaultBackend:\n    service:\n      name: web\n      port:\n        number: 80\n',
    };
    const ws = new ManifestWorkspace();
    for (const [u, t] of Object.entries(files)) ws.setFile(u, t);
    const persistent = new Analyzer(ws);
    const dump = (an: Analyzer) => JSON.stringify([...an.analyzeAll()].sort(([x], [y]) => x.localeCompare(y)));
    const rnd = mulberry32(11);
    const pieces = ['---\n', '\n', 'x', 'app: web', 'name: web\n', 'cfg', '8080', ''];
    const uris = Object.keys(files);
    for (let k = 0; k < 150; k++) {
      const u = uris[Math.floor(rnd() * uris.length)];
      let t = files[u];
      const pos = Math.floor(rnd() * t.length);
      t = t.slice(0, pos) + pieces[Math.floor(rnd() * pieces.length)] + t.slice(pos + Math.floor(rnd() * 4));
      files[u] = t;
      ws.setFile(u, t);
      const fresh = new ManifestWorkspace();
      for (const [fu, ft] of Object.entries(files)) fresh.setFile(fu, ft);
      assert.equal(dump(persistent), dump(new Analyzer(fresh)), `edit ${k} of ${u}`);
    }
  });

  it('reports how many documents an edit re-parsed', () => {
    const text = [deployment('a', 'app: a'), service('a', 'app: a'), deployment('b', 'app: b'), service('b', 'app: b'), service('c', 'app: c')].join('---\n');
    const ws = new ManifestWorkspace();
    assert.equal(ws.setFile('file:///x.yaml', text).parsedDocs, 5);
    const u = ws.setFile('file:///x.yaml', text.replace('name: b\n', 'name: bb\n'));
    assert.deepEqual([u.parsedDocs, u.reusedDocs], [1, 4]);
  });

  it('indexes resources across files, by kind, name and effective namespace, and updates on change and removal', () => {
    const ws = new ManifestWorkspace();
    ws.setFile('file:///a.yaml', deployment('web', 'app: web'));
    ws.setFile('file:///b.yaml', `apiVersion: v1\nkind: List\nitems:\n  - ${service('web', 'app: web').replace(/\n/g, '\n    ').trimEnd()}\n`);
    assert.equal(ws.index.findResources({ kind: 'Service', name: 'web', namespace: 'default' }).length, 1);
    assert.equal(ws.index.podTemplatesMatching(new Map([['app', 'web']]), 'default').length, 1);
    assert.equal(ws.index.podTemplatesMatching(new Map([['app', 'web']]), 'prod').length, 0);
    const [dep] = ws.index.findResources({ kind: 'Deployment' });
    assert.equal(getValue(dep, 'spec.template.spec.containers.0.image'), 'nginx:1.27');
    assert.equal(getField(dep, 'metadata.name')?.value, 'web');
    assert.equal(ws.resourceAt('file:///a.yaml', 10)?.name, 'web');
    ws.removeFile('file:///b.yaml');
    assert.equal(ws.index.findResources({ kind: 'Service' }).length, 0);
    ws.setFile('file:///a.yaml', deployment('api', 'app: api'));
    assert.deepEqual(ws.index.findResources({ kind: 'Deployment' }).map((r) => r.name), ['api']);
  });

  it('classifies non-Kubernetes YAML and gives it no Kubernetes diagnostic', () => {
    assert.equal(classifyFile('file:///p/docker-compose.yml', 'services:\n  web: {}\n'), 'tooling');
    assert.equal(classifyFile('file:///p/.github/workflows/ci.yml', 'on: push\n'), 'tooling');
    assert.equal(classifyFile('file:///p/chart/templates/d.yaml', 'name: {{ .Values.x }}\n'), 'helm-template');
    assert.equal(classifyFile('file:///p/k/kustomization.yaml', 'resources: []\n'), 'kustomization');
    assert.equal(classifyFile('file:///p/cm.yaml', 'data:\n  rule: "{{ $labels.x }}"\n'), 'manifest');
    const ws = new ManifestWorkspace();
    ws.setFile('file:///p/docker-compose.yml', 'version: "3"\nservices:\n  web:\n    image: NGINX\n    ports: ["80:80"]\n');
    ws.setFile('file:///p/.github/workflows/ci.yml', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n');
    ws.setFile('file:///p/chart/values.yaml', 'image:\n  tag: latest\nreplicas: 2\n');
    const an = new Analyzer(ws);
    for (const uri of ws.uris()) assert.deepEqual(an.findingsFor(uri).map((f) => f.code), [], uri);
  });

  it('exempts Kustomize patches from completeness rules', () => {
    const ws = new ManifestWorkspace();
    ws.addRoot('file:///k');
    const patch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: frontend\nspec:\n  replicas: 7\n';
    ws.setFile('file:///k/prod/frontend-replicas.yaml', patch);
    ws.setFile('file:///k/prod/kustomization.yaml', 'resources: []\npatches:\n  - path: ./frontend-replicas.yaml\n');
    assert.ok(ws.isKustomizePatch('file:///k/prod/frontend-replicas.yaml'));
    const errors = new Analyzer(ws).findingsFor('file:///k/prod/frontend-replicas.yaml').filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map((f) => f.code), []);
  });

  it('skips huge and binary files with a notice', () => {
    const ws = new ManifestWorkspace({ maxFileSize: 100 });
    ws.setFile('file:///big.yaml', 'a: 1\n'.repeat(100));
    ws.setFile('file:///bin.yaml', 'a\u0000b');
    const an = new Analyzer(ws);
    assert.deepEqual(an.findingsFor('file:///big.yaml').map((f) => [f.code, f.severity]), [['KA101', 'information']]);
    assert.deepEqual(an.findingsFor('file:///bin.yaml').map((f) => f.messageKey), ['KA101.binary']);
  });
});
