import { analyze, applyFix, expectAt, expectLanguages, expectNone } from '../helpers';

const role = (groups: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n  - apiGroups: ${groups}\n    resources: ["pods", "services"]\n    verbs: ["get", "list"]\n`;

describe('rule rbac-api-groups (KA066)', () => {
  it('reports apiGroups: [] with a fix', () => {
    const r = analyze({ 'r.yaml': role('[]') });
    const f = expectAt(r, { code: 'KA066', at: '[]', severity: 'error' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA066');
  });
  it('accepts the core group', () => {
    expectNone(analyze({ 'r.yaml': role('[""]') }), 'KA066');
  });
});
