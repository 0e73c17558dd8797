import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

describe('rule container-name (KA073)', () => {
  it('reports an invalid and a duplicate container name', () => {
    const d = deployment('a', 'app: a', '', '        - name: Redis_Master\n          image: redis:7\n        - name: app\n          image: redis:7\n');
    const r = analyze({ 'd.yaml': d });
    expectLanguages(expectAt(r, { code: 'KA073', at: 'Redis_Master', severity: 'error' }));
    expectLanguages(expectAt(r, { code: 'KA073', at: 'app\n', nth: 1, messageKey: 'KA073.duplicate' }));
  });
  it('accepts valid unique names', () => {
    expectNone(analyze({ 'd.yaml': deployment('a', 'app: a') }), 'KA073');
  });
});
