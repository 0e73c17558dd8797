import assert from 'node:assert/strict';
import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone, service } from '../helpers';

const ports = (p: string) => `          ports:\n${p}`;

describe('rule service-target-port (KA010, KA011)', () => {
  it('reports a numbered targetPort that no selected container declares, with a fix', () => {
    const r = analyze({ 'd.yaml': deployment('web', 'app: web', '', ports('            - containerPort: 80\n')), 's.yaml': service('web', 'app: web', '    - port: 80\n      targetPort: 8080\n') });
    const f = expectAt(r, { code: 'KA010', file: 's.yaml', at: '8080', severity: 'warning' });
    assert.equal(f.related?.[0].uri, 'file:///ws/d.yaml');
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA010');
  });
  it('checks the default targetPort (= port)', () => {
    const r = analyze({ 'd.yaml': deployment('web', 'app: web', '', ports('            - containerPort: 8080\n')), 's.yaml': service('web', 'app: web', '    - port: 80\n') });
    const f = expectAt(r, { code: 'KA010', file: 's.yaml', at: '80\n', messageKey: 'KA010.default' });
    expectNone(analyze(applyFix(r, f)), 'KA010');
  });
  it('reports a named targetPort missing from the pods', () => {
    const r = analyze({ 'd.yaml': deployment('web', 'app: web', '', ports('            - containerPort: 3000\n              name: http-server\n')), 's.yaml': service('web', 'app: web', '    - port: 80\n      targetPort: http\n') });
    expectLanguages(expectAt(r, { code: 'KA011', file: 's.yaml', at: 'http\n' }));
  });
  it('does not fire when containers declare no ports (containerPort is informational) or when the port matches', () => {
    expectNone(analyze({ 'd.yaml': deployment('web', 'app: web'), 's.yaml': service('web', 'app: web', '    - port: 80\n      targetPort: 8080\n') }), 'KA010');
    expectNone(analyze({ 'd.yaml': deployment('web', 'app: web', '', ports('            - containerPort: 3000\n              name: http-server\n')), 's.yaml': service('web', 'app: web', '    - port: 80\n      targetPort: http-server\n') }), 'KA010', 'KA011');
  });
  it('checks the port of the closest workload when the selector matches nothing', () => {
    const r = analyze({ 'd.yaml': deployment('backend', 'app: backend', '', ports('            - containerPort: 8000\n')), 's.yaml': service('application', 'app: application', '    - port: 80\n      targetPort: 5173\n') });
    expectAt(r, { code: 'KA010', file: 's.yaml', at: '5173', messageKey: 'KA010.closest' });
  });
});
