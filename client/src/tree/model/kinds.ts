// The tree's kinds, one descriptor each: what a node kind's children and watches are (NODE_KINDS), what a group
// shows (GROUPS), and for each Kubernetes resource type: its folder (group, icon, watches), the actions its menus
// may offer (`can-<action>` in the context value, see contextValue.ts), its state, its folder items and its children
// (OBJECT_KINDS). Adding a resource type to the tree = one entry in OBJECT_KINDS (plus its texts in ../text).
// Functions are wrapped in arrows: the builders they call import this module back (read at call time only).
import type { ObjectState } from '../../../../core/cluster/explainWorkload';
import { cronJobState, daemonSetState, deploymentState, jobState, replicaSetState, statefulSetState } from '../../../../core/cluster/explainWorkload';
import type { WatchKey } from '../../../../core/cluster/watchHub';
import type { ResourceId } from '../../../../core/cluster/watchResources';
import type { K8sObject } from '../../../../core/cluster/types';
import type { DataView, IngressView, PodView, PvcView, ServiceView, WorkloadView } from '../../../../core/cluster/watchTypes';
import { dataChildren, dataNode, pvcNode } from './configStorage';
import type { Action } from './contextValue';
import { eventItems } from './events';
import { ingressChildren, ingressNode, serviceChildren, serviceNode } from './network';
import { canWatch, clusterNeeds, folderNodes, gate, groupNodes, namespaceNodes, stateNode } from './roots';
import type { FolderId, GroupId, ModelEnv, NodeKind, TreeNode } from './types';
import { containerNodes, cronJobChildren, deploymentChildren, ownedPodNodes, podNode, workloadNode } from './workloads';

export interface GroupKind {
  /** ThemeIcon id. */
  icon: string;
  /** A group that lists one resource type itself (Événements) instead of folders. */
  resource?: ResourceId;
}

/** The groups under a namespace, in display order. Their folders are the OBJECT_KINDS entries with `folder.group`. */
export const GROUPS: Record<GroupId, GroupKind> = {
  workloads: { icon: 'layers' },
  network: { icon: 'globe' },
  config: { icon: 'settings-gear' },
  storage: { icon: 'database' },
  events: { icon: 'bell', resource: 'events' },
};

export interface ObjectKind {
  /** Actions the menus may offer on it when the user's rights allow them. */
  actions: readonly Action[];
  /** Shown as a folder of `group` (folders appear in the order of OBJECT_KINDS); `needs`: the watches of its items. */
  folder?: { group: GroupId; icon: string; needs: readonly ResourceId[] };
  /** Workload state (replicas, conditions) for workload kinds. */
  state?: (w: WorkloadView) => ObjectState;
  /** The items of its folder (already allowed and synced: the folder's gate ran before). */
  items?: (env: ModelEnv, folder: TreeNode, ns: string) => TreeNode[];
  /** Children of one object node of this kind. */
  children?: (env: ModelEnv, node: TreeNode) => TreeNode[];
}

function byName<T extends { metadata: { name: string } }>(a: T, b: T): number {
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}

function sorted<T extends K8sObject>(env: ModelEnv, resource: ResourceId, ns: string): T[] {
  return env.store.items<T>({ resource, namespace: ns }).slice().sort(byName);
}

const workloadItems = (resource: ResourceId) => (env: ModelEnv, folder: TreeNode, ns: string): TreeNode[] =>
  sorted<WorkloadView>(env, resource, ns).map((w) => workloadNode(env, folder.id, resource, w));

