import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { locateField, parseFieldPath } from '../../../core/cluster/apply/fieldRange';
import { LineIndex } from '../../../core/cluster/apply/lineIndex';

const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: side
          image: busybox
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 80
              protocol: TCP
            - contianerPort: 443
      finalizers:
        - a
        - b
`;
const doc = parseDocument(text);
const lines = new LineIndex(text);
const lineOf = (p: string): number | undefined => {
  const loc = locateField(doc, p);
  return loc ? lines.position(loc.start).line + 1 : undefined;
};

describe('field paths from the API server', () => {
  it('parses the validation, strict-decoding and server-side-apply styles', () => {
    assert.deepEqual(parseFieldPath('spec.template.spec.containers[0].image'), [
      { type: 'key', key: 'spec' }, { type: 'key', key: 'template' }, { type: 'key', key: 'spec' },
      { type: 'key', key: 'containers' }, { type: 'index', index: 0 }, { type: 'key', key: 'image' }]);
    assert.deepEqual(parseFieldPath('.spec.containers[name="web"].ports[containerPort=80,protocol="TCP"]').slice(2), [
      { type: 'match', fields: { name: 'web' } }, { type: 'key', key: 'ports' }, { type: 'match', fields: { containerPort: '80', protocol: 'TCP' } }]);
    assert.deepEqual(parseFieldPath('resources.limits[memory]'), [{ type: 'key', key: 'resources' }, { type: 'key', key: 'limits' }, { type: 'key', key: 'memory' }]);
    assert.deepEqual(parseFieldPath('finalizers[="x.y/z"]'), [{ type: 'key', key: 'finalizers' }, { type: 'value', value: 'x.y/z' }]);
  });

  it('finds the line of a misspelt field given by index or by key', () => {
    assert.equal(lineOf('spec.template.spec.containers[1].ports[1].contianerPort'), 19);
    assert.equal(lineOf('.spec.template.spec.containers[name="web"].ports[containerPort=80,protocol="TCP"]'), 17);
    assert.equal(lineOf('.spec.template.spec.containers[name="web"].image'), 15);
    assert.equal(lineOf('spec.replicas'), 8);
  });

  it('handles map keys that contain dots and set items', () => {
    assert.equal(lineOf('metadata.labels.app.kubernetes.io/name'), 6);
    assert.equal(lineOf('metadata.labels[app.kubernetes.io/name]'), 6);
    assert.equal(lineOf('spec.template.spec.finalizers[="b"]'), 22);
  });

  it('falls back to the deepest existing ancestor and says it is not exact', () => {
    const loc = locateField(doc, 'spec.template.spec.containers[1].resources.limits');
    assert.ok(loc);
    assert.equal(loc.exact, false);
    assert.equal(lines.position(loc.start).line + 1, 14);
    const none = locateField(doc, 'status.replicas');
    assert.ok(none && !none.exact);
    assert.equal(lines.position(none.start).line + 1, 2, 'object-level problems go on the kind line');
  });
});
