import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

describe('rule yaml11-strings (KA068)', () => {
  it('reports YAML 1.1 booleans and numbers where text is required', () => {
    const d = deployment('a', 'app: a', '', '          args: [--verbose, yes, 8080]\n').replace('  name: a\n', '  name: a\n  annotations:\n    enabled: on\n');
    const r = analyze({ 'd.yaml': d });
    expectLanguages(expectAt(r, { code: 'KA068', at: 'on\n', severity: 'error' }));
    expectAt(r, { code: 'KA068', at: 'yes' });
    expectLanguages(expectAt(r, { code: 'KA068', at: '8080', messageKey: 'KA068.number' }));
  });
  it('accepts quoted values', () => {
    expectNone(analyze({ 'd.yaml': deployment('a', 'app: a', '', '          args: ["--port", "8080", "yes"]\n') }), 'KA068');
  });
});
