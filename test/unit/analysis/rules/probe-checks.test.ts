import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

describe('rule probe-checks (KA027, KA058)', () => {
  it('reports a probe without action (error) and identical liveness/readiness (hint)', () => {
    expectLanguages(expectAt(analyze({ 'd.yaml': deployment('a', 'app: a', '', '          readinessProbe:\n            periodSeconds: 5\n') }), { code: 'KA058', at: 'readinessProbe', severity: 'error' }));
    const same = '          livenessProbe:\n            httpGet: {path: /, port: 3000}\n          readinessProbe:\n            httpGet: {path: /, port: 3000}\n';
    expectLanguages(expectAt(analyze({ 'd.yaml': deployment('a', 'app: a', '', same) }), { code: 'KA027', at: 'livenessProbe', severity: 'information' }));
  });
  it('accepts one action and distinct probes', () => {
    const ok = '          livenessProbe:\n            tcpSocket: {port: 3000}\n          readinessProbe:\n            httpGet: {path: /ready, port: 3000}\n';
    expectNone(analyze({ 'd.yaml': deployment('a', 'app: a', '', ok) }), 'KA027', 'KA058');
  });
});
