import { analyze, applyFix, expectAt, expectLanguages, expectNone, ofCode } from '../helpers';
import assert from 'node:assert/strict';

const cj = (v: string) => `apiVersion: ${v} # was batch/v1beta1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "0 0 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: c\n              image: my-image:latest\n`;

describe('rule removed-api-version (KA038)', () => {
  it('reports a removed apiVersion with its replacement and a fix', () => {
    const r = analyze({ 'c.yaml': cj('batch/v1beta1') });
    const f = expectAt(r, { code: 'KA038', at: 'batch/v1beta1', severity: 'error' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA038');
  });
  it('shows only errors on a removed-API document until it is fixed', () => {
    const r = analyze({ 'c.yaml': cj('batch/v1beta1') });
    assert.equal(ofCode(r, 'KA034').length, 0);
    assert.equal(ofCode(analyze({ 'c.yaml': cj('batch/v1') }), 'KA034').length, 1);
  });
  it('handles kinds without replacement, and served versions', () => {
    expectLanguages(expectAt(analyze({ 'p.yaml': 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: p\n' }), { code: 'KA038', at: 'policy/v1beta1', messageKey: 'KA038.psp' }));
    expectNone(analyze({ 'c.yaml': cj('batch/v1') }), 'KA038');
  });
});
