// KA078 — A RoleBinding or ClusterRoleBinding grants its role to a ServiceAccount (`subjects[]` of kind
// ServiceAccount) that no manifest defines in the subject's namespace (its `namespace`, else the RoleBinding's):
// the binding is accepted but gives rights to nobody, and the Pods that should use them get 403 Forbidden.
// `default` always exists; `system:` names are built-in identities. The roleRef side is KA012.
import { checkMissing } from './missingReference';
import type { WorkspaceRule } from './rule';

export const rbacSubjectServiceAccount: WorkspaceRule = {
  id: 'rbac-subject-service-account',
  codes: ['KA078'],
  scope: 'workspace',
  check(ctx) {
    checkMissing(ctx, {
      code: 'KA078', kind: 'ServiceAccount', managed: 'warning', unmanaged: 'information', closestVariant: true,
      accept: (ref) => ref.via === 'subjects' && ref.owner.group === 'rbac.authorization.k8s.io',
      // A ClusterRoleBinding's ServiceAccount subject without `namespace` is refused by the API server (schema).
      ignore: (ref) => ref.name === 'default' || ref.name.startsWith('system:') || ref.namespace === '',
    });
  },
};
