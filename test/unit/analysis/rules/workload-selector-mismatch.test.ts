import assert from 'node:assert/strict';
import { analyze, applyFix, expectAt, expectLanguages, expectNone } from '../helpers';

const dep = (sel: string, labels: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: guestbook
spec:
  selector:
    ${sel}
  template:
    metadata:
      labels:
        ${labels}
    spec:
      containers:
        - name: app
          image: nginx:1.27
`;

describe('rule workload-selector-mismatch (KA002)', () => {
  it('reports the selector label whose value differs from the template (error, the API rejects it)', () => {
    const r = analyze({ 'd.yaml': dep('matchLabels:\n      app: guestbook', 'app: guestbok') });
    const f = expectAt(r, { code: 'KA002', at: 'app: guestbook', severity: 'error' });
    assert.equal(f.args.actual, 'guestbok');
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA002');
  });

  it('reports a template without labels on the selector', () => {
    const r = analyze({ 'd.yaml': dep('matchLabels:\n      app: guestbook', 'x: y').replace('      labels:\n        x: y\n', '      annotations: {}\n') });
    expectLanguages(expectAt(r, { code: 'KA002', at: 'selector:', messageKey: 'KA002.noLabels' }));
  });

  it('evaluates matchExpressions', () => {
    const sel = 'matchExpressions:\n      - key: tier\n        operator: In\n        values: [front, back]';
    expectAt(analyze({ 'd.yaml': dep(sel, 'tier: db') }), { code: 'KA002', at: 'key: tier', messageKey: 'KA002.expression' });
    expectNone(analyze({ 'd.yaml': dep(sel, 'tier: back') }), 'KA002');
  });

  it('accepts a selector that is a subset of the labels, and RCs or Jobs without explicit selector', () => {
    expectNone(analyze({ 'd.yaml': dep('matchLabels:\n      app: guestbook', 'app: guestbook\n        tier: web') }), 'KA002');
    expectNone(analyze({ 'rc.yaml': 'apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: a\nspec:\n  template:\n    metadata:\n      labels:\n        app: a\n    spec:\n      containers:\n        - name: a\n          image: nginx:1.27\n' }), 'KA002');
  });
});
