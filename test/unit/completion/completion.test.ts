import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { computeCompletion } from '../../../core/analysis/completion/complete';
import { containerPath, readLine } from '../../../core/analysis/completion/textPath';
import type { CompletionEntry } from '../../../core/analysis/completion/types';
import { OBJECT_SNIPPETS } from '../../../core/analysis/completion/snippets';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import type { Lang } from '../../../core/analysis/model';

const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: frontend-config\ndata:\n  CONTEXT: dev\n  REDIS_DOMAIN: redis\n';
const DEP = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        tier: front
    spec:
      containers:
        - name: web
          image: nginx
          ports:
            - containerPort: 8080
              name: http
`;

function workspace(): ManifestWorkspace {
  const ws = new ManifestWorkspace();
  ws.setFile('file:///w/cm.yaml', CM);
  ws.setFile('file:///w/dep.yaml', DEP);
  ws.setFile('file:///w/other/cm.yaml', CM.replace('frontend-config', 'autre-ns').replace('metadata:\n', 'metadata:\n  namespace: autre\n'));
  return ws;
}

/** Completion at the `|` of `text`, sorted as the editor would. */
function complete(text: string, lang: Lang = 'fr', ws = workspace()): { items: CompletionEntry[]; labels: string[]; text: string; at: number } {
  const at = text.indexOf('|');
  const clean = text.replace('|', '');
  ws.setFile('file:///w/edit.yaml', clean);
  const items = computeCompletion(ws, 'file:///w/edit.yaml', at, lang).sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  return { items, labels: items.map((i) => i.label), text: clean, at };
}

function apply(c: { text: string }, item: CompletionEntry): string {
  // Expand the snippet as the editor would with the default values, indenting new lines like the current one.
  const lineStart = c.text.lastIndexOf('\n', item.range.start - 1) + 1;
  const indent = /^[ ]*/.exec(c.text.slice(lineStart))?.[0] ?? '';
  const plain = item.insertText.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d/g, 'x');
  return c.text.slice(0, item.range.start) + plain.replace(/\n/g, `\n${indent}`) + c.text.slice(item.range.end);
}

describe('completion: path from the text while typing', () => {
  const path = (text: string) => {
    const lines = text.split('\n');
    const l = lines.findIndex((x) => x.includes('|'));
    const c = lines[l].indexOf('|');
    const info = readLine(lines[l].replace('|', 'x'));
    const dash = info.dash !== undefined && info.dash < c ? info.dash : undefined;
    return containerPath(lines, l, dash !== undefined ? info.keyCol : c, dash);
  };
  it('follows keys and list items by indentation, in both list styles', () => {
    assert.deepEqual(path('spec:\n  containers:\n    - name: web\n      image: nginx\n      |'), ['spec', 'containers', 0]);
    assert.deepEqual(path('spec:\n  containers:\n    - name: web\n    - |'), ['spec', 'containers', 1]);
    assert.deepEqual(path('spec:\n  containers:\n  - name: a\n    env:\n    - name: X\n      valueFrom:\n        |'), ['spec', 'containers', 0, 'env', 0, 'valueFrom']);
    assert.deepEqual(path('apiVersion: v1\n|'), []);
    assert.deepEqual(path('spec:\n  volumes:\n    - name: v\n      configMap:\n        |'), ['spec', 'volumes', 0, 'configMap']);
  });
});

describe('completion: fields', () => {
  it('offers the fields of the mapping at the cursor, required ones first, without those already written', () => {
    const c = complete('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  replicas: 2\n  |');
    assert.deepEqual(c.labels.slice(0, 3), ['selector', 'template', 'strategy']);
    assert.ok(!c.labels.includes('replicas'));
    assert.ok(!c.labels.includes('status'));
  });

  it('inserts snippets that produce valid, well-indented YAML', () => {
    const c = complete('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  |');
    const containers = c.items.find((i) => i.label === 'containers')!;
    assert.equal(containers.insertText, 'containers:\n  - name: ${1}\n    image: ${2}');
    const out = apply(c, containers);
    assert.match(out, /spec:\n {2}containers:\n {4}- name: x\n {6}image: x$/);
    assert.equal(parseDocument(out).errors.length, 0);
  });

  it('documents fields in French, or with the official English text marked as such', () => {
    const c = complete('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      |');
    assert.match(c.items.find((i) => i.label === 'image')!.documentation ?? '', /Image à lancer/);
    assert.match(c.items.find((i) => i.label === 'terminationMessagePath')!.documentation ?? '', /\*\(description officielle, en anglais\)\*$/);
    assert.equal(c.items.find((i) => i.label === 'imagePullPolicy')!.insertText, 'imagePullPolicy: ${1|Always,IfNotPresent,Never|}');
  });

  it('only renames the key when its value is already written', () => {
    const c = complete('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  rep|licas: 2\n');
    const item = c.items.find((i) => i.label === 'replicas')!;
    assert.equal(item.isSnippet, false);
    assert.equal(apply(c, item), c.text);
  });

  it('replaces the word being typed', () => {
    const c = complete('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  contai|');
    const item = c.items.find((i) => i.label === 'containers')!;
    assert.equal(c.text.slice(item.range.start, item.range.end), 'contai');
  });
});

describe('completion: values', () => {
  it('enum values, kinds and apiVersions', () => {
    assert.deepEqual(complete('apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  type: |').labels, ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']);
    assert.deepEqual(complete('apiVersion: v1\nkind: |').labels.slice(0, 4), ['Pod', 'Deployment', 'Service', 'Ingress']);
    assert.deepEqual(complete('apiVersion: |\nkind: CronJob\n').labels, ['batch/v1']);
  });

  it('names of the ConfigMaps of the same namespace, then the keys of the chosen one', () => {
    const base = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n      env:\n        - name: X\n          valueFrom:\n            configMapKeyRef:\n';
    assert.deepEqual(complete(`${base}              name: |`).labels, ['frontend-config']);
    assert.deepEqual(complete(`${base}              name: frontend-config\n              key: |`).labels, ['CONTEXT', 'REDIS_DOMAIN']);
  });

  it('label keys and values of the workspace in a selector', () => {
    const keys = complete('apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    |');
    assert.deepEqual(keys.labels.sort(), ['app', 'tier']);
    assert.equal(keys.items.find((i) => i.label === 'app')!.insertText, 'app: ${1|web|}');
    assert.deepEqual(complete('apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    tier: |').labels, ['front']);
  });

  it('targetPort: the ports of the Pods the Service selects', () => {
    const c = complete('apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: |');
    assert.deepEqual(c.labels, ['8080', 'http']);
    const none = complete('apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    app: autre\n  ports:\n    - port: 80\n      targetPort: |');
    assert.deepEqual(none.labels, []);
  });
});

describe('completion: object snippets', () => {
  it('offers the course objects in an empty document, in French', () => {
    const c = complete('|');
    assert.deepEqual(c.labels, OBJECT_SNIPPETS.map((s) => s.label));
    assert.match(c.items[0].documentation ?? '', /mêmes labels/);
  });

  it('every snippet expands to a schema-valid object', () => {
    for (const s of OBJECT_SNIPPETS) {
      const ws = new ManifestWorkspace();
      const plain = s.body.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d/g, '');
      ws.setFile('file:///w/s.yaml', plain);
      for (const doc of ws.getFile('file:///w/s.yaml')!.docs) assert.equal(doc.broken, false, s.label);
      const { schemaFindings } = require('../schema/helpers') as typeof import('../schema/helpers');
      assert.deepEqual(schemaFindings(plain).map((f) => f.message), [], s.label);
    }
  });

  it('the Deployment + Service pair shares labels and ports', () => {
    const pair = OBJECT_SNIPPETS.find((s) => s.label === 'Deployment + Service')!.body;
    assert.equal(pair.match(/app: \$\{1:mon-application\}/g)?.length, 4);
    assert.match(pair, /containerPort: \$\{2:8080\}[\s\S]*---[\s\S]*targetPort: \$\{2:8080\}/);
  });
});