export const OBJECT_KINDS: Partial<Record<ResourceId, ObjectKind>> = {
  deployments: {
    actions: ['get', 'events', 'scale', 'patch'],
    folder: { group: 'workloads', icon: 'rocket', needs: ['deployments', 'replicasets', 'pods'] },
    state: (w) => deploymentState(w), items: workloadItems('deployments'), children: (env, n) => deploymentChildren(env, n),
  },
  statefulsets: {
    actions: ['get', 'events', 'scale', 'patch'],
    folder: { group: 'workloads', icon: 'list-ordered', needs: ['statefulsets', 'pods'] },
    state: (w) => statefulSetState(w), items: workloadItems('statefulsets'), children: (env, n) => ownedPodNodes(env, n),
  },
  daemonsets: {
    actions: ['get', 'events', 'patch'],
    folder: { group: 'workloads', icon: 'server-process', needs: ['daemonsets', 'pods'] },
    state: (w) => daemonSetState(w), items: workloadItems('daemonsets'), children: (env, n) => ownedPodNodes(env, n),
  },
  jobs: {
    actions: ['get', 'events'],
    folder: { group: 'workloads', icon: 'run', needs: ['jobs', 'pods'] },
    state: (w) => jobState(w), items: workloadItems('jobs'), children: (env, n) => ownedPodNodes(env, n),
  },
  cronjobs: {
    actions: ['get', 'events'],
    folder: { group: 'workloads', icon: 'watch', needs: ['cronjobs', 'jobs', 'pods'] },
    state: (w) => cronJobState(w), items: workloadItems('cronjobs'), children: (env, n) => cronJobChildren(env, n),
  },
  pods: {
    actions: ['get', 'events', 'logs', 'delete', 'portforward'],
    folder: { group: 'workloads', icon: 'package', needs: ['pods'] },
    items: (env, folder, ns) => sorted<PodView>(env, 'pods', ns).map((p) => podNode(env, folder.id, p)),
    children: (env, n) => containerNodes(env, n),
  },
  services: {
    actions: ['get', 'events', 'portforward'],
    folder: { group: 'network', icon: 'plug', needs: ['services', 'endpointslices'] },
    items: (env, folder, ns) => sorted<ServiceView>(env, 'services', ns).map((s) => serviceNode(env, folder.id, s)),
    children: (env, n) => serviceChildren(env, n),
  },
  ingresses: {
    actions: ['get', 'events'],
    folder: { group: 'network', icon: 'link-external', needs: ['ingresses'] },
    items: (env, folder, ns) => sorted<IngressView>(env, 'ingresses', ns).map((s) => ingressNode(env, folder.id, s)),
    children: (env, n) => ingressChildren(env, n),
  },
  configmaps: {
    actions: ['get', 'events'],
    folder: { group: 'config', icon: 'settings', needs: ['configmaps'] },
    items: (env, folder, ns) => sorted<DataView>(env, 'configmaps', ns).map((s) => dataNode(env, folder.id, 'configmaps', s)),
    children: (env, n) => dataChildren(env, n),
  },
  secrets: {
    actions: ['events'],
    folder: { group: 'config', icon: 'lock', needs: ['secrets'] },
    items: (env, folder, ns) => sorted<DataView>(env, 'secrets', ns).map((s) => dataNode(env, folder.id, 'secrets', s)),
    children: (env, n) => dataChildren(env, n),
  },
  persistentvolumeclaims: {
    actions: ['get', 'events'],
    folder: { group: 'storage', icon: 'save', needs: ['persistentvolumeclaims'] },
    items: (env, folder, ns) => sorted<PvcView>(env, 'persistentvolumeclaims', ns).map((s) => pvcNode(env, folder.id, s)),
  },
  replicasets: {
    actions: ['get', 'events'],
    state: (w) => replicaSetState(w), children: (env, n) => ownedPodNodes(env, n),
  },
  events: { actions: ['get'] },
};

/** The folders of a group, in display order. */
export function foldersOf(group: GroupId): FolderId[] {
  return (Object.entries(OBJECT_KINDS) as [FolderId, ObjectKind][]).filter(([, k]) => k.folder?.group === group).map(([id]) => id);
}

export interface NodeKindSpec {
  children?: (env: ModelEnv, node: TreeNode) => TreeNode[];
  /** Watches needed while the node is expanded (before the rights filter). */
  needs?: (env: ModelEnv, node: TreeNode) => WatchKey[];
}

const empty = (env: ModelEnv, node: TreeNode, key: 'state.empty' | 'state.emptyEvents'): TreeNode =>
  stateNode(node.id, 'empty', env.t(key), { icon: { id: 'circle-slash', color: 'disabledForeground' } });

/** Children of a group or folder listing one resource type: the gate's state items, then the items or « empty ». */
function listing(env: ModelEnv, node: TreeNode, resource: ResourceId, items: (ns: string) => TreeNode[], emptyKey: 'state.empty' | 'state.emptyEvents'): TreeNode[] {
  const ns = node.namespace ?? env.connection.namespace;
  const { head, stop } = gate(env, node, resource, ns);
  if (stop) return head;
  const list = items(ns);
  return [...head, ...(list.length ? list : [empty(env, node, emptyKey)])];
}

const nsKeys = (env: ModelEnv, node: TreeNode, ids: readonly ResourceId[]): WatchKey[] => {
  const ns = node.namespace ?? env.connection.namespace;
  return ids.filter((r) => canWatch(env, r, ns)).map((resource) => ({ resource, namespace: ns }));
};

export const NODE_KINDS: Record<NodeKind, NodeKindSpec> = {
  cluster: { children: (env, n) => namespaceNodes(env, n), needs: (env) => clusterNeeds(env) },
  namespace: { children: (env, n) => groupNodes(env, n) },
  group: {
    children: (env, n) => {
      const resource = n.group && GROUPS[n.group].resource;
      if (!resource) return folderNodes(env, n);
      return listing(env, n, resource, () => eventItems(env, n), 'state.emptyEvents');
    },
    needs: (env, n) => {
      const resource = n.group && GROUPS[n.group].resource;
      return resource ? nsKeys(env, n, [resource]) : [];
    },
  },
  folder: {
    children: (env, n) => {
      const kind = n.folder && OBJECT_KINDS[n.folder];
      if (!n.folder || !kind?.items) return [];
      const items = kind.items;
      return listing(env, n, n.folder, (ns) => items(env, n, ns), 'state.empty');
    },
    needs: (env, n) => (n.folder ? nsKeys(env, n, OBJECT_KINDS[n.folder]?.folder?.needs ?? []) : []),
  },
  object: { children: (env, n) => (n.ref && OBJECT_KINDS[n.ref.resource]?.children?.(env, n)) || [] },
  container: {},
  endpoint: {},
  url: {},
  dataKey: {},
  event: {},
  state: {},
};
