import { analyze, expectAt, expectLanguages, expectNone } from '../helpers';

const s = (type: string, keys: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ntype: ${type}\ndata:\n${keys}`;

describe('rule typed-secret-keys (KA025)', () => {
  it('requires tls.crt and tls.key for kubernetes.io/tls', () => {
    expectLanguages(expectAt(analyze({ 's.yaml': s('kubernetes.io/tls', '  cert.pem: YWJj\n') }), { code: 'KA025', at: 'kubernetes.io/tls', severity: 'error' }));
  });
  it('accepts complete typed Secrets', () => {
    expectNone(analyze({ 's.yaml': s('kubernetes.io/tls', '  tls.crt: YWJj\n  tls.key: YWJj\n') }), 'KA025');
    expectNone(analyze({ 's.yaml': s('Opaque', '  a: YWJj\n') }), 'KA025');
  });
});
