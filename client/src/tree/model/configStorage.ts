// Configuration (ConfigMaps with their keys, Secrets with their keys and hidden values) and Stockage (PVC).
import { pvcState } from '../../../../core/cluster/explainWorkload';
import type { DataView, PvcView } from '../../../../core/cluster/watchTypes';
import { objectContextValue } from './contextValue';
import { code, md, objectTooltip, SEVERITY_ICON, stateMd } from './present';
import type { ModelEnv, TreeNode } from './types';
import { refOf } from './workloads';

function keysOf(o: DataView): string[] {
  return [...Object.keys(o.data ?? {}), ...Object.keys(o.binaryData ?? {})].sort();
}

function preview(value: string): string {
  const one = value.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 40)}…` : one;
}

export function dataNode(env: ModelEnv, parentId: string, resource: 'configmaps' | 'secrets', o: DataView): TreeNode {
  const ref = refOf(resource, o);
  const ns = ref.namespace ?? env.connection.namespace;
  const keys = keysOf(o);
  const manifest = env.manifestFor(ref.kind, ref.name, ns);
  const self = env.isSelf(ref);
  return {
    id: `${parentId}/o:${resource}:${ref.name}`, kind: 'object', label: ref.name, ref, namespace: ns, manifest,
    description: [resource === 'secrets' && o.type && o.type !== 'Opaque' ? o.type : undefined, env.t('desc.keys', { count: keys.length })].filter(Boolean).join(' · '),
    icon: { id: resource === 'secrets' ? 'key' : 'symbol-constant' }, collapsible: keys.length ? 'collapsed' : 'none',
    contextValue: objectContextValue(resource, env.access(ns), { self, manifest: !!manifest, name: ref.name }),
    tooltip: () => objectTooltip(env, ref, [keys.map(code).join(', ') || '—', ...(resource === 'secrets' ? ['', md(env.t('tip.secretHidden'))] : [])], manifest),
  };
}

export function dataChildren(env: ModelEnv, node: TreeNode): TreeNode[] {
  const ns = node.namespace ?? env.connection.namespace;
  const resource = node.ref?.resource === 'secrets' ? 'secrets' : 'configmaps';
  const o = env.store.items<DataView>({ resource, namespace: ns }).find((x) => x.metadata.name === node.ref?.name);
  if (!o) return [];
  return keysOf(o).map((k) => {
    const raw = o.data?.[k];
    const desc = resource === 'secrets' ? env.t('desc.hidden') : raw !== undefined ? preview(raw) : 'binaire';
    return {
      id: `${node.id}/key:${k}`, kind: 'dataKey', label: k, namespace: ns, ref: node.ref, description: desc,
      icon: { id: resource === 'secrets' ? 'eye-closed' : 'symbol-key' }, collapsible: 'none', contextValue: `ka-datakey ka-${resource === 'secrets' ? 'secret' : 'configmap'}-key`,
      tooltip: resource === 'secrets' ? () => md(env.t('tip.secretHidden')) : () => `\`\`\`\n${(raw ?? '').slice(0, 2000).replace(/```/g, "'''")}\n\`\`\``,
    } satisfies TreeNode;
  });
}

export function pvcNode(env: ModelEnv, parentId: string, pvc: PvcView): TreeNode {
  const ref = refOf('persistentvolumeclaims', pvc);
  const ns = ref.namespace ?? env.connection.namespace;
  const s = pvcState(pvc);
  const manifest = env.manifestFor('PersistentVolumeClaim', ref.name, ns);
  const self = env.isSelf(ref);
  return {
    id: `${parentId}/o:pvc:${ref.name}`, kind: 'object', label: ref.name, ref, namespace: ns, manifest,
    description: [pvc.status?.phase ?? 'Pending', s.args.capacity, pvc.spec?.storageClassName, self ? env.t('desc.self') : undefined].filter(Boolean).join(' · '),
    icon: SEVERITY_ICON[s.severity], collapsible: 'none',
    contextValue: objectContextValue('persistentvolumeclaims', env.access(ns), { self, manifest: !!manifest, name: ref.name }),
    tooltip: () => objectTooltip(env, ref, [stateMd(env, s.reasonKey, s.args, s.severity)], manifest),
  };
}
