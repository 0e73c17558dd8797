import { analyze, expectAt, expectLanguages, expectNone } from '../helpers';

const ing = (meta: string) => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: i\n${meta}spec:\n  defaultBackend:\n    service:\n      name: web\n      port:\n        number: 80\n`;

describe('rule ingress-class-annotation (KA074)', () => {
  it('hints about the deprecated annotation', () => {
    expectLanguages(expectAt(analyze({ 'i.yaml': ing('  annotations:\n    kubernetes.io/ingress.class: nginx\n') }), { code: 'KA074', at: 'kubernetes.io/ingress.class', severity: 'information' }));
  });
  it('is silent with ingressClassName', () => {
    expectNone(analyze({ 'i.yaml': ing('') }), 'KA074');
  });
});
