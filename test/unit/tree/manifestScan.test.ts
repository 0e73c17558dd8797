import * as assert from 'node:assert/strict';
import { MAX_FILE_SIZE } from '../../../core/files/walker';
import { ManifestLookup, scanManifests } from '../../../core/files/manifestScan';

describe('Workspace manifest scan', () => {
  it('finds kind/name/namespace and the line of each document, skipping broken ones', () => {
    const text = [
      '# commentaire',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: { name: web, namespace: prod }',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: [unclosed',
      '---',
      'kind: Pod',
      'metadata: { name: no-apiversion }',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- apiVersion: v1',
      '  kind: Secret',
      '  metadata: { name: creds }',
    ].join('\n');
    assert.deepEqual(scanManifests(text), [
      { kind: 'Deployment', name: 'web', namespace: undefined, line: 1 },
      { kind: 'Service', name: 'web', namespace: 'prod', line: 6 },
      { kind: 'Secret', name: 'creds', namespace: undefined, line: 18 },
    ]);
  });

  it('ignores binary and huge text', () => {
    assert.deepEqual(scanManifests('apiVersion: v1\u0000'), []);
    // The size limit shared with the language server and the CLI (core/files/walker.ts).
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n#';
    assert.deepEqual(scanManifests(`${pod}${'x'.repeat(MAX_FILE_SIZE - pod.length + 1)}`), []);
    assert.equal(scanManifests(`${pod}${'x'.repeat(MAX_FILE_SIZE - pod.length)}`).length, 1);
  });

  it('lists nothing for a file nested too deep for the parser (20,000 `[`), without throwing', () => {
    assert.deepEqual(scanManifests(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: ${'['.repeat(20000)}\n`), []);
    assert.equal(scanManifests('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: [[[1]]]\n').length, 1);
  });

  it('lookup prefers the exact namespace, else a manifest without namespace', () => {
    const l = new ManifestLookup<string>();
    l.add({ kind: 'Service', name: 'web', line: 0 }, 'a.yaml');
    l.add({ kind: 'Service', name: 'web', namespace: 'prod', line: 0 }, 'prod.yaml');
    assert.equal(l.find('Service', 'web', 'prod'), 'prod.yaml');
    assert.equal(l.find('Service', 'web', 'user-etudiant'), 'a.yaml');
    assert.equal(l.find('Deployment', 'web', 'prod'), undefined);
  });
});
