import { analyze, expectAt, expectLanguages, expectNone } from '../helpers';

const cm = (labels: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n${labels}`;

describe('rule label-syntax (KA072)', () => {
  it('reports invalid values and keys', () => {
    const r = analyze({ 'c.yaml': cm('    app: mon application\n    équipe: données\n    version: 1.0\n') });
    expectLanguages(expectAt(r, { code: 'KA072', at: 'mon application', severity: 'error' }));
    expectLanguages(expectAt(r, { code: 'KA072', at: 'équipe', messageKey: 'KA072.key' }));
    expectLanguages(expectAt(r, { code: 'KA072', at: '1.0', messageKey: 'KA072.type' }));
  });
  it('accepts valid labels with prefixes', () => {
    expectNone(analyze({ 'c.yaml': cm('    app.kubernetes.io/name: web\n    tier: front_end.v1\n    empty: ""\n') }), 'KA072');
  });
});
