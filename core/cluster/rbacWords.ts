// Words for RBAC explanations: resource names as the courses write them, verbs as actions, and the built-in
// role that would allow an action (Kubernetes' default ClusterRoles view < edit < admin < cluster-admin).
import type { Lang } from '../i18n';
import { ce, type ClusterErrorKey } from '../i18n/clusterErrors';

export type { Lang } from '../i18n';

const KINDS: Record<string, string> = {
  pods: 'Pods', services: 'Services', configmaps: 'ConfigMaps', secrets: 'Secrets', deployments: 'Deployments',
  replicasets: 'ReplicaSets', statefulsets: 'StatefulSets', daemonsets: 'DaemonSets', jobs: 'Jobs', cronjobs: 'CronJobs',
  ingresses: 'Ingress', persistentvolumeclaims: 'PersistentVolumeClaims', persistentvolumes: 'PersistentVolumes',
  namespaces: 'Namespaces', events: 'Events', serviceaccounts: 'ServiceAccounts', roles: 'Roles', rolebindings: 'RoleBindings',
  clusterroles: 'ClusterRoles', clusterrolebindings: 'ClusterRoleBindings', nodes: 'Nodes', endpoints: 'Endpoints',
  endpointslices: 'EndpointSlices', horizontalpodautoscalers: 'HorizontalPodAutoscalers', networkpolicies: 'NetworkPolicies',
  resourcequotas: 'ResourceQuotas', limitranges: 'LimitRanges', customresourcedefinitions: 'CustomResourceDefinitions',
  storageclasses: 'StorageClasses', poddisruptionbudgets: 'PodDisruptionBudgets', controllerrevisions: 'ControllerRevisions',
};

/** Resources that only exist at cluster scope (a namespaced Role can never grant them). */
const CLUSTER_SCOPED = new Set(['namespaces', 'nodes', 'persistentvolumes', 'clusterroles', 'clusterrolebindings',
  'customresourcedefinitions', 'storageclasses', 'priorityclasses', 'ingressclasses', 'validatingwebhookconfigurations',
  'mutatingwebhookconfigurations', 'apiservices', 'certificatesigningrequests', 'runtimeclasses']);

/** `deployments` → `Deployments`, `pods/log` → `Pods (log)`; unknown plurals are kept as written. */
export function kindLabel(resource: string, _lang: Lang = 'fr'): string {
  const [base, sub] = resource.split('/');
  const label = KINDS[base] ?? base;
  return sub ? `${label} (${sub})` : label;
}

const VERBS = new Set(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'escalate', 'bind', 'impersonate']);

/** « créer des Deployments », « lire les journaux des Pods », « list Pods ». */
export function verbPhrase(verb: string, resource: string, lang: Lang = 'fr'): string {
  switch (resource) {
    case 'pods/log': return ce(lang, 'action.podLogs');
    case 'pods/exec': return ce(lang, 'action.podExec');
    case 'pods/portforward': return ce(lang, 'action.podPortForward');
    case 'pods/attach': return ce(lang, 'action.podAttach');
    default: break;
  }
  if (resource.endsWith('/scale')) return ce(lang, 'action.scale', { kind: kindLabel(resource.split('/')[0], lang) });
  const kind = kindLabel(resource, lang);
  const v = VERBS.has(verb) ? ce(lang, `verb.${verb}` as ClusterErrorKey) : verb;
  // server-side apply asks for `patch` even to create: « créer ou modifier des Deployments »
  return ce(lang, verb === 'create' || verb === 'patch' ? 'action.createOrPatch' : 'action', { verb: v, kind });
}

export interface RequiredRoles {
  /** Built-in roles that allow the action, weakest first. */
  roles: string[];
  /** True when no namespaced role can grant it (cluster-scoped resource, or a cluster-wide request). */
  clusterWide: boolean;
}

const READ_VERBS = new Set(['get', 'list', 'watch']);

/** The weakest built-in role(s) allowing `verb` on `resource`. `namespaced` is false for cluster-scope requests. */
export function requiredRoles(verb: string, resource: string, namespaced: boolean): RequiredRoles {
  const base = resource.split('/')[0];
  if (CLUSTER_SCOPED.has(base) || !namespaced) return { roles: ['cluster-admin'], clusterWide: true };
  if (base === 'roles' || base === 'rolebindings') return { roles: ['admin'], clusterWide: false };
  if (base === 'resourcequotas' || base === 'limitranges') {
    return READ_VERBS.has(verb) ? { roles: ['view', 'edit', 'admin'], clusterWide: false } : { roles: ['cluster-admin'], clusterWide: true };
  }
  // `view` deliberately cannot read Secrets (nor exec/port-forward): `edit` is needed.
  if (READ_VERBS.has(verb) && base !== 'secrets' && !['pods/exec', 'pods/attach', 'pods/portforward'].includes(resource)) {
    return { roles: ['view', 'edit', 'admin'], clusterWide: false };
  }
  return { roles: ['edit', 'admin'], clusterWide: false };
}
