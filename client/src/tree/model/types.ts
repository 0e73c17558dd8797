// The cluster tree as plain data: nodes computed from the watch caches, with no vscode import, so the whole tree
// can be built and checked in unit tests and benchmarks. The VS Code adapter (../treeProvider.ts) only converts.
import type { NamespaceAccess } from '../../../../core/cluster/rbac';
import type { InformerStatus } from '../../../../core/cluster/watchCache';
import type { WatchKey } from '../../../../core/cluster/watchHub';
import type { ResourceId } from '../../../../core/cluster/watchResources';
import type { K8sObject, ObjectRef } from '../../../../core/cluster/types';
import type { Lang, TextArgs, TextKey } from '../../../../core/i18n/tree';

export type NodeKind = 'cluster' | 'namespace' | 'group' | 'folder' | 'object' | 'container' | 'endpoint' | 'url' | 'dataKey' | 'event' | 'state';
export type GroupId = 'workloads' | 'network' | 'config' | 'storage' | 'events';
export type FolderId = 'deployments' | 'statefulsets' | 'daemonsets' | 'jobs' | 'cronjobs' | 'pods' | 'services' | 'ingresses' | 'configmaps' | 'secrets' | 'persistentvolumeclaims';

/** A tree item's object: the one object reference, with its watched resource type and uid. */
export type ObjRef = ObjectRef & { resource: ResourceId; uid?: string };

export interface ManifestLocation {
  /** File URI (string) of the workspace manifest. */
  uri: string;
  /** Path relative to the workspace, for display. */
  label: string;
  /** 0-based line of the document's start. */
  line: number;
}

export type Collapsible = 'none' | 'collapsed' | 'expanded';

export interface TreeNode {
  /** Unique and stable across refreshes (VS Code keeps expansion and selection by id). */
  id: string;
  kind: NodeKind;
  label: string;
  description?: string;
  /** ThemeIcon id and ThemeColor id. */
  icon?: { id: string; color?: string };
  collapsible: Collapsible;
  /** Space-separated tokens: `ka-pod can-delete can-logs has-manifest…` (menus use `when` clauses on them). */
  contextValue: string;
  /** Markdown, computed only when VS Code asks (hover). */
  tooltip?: () => string;
  ref?: ObjRef;
  namespace?: string;
  group?: GroupId;
  folder?: FolderId;
  container?: string;
  manifest?: ManifestLocation;
  /** Command run when the item is clicked (state items: retry, choose a kubeconfig…). */
  command?: { id: string; title: string; args?: unknown[] };
}

export interface StoreAccess {
  items<T extends K8sObject = K8sObject>(k: WatchKey): T[];
  status(k: WatchKey): InformerStatus | undefined;
  /** Objects of key k whose controller owner has this uid (memoised per store version). */
  ownedBy<T extends K8sObject = K8sObject>(k: WatchKey, ownerUid: string): T[];
}

export interface ConnectionView {
  ok: boolean;
  context: string;
  server: string;
  namespace: string;
  inCluster: boolean;
  /** Why there is no connection (French sentence), when !ok. */
  problem?: string;
}

/** Everything the model reads. Built by the adapter from the live connection, or by tests from recorded objects. */
export interface ModelEnv {
  lang: Lang;
  t(key: TextKey, args?: TextArgs): string;
  connection: ConnectionView;
  /** undefined while unknown (review pending). */
  canListNamespaces: boolean | undefined;
  store: StoreAccess;
  access(namespace: string): NamespaceAccess | undefined;
  isSelf(ref: ObjectRef): boolean;
  manifestFor(kind: string, name: string, namespace: string): ManifestLocation | undefined;
  /** A French sentence for any error (ClusterError or raw), with the role hints of the namespace. */
  describeError(err: unknown, namespace?: string): string;
  now(): number;
}
