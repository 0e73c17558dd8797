// Entry of the tree model: children of any node, and the watches a node needs while it is expanded.
import type { WatchKey } from '../../cluster/watchHub';
import type { ResourceId } from '../../cluster/watchResources';
import type { DataView, IngressView, PvcView, ServiceView } from '../../cluster/watchTypes';
import { dataChildren, dataNode, pvcNode } from './configStorage';
import { eventItems } from './events';
import { ingressChildren, ingressNode, serviceChildren, serviceNode } from './network';
import { canWatch, clusterNeeds, FOLDER_NEEDS, folderNodes, gate, groupNodes, namespaceNodes, rootChildren, stateNode } from './roots';
import type { ModelEnv, TreeNode } from './types';
import { workloadChildren, workloadFolderItems } from './workloads';

export type { ModelEnv, TreeNode } from './types';

function byName<T extends { metadata: { name: string } }>(a: T, b: T): number {
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

function folderItems(env: ModelEnv, node: TreeNode): TreeNode[] {
  const f = node.folder;
  const ns = node.namespace ?? env.connection.namespace;
  if (!f) return [];
  const { head, stop } = gate(env, node, f, ns);
  if (stop) return head;
  let items: TreeNode[];
  switch (f) {
    case 'services':
      items = env.store.items<ServiceView>({ resource: f, namespace: ns }).slice().sort(byName).map((s) => serviceNode(env, node.id, s));
      break;
    case 'ingresses':
      items = env.store.items<IngressView>({ resource: f, namespace: ns }).slice().sort(byName).map((s) => ingressNode(env, node.id, s));
      break;
    case 'configmaps':
    case 'secrets':
      items = env.store.items<DataView>({ resource: f, namespace: ns }).slice().sort(byName).map((s) => dataNode(env, node.id, f, s));
      break;
    case 'persistentvolumeclaims':
      items = env.store.items<PvcView>({ resource: f, namespace: ns }).slice().sort(byName).map((s) => pvcNode(env, node.id, s));
      break;
    default:
      items = workloadFolderItems(env, node, f);
  }
  if (items.length === 0) items = [stateNode(node.id, 'empty', env.t('state.empty'), { icon: { id: 'circle-slash', color: 'disabledForeground' } })];
  return [...head, ...items];
}

/** Children of a node (undefined = the root). Pure: reads only env. */
export function childrenOf(env: ModelEnv, node?: TreeNode): TreeNode[] {
  if (!node) return rootChildren(env);
  switch (node.kind) {
    case 'cluster': return namespaceNodes(env, node);
    case 'namespace': return groupNodes(env, node);
    case 'group': {
      if (node.group !== 'events') return folderNodes(env, node);
      const ns = node.namespace ?? env.connection.namespace;
      const { head, stop } = gate(env, node, 'events', ns);
      if (stop) return head;
      const items = eventItems(env, node);
      return [...head, ...(items.length ? items : [stateNode(node.id, 'empty', env.t('state.emptyEvents'), { icon: { id: 'circle-slash', color: 'disabledForeground' } })])];
    }
    case 'folder': return folderItems(env, node);
    case 'object': {
      switch (node.ref?.resource) {
        case 'services': return serviceChildren(env, node);
        case 'ingresses': return ingressChildren(env, node);
        case 'configmaps':
        case 'secrets': return dataChildren(env, node);
        default: return workloadChildren(env, node);
      }
    }
    default: return [];
  }
}

/** Watches needed to compute a node's children (only the types the user may list and watch). */
export function needsOf(env: ModelEnv, node?: TreeNode): WatchKey[] {
  if (!node || !env.connection.ok) return [];
  const ns = node.namespace ?? env.connection.namespace;
  const keep = (ids: ResourceId[]): WatchKey[] => ids.filter((r) => canWatch(env, r, ns)).map((resource) => ({ resource, namespace: ns }));
  switch (node.kind) {
    case 'cluster': return clusterNeeds(env);
    case 'group': return node.group === 'events' ? keep(['events']) : [];
    case 'folder': return node.folder ? keep(FOLDER_NEEDS[node.folder]) : [];
    default: return [];
  }
}
