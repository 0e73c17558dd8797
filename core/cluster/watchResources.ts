// The resource types the tree watches, declared once: API group/version/plural, kind, scope, kubectl short name.
// Pure module (no vscode, no client-node).

export type ResourceId =
  | 'namespaces' | 'pods' | 'deployments' | 'replicasets' | 'statefulsets' | 'daemonsets' | 'jobs' | 'cronjobs'
  | 'services' | 'endpointslices' | 'ingresses' | 'configmaps' | 'secrets' | 'persistentvolumeclaims' | 'events';

export interface ResourceType {
  id: ResourceId;
  kind: string;
  group: string; // '' for the core group
  version: string;
  namespaced: boolean;
  /** Name used in kubectl commands we show (kubectl get <kubectlName>). */
  kubectlName: string;
}

const r = (id: ResourceId, kind: string, group: string, version: string, namespaced: boolean, kubectlName: string): ResourceType =>
  ({ id, kind, group, version, namespaced, kubectlName });

export const RESOURCES: Record<ResourceId, ResourceType> = {
  namespaces: r('namespaces', 'Namespace', '', 'v1', false, 'namespace'),
  pods: r('pods', 'Pod', '', 'v1', true, 'pod'),
  deployments: r('deployments', 'Deployment', 'apps', 'v1', true, 'deployment'),
  replicasets: r('replicasets', 'ReplicaSet', 'apps', 'v1', true, 'replicaset'),
  statefulsets: r('statefulsets', 'StatefulSet', 'apps', 'v1', true, 'statefulset'),
  daemonsets: r('daemonsets', 'DaemonSet', 'apps', 'v1', true, 'daemonset'),
  jobs: r('jobs', 'Job', 'batch', 'v1', true, 'job'),
  cronjobs: r('cronjobs', 'CronJob', 'batch', 'v1', true, 'cronjob'),
  services: r('services', 'Service', '', 'v1', true, 'service'),
  endpointslices: r('endpointslices', 'EndpointSlice', 'discovery.k8s.io', 'v1', true, 'endpointslice'),
  ingresses: r('ingresses', 'Ingress', 'networking.k8s.io', 'v1', true, 'ingress'),
  configmaps: r('configmaps', 'ConfigMap', '', 'v1', true, 'configmap'),
  secrets: r('secrets', 'Secret', '', 'v1', true, 'secret'),
  persistentvolumeclaims: r('persistentvolumeclaims', 'PersistentVolumeClaim', '', 'v1', true, 'pvc'),
  events: r('events', 'Event', '', 'v1', true, 'event'),
};

export function resourceByKind(kind: string): ResourceType | undefined {
  return Object.values(RESOURCES).find((t) => t.kind === kind);
}

/** API path of a collection: /api/v1/namespaces/ns/pods, /apis/apps/v1/namespaces/ns/deployments, /api/v1/namespaces. */
export function collectionPath(t: ResourceType, namespace?: string): string {
  const base = t.group ? `/apis/${t.group}/${t.version}` : `/api/${t.version}`;
  const ns = t.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  return `${base}${ns}/${t.id}`;
}

/** API path of one object. */
export function objectPath(t: ResourceType, name: string, namespace?: string): string {
  return `${collectionPath(t, namespace)}/${encodeURIComponent(name)}`;
}

export function apiVersionOf(t: ResourceType): string {
  return t.group ? `${t.group}/${t.version}` : t.version;
}
