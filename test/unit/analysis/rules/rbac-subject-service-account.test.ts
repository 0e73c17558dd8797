import { strict as assert } from 'node:assert';
import { analyze, applyFix, expectAt, expectLanguages, expectNone, ofCode, uriOf } from '../helpers';

const sa = (name: string, namespace?: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}`;
const subject = (name: string, namespace?: string) => `  - kind: ServiceAccount\n    name: ${name}\n${namespace ? `    namespace: ${namespace}\n` : ''}`;
const roleBinding = (subjects: string, namespace?: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: read-pods
${namespace ? `  namespace: ${namespace}\n` : ''}subjects:
${subjects}roleRef:
  kind: ClusterRole
  name: view
  apiGroup: rbac.authorization.k8s.io
`;
const clusterRoleBinding = (subjects: string) => roleBinding(subjects).replace('kind: RoleBinding', 'kind: ClusterRoleBinding');

describe('rule rbac-subject-service-account (KA078)', () => {
  it('warns about a ServiceAccount subject missing from a namespace whose ServiceAccounts are in the workspace', () => {
    const r = analyze({ 'rb.yaml': roleBinding(subject('robot')), 'sa.yaml': sa('builder') });
    const f = expectAt(r, { code: 'KA078', file: 'rb.yaml', at: 'robot', severity: 'warning', messageKey: 'KA078' });
    expectLanguages(f);
    assert.equal(f.args?.namespace, 'default');
    assert.equal(f.args?.owner, 'RoleBinding read-pods');
    // Subjects are not pod ServiceAccounts: KA100 stays silent.
    expectNone(r, 'KA100');
  });

  it('suggests the close name; the quick fix removes the finding', () => {
    const r = analyze({ 'rb.yaml': roleBinding(subject('robbot')), 'sa.yaml': sa('robot') });
    const f = expectAt(r, { code: 'KA078', file: 'rb.yaml', at: 'robbot', messageKey: 'KA078.closest' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA078');
  });

  it('is a hint when the workspace defines no ServiceAccount in that namespace', () => {
    expectLanguages(expectAt(analyze({ 'rb.yaml': roleBinding(subject('robot')) }), { code: 'KA078', at: 'robot', severity: 'information', messageKey: 'KA078.none' }));
  });

  it('accepts existing ServiceAccounts, `default` and `system:` names', () => {
    expectNone(analyze({ 'rb.yaml': roleBinding(subject('robot')), 'sa.yaml': sa('robot') }), 'KA078');
    expectNone(analyze({ 'rb.yaml': roleBinding(subject('default') + subject('default', 'ci')), 'sa.yaml': sa('other') }), 'KA078');
    expectNone(analyze({ 'rb.yaml': roleBinding(subject('system:kube-scheduler', 'kube-system')) }), 'KA078');
    // Users and groups are not checked.
    expectNone(analyze({ 'rb.yaml': roleBinding('  - kind: User\n    name: alice\n    apiGroup: rbac.authorization.k8s.io\n') }), 'KA078');
  });

  it('looks in the subject namespace, else in the RoleBinding namespace (none written = default)', () => {
    expectNone(analyze({ 'rb.yaml': roleBinding(subject('robot'), 'team'), 'sa.yaml': sa('robot', 'team') }), 'KA078');
    expectAt(analyze({ 'rb.yaml': roleBinding(subject('robot'), 'team'), 'sa.yaml': sa('robot') }), { code: 'KA078', file: 'rb.yaml', at: 'robot' });
    expectNone(analyze({ 'rb.yaml': roleBinding(subject('robot', 'ci')), 'sa.yaml': sa('robot', 'ci') }), 'KA078');
    const f = expectAt(analyze({ 'rb.yaml': roleBinding(subject('robot', 'ci')), 'sa.yaml': sa('robot') }), { code: 'KA078', file: 'rb.yaml', at: 'robot' });
    assert.equal(f.args?.namespace, 'ci');
    expectNone(analyze({ 'rb.yaml': roleBinding(subject('robot')), 'sa.yaml': sa('robot', 'default') }), 'KA078');
  });

  it('checks ClusterRoleBinding subjects in their namespace', () => {
    expectNone(analyze({ 'crb.yaml': clusterRoleBinding(subject('robot', 'ci')), 'sa.yaml': sa('robot', 'ci') }), 'KA078');
    const f = expectAt(analyze({ 'crb.yaml': clusterRoleBinding(subject('robot', 'ci')), 'sa.yaml': sa('runner', 'ci') }), { code: 'KA078', file: 'crb.yaml', at: 'robot', severity: 'warning' });
    assert.equal(f.args?.owner, 'ClusterRoleBinding read-pods');
  });

  it('goes away when the ServiceAccount is created in the subject namespace (incremental)', () => {
    const r = analyze({ 'crb.yaml': clusterRoleBinding(subject('robot', 'ci')), 'sa.yaml': sa('runner', 'ci') });
    assert.equal(ofCode(r, 'KA078').length, 1);
    r.ws.setFile(uriOf('robot.yaml'), sa('robot', 'ci'));
    assert.deepEqual(r.analyzer.findingsFor(uriOf('crb.yaml')).filter((f) => f.code === 'KA078'), []);
    r.ws.setFile(uriOf('robot.yaml'), sa('robot', 'other'));
    assert.equal(r.analyzer.findingsFor(uriOf('crb.yaml')).filter((f) => f.code === 'KA078').length, 1);
  });
});
