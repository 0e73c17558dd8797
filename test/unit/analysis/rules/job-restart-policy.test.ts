import { analyze, applyFix, expectAt, expectLanguages, expectNone } from '../helpers';

const job = (policy: string) => `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n${policy}      containers:\n        - name: etl\n          image: python:3.12\n`;

describe('rule job-restart-policy (KA044)', () => {
  it('reports a Job template without restartPolicy, with a fix', () => {
    const r = analyze({ 'j.yaml': job('') });
    const f = expectAt(r, { code: 'KA044', at: 'template', severity: 'error' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA044');
  });
  it('reports restartPolicy: Always and accepts Never/OnFailure', () => {
    expectLanguages(expectAt(analyze({ 'j.yaml': job('      restartPolicy: Always\n') }), { code: 'KA044', at: 'Always', messageKey: 'KA044.always' }));
    expectNone(analyze({ 'j.yaml': job('      restartPolicy: Never\n') }), 'KA044');
    expectNone(analyze({ 'j.yaml': job('      restartPolicy: OnFailure\n') }), 'KA044');
  });
});
