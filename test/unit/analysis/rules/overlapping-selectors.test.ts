import assert from 'node:assert/strict';
import { analyze, deployment, expectAt, expectLanguages, expectNone, ofCode } from '../helpers';

describe('rule overlapping-selectors (KA003)', () => {
  const ds = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: logs\nspec:\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n        - name: a\n          image: nginx:1.27\n';
  it('reports two controllers selecting each other\'s pods, once per pair', () => {
    const r = analyze({ 'a.yaml': deployment('web', 'app: nginx'), 'b.yaml': ds });
    // Both select each other: reported once, on one of the two (in a fixed order: here the DaemonSet).
    const f = expectAt(r, { code: 'KA003', file: 'b.yaml', at: 'selector:', severity: 'warning' });
    expectLanguages(f);
    assert.equal(ofCode(r, 'KA003').length, 1);
    assert.equal(f.related?.[0].uri, 'file:///ws/a.yaml');
  });
  it('ignores the same object defined twice, bare Pods and distinct labels', () => {
    expectNone(analyze({ 'a.yaml': deployment('web', 'app: nginx'), 'b.yaml': deployment('web', 'app: nginx') }), 'KA003');
    expectNone(analyze({ 'a.yaml': deployment('web', 'app: web'), 'b.yaml': ds }), 'KA003');
    expectNone(analyze({ 'a.yaml': deployment('web', 'app: nginx'), 'p.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    app: nginx\nspec:\n  containers:\n    - name: a\n      image: nginx:1.27\n' }), 'KA003');
  });
});
