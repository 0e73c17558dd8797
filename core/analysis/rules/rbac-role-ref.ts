// A RoleBinding/ClusterRoleBinding whose roleRef names a Role/ClusterRole missing from the workspace
// (a warning when a similar name exists: a typo; built-in roles are skipped), and a Role bound by nothing (hint).
import { rangeOf } from '../index/ranges';
import { formatList } from '../messages';
import { closestName, get, replaceValueEdit } from './helpers';
import type { WorkspaceRule } from './rule';

const BUILTIN_CLUSTER_ROLES = new Set(['cluster-admin', 'admin', 'edit', 'view']);

function isBuiltinRole(name: string): boolean {
  return BUILTIN_CLUSTER_ROLES.has(name) || name.startsWith('system:') || name.startsWith('extension-apiserver-')
    || name.startsWith('kubeadm:') || name.startsWith('gce:') || name.startsWith('eks:');
}

export const rbacRoleRef: WorkspaceRule = {
  id: 'rbac-role-ref',
  codes: ['KA012'],
  scope: 'workspace',
  check(ctx) {
    const boundRoles = new Set<string>();
    for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
      for (const b of ctx.index.ofKind(kind)) {
        if (!b.isKubernetes || b.group !== 'rbac.authorization.k8s.io') continue;
        const ref = b.references.find((r) => r.via === 'roleRef');
        if (!ref) continue;
        const ns = ref.targetKind === 'ClusterRole' ? '' : b.namespace;
        boundRoles.add(`${ref.targetKind}/${ns}/${ref.name}`);
        if (isBuiltinRole(ref.name)) continue;
        const found = ctx.index.findResources({ kind: ref.targetKind, name: ref.name, namespace: ns }).some((r) => r.isKubernetes);
        if (found) continue;
        const known = ctx.index.ofKind(ref.targetKind, ns).map((r) => r.name ?? '').filter(Boolean);
        const closest = closestName(ref.name, known);
        ctx.report({
          uri: b.uri, code: 'KA012', messageKey: closest ? 'KA012' : 'KA012.none', range: rangeOf(b.doc, ref.nameNode),
          severity: closest ? 'warning' : 'information',
          args: { binding: b.name ?? '', kind: ref.targetKind, role: ref.name, known: formatList(known), closest: closest ?? '' },
          fixes: closest ? [{ titleKey: 'fix.rename', args: { value: closest }, edits: [replaceValueEdit(b.doc, ref.nameNode, closest)], preferred: true }] : undefined,
        });
      }
    }
    for (const role of ctx.index.ofKind('Role')) {
      if (!role.isKubernetes || role.group !== 'rbac.authorization.k8s.io' || !role.name) continue;
      if (boundRoles.has(`Role/${role.namespace}/${role.name}`)) continue;
      const nameNode = get(get(role.node, 'metadata'), 'name') ?? role.node;
      ctx.report({ uri: role.uri, code: 'KA012', messageKey: 'KA012.unbound', range: rangeOf(role.doc, nameNode), severity: 'information', args: { role: role.name } });
    }
  },
};
