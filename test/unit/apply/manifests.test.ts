import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectFiles, parseManifestText, readManifestFiles } from '../../../core/cluster/apply/manifests';
import { sortForApply } from '../../../core/cluster/apply/order';
import { problemText } from '../../../core/cluster/apply/causeText';

describe('reading manifests', () => {
  it('sends nothing of a text nested too deep for the parser (20,000 `[`), with a French reason', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  a: ${'['.repeat(20000)}\n`;
    const docs = parseManifestText(text, '/x.yaml');
    assert.deepEqual(docs.map((d) => d.problem), [{ code: 'tooDeep', limit: 256 }]);
    assert.equal(docs[0].range.start.line, 5);
    assert.match(problemText(docs[0].problem!, 'fr'), /^Imbrication trop profonde \(plus de 256 niveaux/);
    assert.match(problemText(docs[0].problem!, 'en'), /^Nesting too deep/);
  });

  it('splits documents, drops empty ones and keeps identities and ranges', () => {
    const text = '# cm\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n---\n# only a comment\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: demo\n';
    const docs = parseManifestText(text, '/x.yaml');
    assert.equal(docs.length, 2);
    assert.deepEqual(docs[0].ref, { apiVersion: 'v1', kind: 'ConfigMap', name: 'a', namespace: undefined });
    assert.deepEqual(docs[1].ref, { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'demo' });
    assert.equal(docs[1].index, 3);
    assert.equal(docs[1].range.start.line, 9);
    assert.ok(docs[1].body.startsWith('apiVersion: apps/v1'));
  });

  it('reports YAML errors, non-objects and missing identity fields as problems', () => {
    const docs = parseManifestText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [a\n---\n- a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {}\n', '/x.yaml');
    assert.deepEqual(docs.map((d) => d.problem?.code), ['yamlError', 'notAnObject', 'missingField']);
    assert.deepEqual(docs[2].problem, { code: 'missingField', field: 'metadata.name' });
  });

  it('reports a duplicated key as a YAML error', () => {
    const [d] = parseManifestText('apiVersion: v1\nkind: ConfigMap\nkind: Secret\nmetadata:\n  name: a\n', '/x.yaml');
    assert.equal(d.problem?.code, 'yamlError');
    assert.equal(d.range.start.line, 2);
  });

  it('maps a selection back to the lines of the whole editor text', () => {
    const full = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n';
    const start = full.indexOf('apiVersion: v1\nkind: Secret');
    const [d] = parseManifestText(full.slice(start), 'untitled:1', { baseOffset: start, fullText: full });
    assert.equal(d.ref?.kind, 'Secret');
    assert.equal(d.range.start.line, 5);
  });

  it('expands folders like kubectl (sorted, -R for sub-folders) and flags binary or huge files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-manifests-'));
    fs.writeFileSync(path.join(dir, 'b.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n');
    fs.writeFileSync(path.join(dir, 'a.yml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'hello');
    fs.writeFileSync(path.join(dir, 'lab.yaml'), 'titre: Mon lab\netapes: []\n');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'c.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n');
    fs.writeFileSync(path.join(dir, 'sub', 'bin.yaml'), Buffer.from([0x61, 0, 0x62]));
    assert.deepEqual(collectFiles([dir]).map((f) => path.basename(f)), ['a.yml', 'b.yaml', 'lab.yaml']);
    const all = collectFiles([dir], true);
    assert.deepEqual(all.map((f) => path.basename(f)), ['a.yml', 'b.yaml', 'lab.yaml', 'bin.yaml', 'c.yaml']);
    const docs = readManifestFiles(all, new Set(all));
    assert.deepEqual(docs.map((d) => d.ref?.name ?? d.problem?.code), ['a', 'b', 'binary', 'c'], 'lab.yaml (not Kubernetes) is skipped in a folder');
    const explicit = readManifestFiles([path.join(dir, 'lab.yaml')]);
    assert.equal(explicit[0].problem?.code, 'missingField', 'but reported when named explicitly');
  });

  it('orders objects so that dependencies come first, keeping file order otherwise', () => {
    const kinds = ['Ingress', 'Deployment', 'Service', 'ConfigMap', 'Namespace', 'Widget', 'RoleBinding', 'Role', 'ServiceAccount', 'PersistentVolumeClaim', 'Secret', 'CustomResourceDefinition'];
    assert.deepEqual(sortForApply(kinds, (k) => k), ['Namespace', 'CustomResourceDefinition', 'ServiceAccount', 'Role', 'RoleBinding', 'ConfigMap', 'Secret', 'PersistentVolumeClaim', 'Service', 'Deployment', 'Ingress', 'Widget']);
  });
});
