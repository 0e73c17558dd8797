import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const env = (v: string) => `          env:\n            - name: REDIS_PORT\n              value: ${v}\n`;

describe('rule env-value-type (KA063)', () => {
  it('reports a number or a YAML 1.1 boolean, with a quoting fix', () => {
    const r = analyze({ 'd.yaml': deployment('a', 'app: a', '', env('6379')) });
    const f = expectAt(r, { code: 'KA063', at: '6379', severity: 'error' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA063');
    expectLanguages(expectAt(analyze({ 'd.yaml': deployment('a', 'app: a', '', env('on')) }), { code: 'KA063', at: 'on\n', messageKey: 'KA063.yaml11' }));
  });
  it('accepts strings', () => {
    expectNone(analyze({ 'd.yaml': deployment('a', 'app: a', '', env('"6379"')) }), 'KA063');
    expectNone(analyze({ 'd.yaml': deployment('a', 'app: a', '', env('redis')) }), 'KA063');
  });
});
