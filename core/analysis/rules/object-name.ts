// metadata.name rules of built-in kinds: DNS-1123 subdomain (most kinds), DNS-1123 label (Namespace),
// DNS-1035 label (Service: the name becomes a DNS name), path segment (RBAC objects). Custom resources are not
// checked. A suggestion is derived from the name (lowercase, no accents, `-`).
import { rangeOf } from '../index/ranges';
import type { Resource } from '../index/types';
import { get, getPair, str } from '../util/yamlNodes';
import { DNS1035_LABEL, DNS1123_LABEL, DNS1123_SUBDOMAIN, replaceValueEdit } from './helpers';
import type { DocRule } from './rule';

const SUBDOMAIN_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'ConfigMap', 'Secret',
  'Ingress', 'IngressClass', 'PersistentVolumeClaim', 'PersistentVolume', 'ServiceAccount', 'StorageClass', 'NetworkPolicy',
  'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'ReplicationController', 'LimitRange', 'ResourceQuota', 'PriorityClass',
  'Endpoints', 'EndpointSlice', 'PodTemplate', 'Lease', 'CustomResourceDefinition', 'RuntimeClass', 'CSIDriver', 'VolumeAttachment']);
const RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);

/** `Mon_Déploiement` → `mon-deploiement`. */
export function suggestName(name: string, maxLength = 63): string {
  const s = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-').replace(/-+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return s.slice(0, maxLength).replace(/[^a-z0-9]+$/, '');
}

function rule(res: Resource): 'subdomain' | 'label' | 'dns1035' | 'path' | undefined {
  if (!res.isKubernetes) return undefined;
  const k = res.kind ?? '';
  if (k === 'Service' && res.group === '') return 'dns1035';
  if (k === 'Namespace' && res.group === '') return 'label';
  if (RBAC_KINDS.has(k) && res.group === 'rbac.authorization.k8s.io') return 'path';
  if (SUBDOMAIN_KINDS.has(k)) return 'subdomain';
  return undefined;
}

export const objectName: DocRule = {
  id: 'object-name',
  codes: ['KA070', 'KA071'],
  scope: 'document',
  check(ctx) {
    for (const res of ctx.resources) {
      const r = rule(res);
      if (!r) continue;
      const pair = getPair(get(res.node, 'metadata'), 'name');
      const name = str(pair?.value);
      if (!pair?.value || name === undefined || name === '') continue; // missing or empty: schema (required)
      let ok: boolean;
      if (r === 'path') ok = name !== '.' && name !== '..' && !/[/%]/.test(name);
      else if (r === 'dns1035') ok = name.length <= 63 && DNS1035_LABEL.test(name);
      else if (r === 'label') ok = name.length <= 63 && DNS1123_LABEL.test(name);
      else ok = name.length <= 253 && DNS1123_SUBDOMAIN.test(name);
      if (ok) continue;
      let suggestion = suggestName(name, r === 'subdomain' ? 253 : 63);
      if (r !== 'subdomain') suggestion = suggestion.replace(/\./g, '-');
      if (r === 'dns1035') suggestion = suggestion.replace(/^[0-9-]+/, '');
      const placeholder = /^<.*>$|<[^>]+>/.test(name);
      ctx.report({
        code: r === 'dns1035' ? 'KA071' : 'KA070',
        messageKey: r === 'dns1035' ? 'KA071' : placeholder ? 'KA070.placeholder' : r === 'path' ? 'KA070.path' : r === 'label' ? 'KA070.label' : 'KA070',
        range: rangeOf(res.doc, pair.value), args: { name, kind: res.kind ?? '', suggestion: suggestion || '—' },
        fixes: suggestion && !placeholder ? [{ titleKey: 'fix.rename', args: { value: suggestion }, edits: [replaceValueEdit(res.doc, pair.value, suggestion)], preferred: true }] : undefined,
      });
    }
  },
};
