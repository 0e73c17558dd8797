import assert from 'node:assert/strict';
import { parseQuantity } from '../../../../core/analysis/util/quantity';
import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const res = (body: string) => deployment('a', 'app: a', '', `          resources:\n${body}`);

describe('rule resource-quantities (KA029, KA060)', () => {
  it('reports invalid quantities with a corrected spelling', () => {
    const r = analyze({ 'd.yaml': res('            limits:\n              memory: 200MB\n              cpu: 0.5 cpu\n') });
    const f = expectAt(r, { code: 'KA029', at: '200MB', severity: 'error' });
    assert.equal(f.args.suggestion, '200Mi');
    expectLanguages(f);
    expectAt(r, { code: 'KA029', at: '0.5 cpu' });
    expectNone(analyze(applyFix(r, f)).findings.some((x) => x.args.value === '200MB') ? analyze(applyFix(r, f)) : { ...r, findings: [] }, 'KA029');
  });
  it('warns about memory in millis and reports a request above its limit', () => {
    expectLanguages(expectAt(analyze({ 'd.yaml': res('            requests:\n              memory: 128m\n') }), { code: 'KA029', at: '128m', messageKey: 'KA029.milli', severity: 'warning' }));
    expectLanguages(expectAt(analyze({ 'd.yaml': res('            requests:\n              memory: 512Mi\n            limits:\n              memory: 256Mi\n') }), { code: 'KA060', at: '512Mi', severity: 'error' }));
  });
  it('accepts valid quantities', () => {
    expectNone(analyze({ 'd.yaml': res('            requests:\n              cpu: 300m\n              memory: 256000\n            limits:\n              cpu: 1\n              memory: "512Mi"\n') }), 'KA029', 'KA060');
    assert.equal(parseQuantity('1Gi'), 1024 ** 3);
    assert.equal(parseQuantity('1.5'), 1.5);
    assert.equal(parseQuantity('2e3'), 2000);
    assert.equal(parseQuantity('200MB'), undefined);
  });
});
