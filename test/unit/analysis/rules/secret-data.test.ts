import assert from 'node:assert/strict';
import { decodeSecretValue } from '../../../../core/analysis/util/base64';
import { analyze, applyFix, expectAt, expectLanguages, expectNone } from '../helpers';

const secret = (data: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ntype: Opaque\ndata:\n${data}`;

describe('rule secret-data (KA018, KA019, KA020)', () => {
  it('reports clear text in data, with both fixes (encode, move to stringData)', () => {
    const r = analyze({ 's.yaml': secret('  DB_PASSWORD: mon mot de passe\n') });
    const f = expectAt(r, { code: 'KA018', at: 'mon mot de passe', severity: 'error', messageKey: 'KA018.characters' });
    expectLanguages(f);
    const encoded = applyFix(r, f, 0);
    assert.match(encoded['s.yaml'], /DB_PASSWORD: bW9uIG1vdCBkZSBwYXNzZQ==/);
    expectNone(analyze(encoded), 'KA018');
    const moved = applyFix(r, f, 1);
    assert.match(moved['s.yaml'], /stringData:\n {2}DB_PASSWORD: mon mot de passe/);
    expectNone(analyze(moved), 'KA018');
  });
  it('reports truncated base64 without guessing a fix', () => {
    const f = expectAt(analyze({ 's.yaml': secret('  cert.pem: LS0tLS1CRUdJTi\n') }), { code: 'KA018', at: 'LS0t', messageKey: 'KA018.length' });
    assert.equal(f.fixes, undefined);
  });
  it('warns about a value ending with a newline (echo without -n), with a fix', () => {
    const r = analyze({ 's.yaml': secret('  API_TOKEN: bXktc2VjcmV0LXRva2VuCg==\n') });
    const f = expectAt(r, { code: 'KA019', at: 'bXkt', severity: 'warning' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA019');
  });
  it('warns about a word that is valid base64 by chance', () => {
    expectLanguages(expectAt(analyze({ 's.yaml': secret('  DB_PASSWORD: password\n') }), { code: 'KA020', at: 'password\n', severity: 'warning' }));
  });
  it('accepts proper base64, multi-line PEM content and stringData', () => {
    expectNone(analyze({ 's.yaml': secret('  DB_PASSWORD: cGFzc3dvcmQ=\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCmFiYwotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==\n') }), 'KA018', 'KA019', 'KA020');
    expectNone(analyze({ 's.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  DB_PASSWORD: mon mot de passe\n' }), 'KA018');
  });
  it('decodes values for hovers', () => {
    const d = decodeSecretValue('bXktc2VjcmV0LXRva2VuCg==');
    assert.equal(d.ok, true);
    assert.equal(d.text, 'my-secret-token\n');
    assert.equal(d.endsWithNewline, true);
    assert.equal(decodeSecretValue('abc').problem, 'length');
  });
});
