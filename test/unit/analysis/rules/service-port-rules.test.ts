import { analyze, expectAt, expectLanguages, expectNone, service } from '../helpers';

describe('rule service-port-rules (KA053, KA054)', () => {
  it('requires a name on each port of a multi-port Service', () => {
    const r = analyze({ 's.yaml': service('a', 'app: a', '    - port: 80\n      targetPort: 8080\n    - port: 443\n      targetPort: 8443\n') });
    expectLanguages(expectAt(r, { code: 'KA053', at: 'port: 80', severity: 'error' }));
    expectAt(r, { code: 'KA053', at: 'port: 443' });
    expectNone(analyze({ 's.yaml': service('a', 'app: a', '    - name: http\n      port: 80\n    - name: https\n      port: 443\n') }), 'KA053');
  });
  it('reports ports out of range and nodePorts outside 30000-32767', () => {
    expectLanguages(expectAt(analyze({ 's.yaml': service('a', 'app: a', '    - port: 80\n      targetPort: 123456\n') }), { code: 'KA054', at: '123456' }));
    const np = analyze({ 's.yaml': service('a', 'app: a', '    - port: 80\n      nodePort: 8080\n').replace('spec:\n', 'spec:\n  type: NodePort\n') });
    expectLanguages(expectAt(np, { code: 'KA054', at: '8080', messageKey: 'KA054.nodePort' }));
    expectNone(analyze({ 's.yaml': service('a', 'app: a', '    - port: 80\n      nodePort: 30080\n') }), 'KA054');
  });
});
