// The live half of the map: the namespace's objects from the watch hub (the tree's caches, one watch per type), plus
// the kinds the hub does not watch (NetworkPolicy, PDB, HPA, ServiceAccount, Role, RoleBinding, PV, StorageClass),
// listed once per refresh through the gateway. No vscode import.
import type { ClusterGateway } from '../cluster/gateway';
import type { K8sList } from '../cluster/types';
import type { WatchHub, WatchKey } from '../cluster/watchHub';
import { RESOURCES, type ResourceId } from '../cluster/watchResources';
import type { KObject } from './types';

/** Resource types the map keeps watched while it is open. */
export const MAP_WATCHED: readonly ResourceId[] = [
  'ingresses', 'services', 'deployments', 'statefulsets', 'daemonsets', 'replicasets', 'jobs', 'cronjobs', 'pods',
  'configmaps', 'secrets', 'persistentvolumeclaims',
];

const EXTRA: { kind: string; path: (ns: string) => string }[] = [
  { kind: 'NetworkPolicy', path: (ns) => `/apis/networking.k8s.io/v1/namespaces/${ns}/networkpolicies` },
  { kind: 'PodDisruptionBudget', path: (ns) => `/apis/policy/v1/namespaces/${ns}/poddisruptionbudgets` },
  { kind: 'HorizontalPodAutoscaler', path: (ns) => `/apis/autoscaling/v2/namespaces/${ns}/horizontalpodautoscalers` },
  { kind: 'ServiceAccount', path: (ns) => `/api/v1/namespaces/${ns}/serviceaccounts` },
  { kind: 'Role', path: (ns) => `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/roles` },
  { kind: 'RoleBinding', path: (ns) => `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings` },
  { kind: 'PersistentVolume', path: () => '/api/v1/persistentvolumes' },
  { kind: 'StorageClass', path: () => '/apis/storage.k8s.io/v1/storageclasses' },
];

export interface LiveRead {
  objects: KObject[];
  /** Kinds whose list is known (a missing object of these kinds is a broken link). */
  kinds: string[];
  /** Kinds that could not be read (forbidden, not served…). */
  unread: string[];
}

/** Secret values are never kept: the map only needs the keys. */
function blankSecret(o: KObject): KObject {
  const keys = (m: unknown) => Object.fromEntries(Object.keys((m as Record<string, string>) ?? {}).map((k) => [k, '']));
  return { ...o, data: keys(o.data), ...(o.stringData ? { stringData: keys(o.stringData) } : {}) };
}

const stamp = (items: KObject[], kind: string): KObject[] => items.map((o) => (o.kind ? o : { ...o, kind }));

/** What the hub holds for the namespace (the informers must have been asked for with `hub.want`). */
export function hubObjects(hub: Pick<WatchHub, 'items' | 'status'>, namespace: string): LiveRead {
  const out: LiveRead = { objects: [], kinds: [], unread: [] };
  for (const id of MAP_WATCHED) {
    const key: WatchKey = { resource: id, namespace };
    const kind = RESOURCES[id].kind;
    const items = stamp(hub.items(key) as unknown as KObject[], kind);
    out.objects.push(...(id === 'secrets' ? items.map(blankSecret) : items));
    const st = hub.status(key);
    if (st?.hasSynced) out.kinds.push(kind);
    else if (st?.state === 'error') out.unread.push(kind);
  }
  return out;
}

export function mapWatchKeys(namespace: string): WatchKey[] {
  return MAP_WATCHED.map((resource) => ({ resource, namespace }));
}

/** The kinds the hub does not watch, one list each, in parallel; a refused list is reported, never thrown. */
export async function readExtras(gw: Pick<ClusterGateway, 'request'>, namespace: string): Promise<LiveRead> {
  const out: LiveRead = { objects: [], kinds: [], unread: [] };
  const ns = encodeURIComponent(namespace);
  await Promise.all(EXTRA.map(async (x) => {
    try {
      const body = (await gw.request<K8sList>({ method: 'GET', path: x.path(ns), query: { limit: 1000 }, timeoutMs: 15_000 })).body;
      out.objects.push(...stamp(body.items as unknown as KObject[], x.kind));
      out.kinds.push(x.kind);
    } catch {
      out.unread.push(x.kind);
    }
  }));
  return out;
}
