import { analyze, applyFix, expectAt, expectLanguages, expectNone } from '../helpers';

const ing = (path: string, backend: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\nspec:\n  rules:\n    - http:\n        paths:\n${path}            backend:\n${backend}`;
const svc = '              service:\n                name: web\n                port:\n                  number: 80\n';

describe('rule ingress-path (KA065, KA075)', () => {
  it('reports a path without pathType and a path without leading slash, with fixes', () => {
    const r = analyze({ 'i.yaml': ing('          - path: api\n', svc) });
    const f = expectAt(r, { code: 'KA065', at: 'api\n', severity: 'error', messageKey: 'KA065' });
    expectLanguages(f);
    expectLanguages(expectAt(r, { code: 'KA065', at: 'api\n', messageKey: 'KA065.slash' }));
    const fixed = analyze(applyFix(r, f));
    expectNone({ ...fixed, findings: fixed.findings.filter((x) => x.messageKey !== 'KA065.slash') }, 'KA065');
  });
  it('reports the old serviceName/servicePort backend in networking.k8s.io/v1, with a rewrite fix', () => {
    const r = analyze({ 'i.yaml': ing('          - path: /\n            pathType: Prefix\n', '              serviceName: frontend\n              servicePort: 5000\n') });
    const f = expectAt(r, { code: 'KA075', at: 'serviceName', severity: 'error' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA075');
  });
  it('accepts a correct path', () => {
    expectNone(analyze({ 'i.yaml': ing('          - path: /\n            pathType: Prefix\n', svc) }), 'KA065', 'KA075');
  });
});
