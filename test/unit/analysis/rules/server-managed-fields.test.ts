import { analyze, applyFix, expectAt, expectLanguages, expectNone } from '../helpers';

describe('rule server-managed-fields (KA052)', () => {
  it('reports cluster-filled fields with a removal fix', () => {
    const text = 'apiVersion: v1\nkind: Secret\nmetadata:\n  creationTimestamp: "2023-03-08T16:29:52Z"\n  name: my-cert\n  resourceVersion: "5543"\n  uid: dd27cd3f-1779-47f4-a821-25d8139b21a4\ntype: Opaque\n';
    const r = analyze({ 's.yaml': text });
    const f = expectAt(r, { code: 'KA052', at: 'creationTimestamp', severity: 'warning' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA052');
  });
  it('accepts creationTimestamp: null and an empty status (kompose output)', () => {
    expectNone(analyze({ 's.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  name: f\nspec:\n  ports:\n    - port: 80\nstatus:\n  loadBalancer: {}\n' }), 'KA052');
  });
});
