// Order in which objects are sent: what others depend on first (like Helm's install order).
const RANKS: [number, string[]][] = [
  [0, ['Namespace']],
  [1, ['CustomResourceDefinition']],
  [2, ['PriorityClass', 'StorageClass', 'IngressClass', 'RuntimeClass']],
  [3, ['ResourceQuota', 'LimitRange', 'PodSecurityPolicy', 'PodDisruptionBudget']],
  [4, ['ServiceAccount']],
  [5, ['ClusterRole', 'Role']],
  [6, ['ClusterRoleBinding', 'RoleBinding']],
  [7, ['Secret', 'ConfigMap']],
  [8, ['PersistentVolume']],
  [9, ['PersistentVolumeClaim']],
  [10, ['Service', 'Endpoints', 'EndpointSlice']],
  [11, ['DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet', 'Deployment', 'StatefulSet', 'Job', 'CronJob']],
  [12, ['HorizontalPodAutoscaler', 'VerticalPodAutoscaler']],
  [13, ['Ingress', 'NetworkPolicy', 'Gateway', 'HTTPRoute', 'APIService']],
];
const RANK = new Map<string, number>(RANKS.flatMap(([r, kinds]) => kinds.map((k) => [k, r] as [string, number])));
/** Custom resources and unknown kinds come last. */
export const LAST_RANK = 14;

export function kindRank(kind: string): number {
  return RANK.get(kind) ?? LAST_RANK;
}

/** Stable sort by kind rank (documents of the same rank keep their file order). */
export function sortForApply<T>(items: T[], kindOf: (t: T) => string | undefined): T[] {
  return items
    .map((item, i) => ({ item, i, r: kindRank(kindOf(item) ?? '') }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.item);
}
