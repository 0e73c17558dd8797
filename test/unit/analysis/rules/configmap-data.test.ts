import assert from 'node:assert/strict';
import { analyze, applyFix, expectAt, expectLanguages, expectNone, ofCode } from '../helpers';

const cm = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n${data}`;

describe('rule configmap-data (KA021, KA022)', () => {
  it('reports numbers and booleans (YAML 1.1 included) in data, with a quoting fix', () => {
    const r = analyze({ 'c.yaml': cm('  PORT: 8080\n  DEBUG: true\n  FEATURE: yes\n') });
    const f = expectAt(r, { code: 'KA021', at: '8080', severity: 'error' });
    expectLanguages(f);
    expectAt(r, { code: 'KA021', at: 'true' });
    expectLanguages(expectAt(r, { code: 'KA021', at: 'yes', messageKey: 'KA021.yaml11' }));
    const fixed = analyze(applyFix(r, f));
    assert.equal(ofCode(fixed, 'KA021').length, 2, 'only DEBUG and FEATURE are left');
  });
  it('warns about sensitive values', () => {
    const r = analyze({ 'c.yaml': cm('  DATABASE_URL: "postgres://user:password@db:5432/mydb"\n  API_TOKEN: abc123\n') });
    expectLanguages(expectAt(r, { code: 'KA022', at: '"postgres', messageKey: 'KA022.url', severity: 'warning' }));
    expectLanguages(expectAt(r, { code: 'KA022', at: 'API_TOKEN' }));
  });
  it('accepts strings', () => {
    expectNone(analyze({ 'c.yaml': cm('  PORT: "8080"\n  CONTEXT: DEV\n  URL: http://redis:6379\n') }), 'KA021', 'KA022');
  });
});
