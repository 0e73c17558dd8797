import { analyze, expectAt, expectLanguages, expectNone } from '../helpers';

const role = (name: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ${name}\nrules:\n  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get]\n`;
const binding = (roleName: string, kind = 'Role') => `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: b\nsubjects:\n  - kind: User\n    name: alice\n    apiGroup: rbac.authorization.k8s.io\nroleRef:\n  kind: ${kind}\n  name: ${roleName}\n  apiGroup: rbac.authorization.k8s.io\n`;

describe('rule rbac-role-ref (KA012)', () => {
  it('warns about a roleRef with a typo', () => {
    const r = analyze({ 'r.yaml': role('pod-and-services'), 'b.yaml': binding('pods-and-services') });
    expectLanguages(expectAt(r, { code: 'KA012', file: 'b.yaml', at: 'pods-and-services', severity: 'warning' }));
  });
  it('hints about an unbound Role; silent for bound roles and built-in cluster roles', () => {
    expectLanguages(expectAt(analyze({ 'r.yaml': role('lonely') }), { code: 'KA012', at: 'lonely', messageKey: 'KA012.unbound', severity: 'information' }));
    expectNone(analyze({ 'r.yaml': role('pod-and-services'), 'b.yaml': binding('pod-and-services') }), 'KA012');
    expectNone(analyze({ 'b.yaml': binding('system:auth-delegator', 'ClusterRole') }), 'KA012');
  });
});
