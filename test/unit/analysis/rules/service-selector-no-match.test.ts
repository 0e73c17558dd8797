import assert from 'node:assert/strict';
import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone, service } from '../helpers';

describe('rule service-selector-no-match (KA001)', () => {
  it('reports a selector that matches no pod template, naming the closest workload and the differing label', () => {
    const r = analyze({ 'deploy.yaml': deployment('web', 'app: webapp'), 'svc.yaml': service('web', 'app: web') });
    const f = expectAt(r, { code: 'KA001', file: 'svc.yaml', at: 'selector:', severity: 'warning', messageKey: 'KA001' });
    assert.equal(f.args.diff, '`app: web`');
    assert.equal(f.args.other, '`app: webapp`');
    assert.equal(f.related?.[0].uri, 'file:///ws/deploy.yaml');
    expectLanguages(f);
  });

  it('uses exact label-set semantics: every selector label must be on the template', () => {
    const r = analyze({ 'd.yaml': deployment('web', 'app: web'), 's.yaml': service('web', 'app: web, tier: front') });
    const f = expectAt(r, { code: 'KA001', file: 's.yaml', at: 'selector:', messageKey: 'KA001.missingKey' });
    expectLanguages(f);
  });

  it('does not fire when a template carries every selector label (extra template labels are fine)', () => {
    const r = analyze({ 'd.yaml': deployment('web', 'app: web, tier: front'), 's.yaml': service('web', 'app: web') });
    expectNone(r, 'KA001');
  });

  it('respects namespaces', () => {
    const d = deployment('web', 'app: web').replace('name: web', 'name: web\n  namespace: prod');
    const r = analyze({ 'd.yaml': d, 's.yaml': service('web', 'app: web') });
    expectAt(r, { code: 'KA001', file: 's.yaml', at: 'selector:' });
    const same = analyze({ 'd.yaml': d, 's.yaml': service('web', 'app: web').replace('name: web', 'name: web\n  namespace: prod') });
    expectNone(same, 'KA001');
  });

  it('is only a hint when the namespace has no workload at all, and silent without selector', () => {
    const r = analyze({ 's.yaml': service('web', 'app: web') });
    expectAt(r, { code: 'KA001', at: 'selector:', severity: 'information', messageKey: 'KA001.empty' });
    expectNone(analyze({ 's.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ext\nspec:\n  ports:\n    - port: 80\n' }), 'KA001');
  });

  it('quick fixes align the selector with the workload, or the workload with the selector', () => {
    const r = analyze({ 'deploy.yaml': deployment('web', 'app: webapp'), 'svc.yaml': service('web', 'app: web') });
    const f = expectAt(r, { code: 'KA001', file: 'svc.yaml', at: 'selector:' });
    expectNone(analyze(applyFix(r, f, 0)), 'KA001');
    const reverse = applyFix(r, f, 1);
    assert.match(reverse['deploy.yaml'], /labels:\n {8}app: web\n/);
    expectNone(analyze(reverse), 'KA001');
  });
});
