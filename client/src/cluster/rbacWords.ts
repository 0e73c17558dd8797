// Words for RBAC explanations: resource names as the courses write them, verbs as actions, and the built-in
// role that would allow an action (Kubernetes' default ClusterRoles view < edit < admin < cluster-admin).
import type { Lang } from '../../../core/i18n';

export type { Lang } from '../../../core/i18n';

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

const VERBS: Record<Lang, Record<string, string>> = {
  fr: { get: 'lire', list: 'lister', watch: 'surveiller', create: 'créer', update: 'modifier', patch: 'créer ou modifier',
    delete: 'supprimer', deletecollection: 'supprimer', escalate: 'élever les droits de', bind: 'attribuer', impersonate: 'emprunter l\'identité de' },
  en: { get: 'read', list: 'list', watch: 'watch', create: 'create', update: 'update', patch: 'create or update',
    delete: 'delete', deletecollection: 'delete', escalate: 'escalate', bind: 'bind', impersonate: 'impersonate' },
};

/** « créer des Deployments », « lire les journaux des Pods », « list Pods ». */
export function verbPhrase(verb: string, resource: string, lang: Lang = 'fr'): string {
  const fr = lang === 'fr';
  switch (resource) {
    case 'pods/log': return fr ? 'lire les journaux (logs) des Pods' : 'read Pod logs';
    case 'pods/exec': return fr ? 'exécuter une commande dans des Pods' : 'run commands in Pods';
    case 'pods/portforward': return fr ? 'rediriger un port vers des Pods (port-forward)' : 'port-forward to Pods';
    case 'pods/attach': return fr ? "s'attacher à des Pods" : 'attach to Pods';
    default: break;
  }
  if (resource.endsWith('/scale')) {
    const base = kindLabel(resource.split('/')[0], lang);
    return fr ? `changer le nombre de réplicas des ${base}` : `scale ${base}`;
  }
  const label = kindLabel(resource, lang);
  const v = VERBS[lang][verb] ?? verb;
  if (!fr) return `${v} ${label}`;
  // server-side apply asks for `patch` even to create: « créer ou modifier des Deployments »
  const article = verb === 'create' || verb === 'patch' ? 'des' : 'les';
  return `${v} ${article} ${label}`;
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
