import { analyze, applyFix, expectAt, expectLanguages, expectNone, service } from '../helpers';

const ing = (svc: string, port: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: app
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${svc}
                port:
                  ${port}
`;

describe('rule ingress-backend (KA006, KA007)', () => {
  it('reports a backend Service that does not exist, with a rename fix', () => {
    const r = analyze({ 'i.yaml': ing('front', 'number: 80'), 's.yaml': service('frontend', 'app: f') });
    const f = expectAt(r, { code: 'KA006', file: 'i.yaml', at: 'front\n', severity: 'warning' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA006');
  });
  it('reports a port the Service does not expose (number or name), with related information', () => {
    const r = analyze({ 'i.yaml': ing('frontend', 'number: 8080'), 's.yaml': service('frontend', 'app: f') });
    const f = expectAt(r, { code: 'KA007', file: 'i.yaml', at: '8080' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA007');
    expectAt(analyze({ 'i.yaml': ing('frontend', 'name: web'), 's.yaml': service('frontend', 'app: f') }), { code: 'KA007', file: 'i.yaml', at: 'web', messageKey: 'KA007.name' });
  });
  it('accepts a matching Service port and hints when no Service exists at all', () => {
    expectNone(analyze({ 'i.yaml': ing('frontend', 'number: 80'), 's.yaml': service('frontend', 'app: f') }), 'KA006', 'KA007');
    expectAt(analyze({ 'i.yaml': ing('frontend', 'number: 80') }), { code: 'KA006', at: 'frontend', severity: 'information' });
  });
});
