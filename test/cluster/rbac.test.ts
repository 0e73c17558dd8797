// RBAC answers (SelfSubjectRulesReview + AccessReview, cached) cross-checked with `kubectl auth can-i` on the real
// cluster for the three users.
import * as assert from 'node:assert/strict';
import { kubectl, STUDENT_NAMESPACE, type ClusterUser } from './helpers';
import { openSession } from './treeHelpers';

const CHECKS: [verb: string, group: string, resource: string][] = [
  ['list', '', 'pods'], ['watch', '', 'pods'], ['delete', '', 'pods'], ['get', '', 'pods/log'], ['create', '', 'pods/portforward'],
  ['list', '', 'secrets'], ['patch', 'apps', 'deployments'], ['patch', 'apps', 'deployments/scale'], ['create', 'apps', 'deployments'],
  ['list', 'discovery.k8s.io', 'endpointslices'], ['list', '', 'events'], ['create', 'rbac.authorization.k8s.io', 'rolebindings'],
  ['list', 'networking.k8s.io', 'ingresses'], ['list', 'batch', 'cronjobs'],
];

function canI(user: ClusterUser, verb: string, group: string, resource: string, ns?: string): boolean {
  const [res, sub] = resource.split('/');
  const target = `${res}${group ? `.${group}` : ''}`;
  const args = ['auth', 'can-i', verb, target, ...(sub ? ['--subresource', sub] : []), ...(ns ? ['-n', ns] : ['--all-namespaces=false'])];
  const r = kubectl(user, args);
  return r.stdout.trim() === 'yes';
}

for (const [user, level] of [['admin', 'admin'], ['etudiant', 'edit'], ['lecteur', 'view']] as [ClusterUser, string][]) {
  describe(`RBAC cache vs kubectl auth can-i (${user})`, () => {
    it(`level « ${level} » in ${STUDENT_NAMESPACE} and the same answers as kubectl`, async () => {
      const s = await openSession(user, STUDENT_NAMESPACE);
      try {
        assert.equal(s.access(STUDENT_NAMESPACE)?.level, level);
        const diffs: string[] = [];
        for (const [verb, group, resource] of CHECKS) {
          const ours = await s.rbac.can(STUDENT_NAMESPACE, verb, group, resource);
          const theirs = canI(user, verb, group, resource, STUDENT_NAMESPACE);
          if (ours !== theirs) diffs.push(`${verb} ${group}/${resource}: ours=${ours} kubectl=${theirs}`);
        }
        assert.deepEqual(diffs, []);
        // « may I list namespaces? » is a cluster-wide question: `kubectl auth can-i list namespaces` would answer for the
        // context's namespace (view/edit include namespaces/get there), so the truth is the real request.
        const list = await s.rbac.canCluster('list', '', 'namespaces');
        assert.equal(list, kubectl(user, ['get', 'namespaces']).code === 0);
        assert.equal(list, user === 'admin');
      } finally {
        s.dispose();
      }
    });
  });
}

describe('RBAC cache outside the allowed namespace', () => {
  it('etudiant has no right in default, like kubectl says', async () => {
    const s = await openSession('etudiant', 'default');
    try {
      const a = await s.rbac.review('default');
      assert.equal(a.level, 'none');
      assert.equal(await s.rbac.can('default', 'list', '', 'pods'), canI('etudiant', 'list', '', 'pods', 'default'));
      assert.equal(await s.rbac.can('default', 'list', '', 'pods'), false);
    } finally {
      s.dispose();
    }
  });
});
