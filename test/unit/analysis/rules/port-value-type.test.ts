import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone, service } from '../helpers';

describe('rule port-value-type (KA037)', () => {
  it('reports a quoted containerPort with a fix, and a placeholder port', () => {
    const r = analyze({ 'd.yaml': deployment('a', 'app: a', '', '          ports:\n            - containerPort: "8080"\n') });
    const f = expectAt(r, { code: 'KA037', at: '"8080"', severity: 'error' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA037');
    expectLanguages(expectAt(analyze({ 's.yaml': service('a', 'app: a', '    - port: <port>\n') }), { code: 'KA037', at: '<port>', messageKey: 'KA037.placeholder' }));
  });
  it('accepts integers', () => {
    expectNone(analyze({ 'd.yaml': deployment('a', 'app: a', '', '          ports:\n            - containerPort: 8080\n') }), 'KA037');
  });
});
