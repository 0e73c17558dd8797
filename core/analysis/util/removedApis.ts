// apiVersions that Kubernetes no longer serves, per kind, with the version that removed them and the
// replacement (from the Kubernetes deprecated API migration guide); and the pairs it never served (`batch/v1beta1`
// Job, `apps/v1beta1` DaemonSet, `extensions/v1beta1` StatefulSet, `apps/v2`…): a version of a built-in group that
// the schemas do not know, for a kind they serve elsewhere.
import { kubernetesAtLeast } from '../schema/catalog';
import { splitApiVersion, type K8sSchemas } from '../schema/k8sSchemas';

export interface RemovedApi {
  /** Version that removed it ('1.25'); undefined when this apiVersion never served this kind (`unserved`). */
  removedIn?: string;
  /** Replacement apiVersion, or undefined when the kind itself is gone. */
  replacement?: string;
  /** Message variant with a migration note (catalogue `KA038.<note>`). */
  note?: 'ingress' | 'selector' | 'psp' | 'initializer' | 'hpa' | 'unserved';
}

const T: Array<[string, string[], RemovedApi]> = [
  ['extensions/v1beta1', ['Deployment', 'DaemonSet', 'ReplicaSet'], { removedIn: '1.16', replacement: 'apps/v1', note: 'selector' }],
  ['apps/v1beta1', ['Deployment', 'StatefulSet', 'ReplicaSet', 'ControllerRevision'], { removedIn: '1.16', replacement: 'apps/v1', note: 'selector' }],
  ['apps/v1beta2', ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ControllerRevision'], { removedIn: '1.16', replacement: 'apps/v1', note: 'selector' }],
  ['extensions/v1beta1', ['NetworkPolicy'], { removedIn: '1.16', replacement: 'networking.k8s.io/v1' }],
  ['extensions/v1beta1', ['PodSecurityPolicy'], { removedIn: '1.16', note: 'psp' }],
  ['extensions/v1beta1', ['Ingress'], { removedIn: '1.22', replacement: 'networking.k8s.io/v1', note: 'ingress' }],
  ['networking.k8s.io/v1beta1', ['Ingress'], { removedIn: '1.22', replacement: 'networking.k8s.io/v1', note: 'ingress' }],
  ['networking.k8s.io/v1beta1', ['IngressClass'], { removedIn: '1.22', replacement: 'networking.k8s.io/v1' }],
  ['admissionregistration.k8s.io/v1beta1', ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], { removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1' }],
  ['admissionregistration.k8s.io/v1alpha1', ['InitializerConfiguration'], { removedIn: '1.14', note: 'initializer' }],
  ['apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], { removedIn: '1.22', replacement: 'apiextensions.k8s.io/v1' }],
  ['apiregistration.k8s.io/v1beta1', ['APIService'], { removedIn: '1.22', replacement: 'apiregistration.k8s.io/v1' }],
  ['authentication.k8s.io/v1beta1', ['TokenReview'], { removedIn: '1.22', replacement: 'authentication.k8s.io/v1' }],
  ['authorization.k8s.io/v1beta1', ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'], { removedIn: '1.22', replacement: 'authorization.k8s.io/v1' }],
  ['certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], { removedIn: '1.22', replacement: 'certificates.k8s.io/v1' }],
  ['coordination.k8s.io/v1beta1', ['Lease'], { removedIn: '1.22', replacement: 'coordination.k8s.io/v1' }],
  ['rbac.authorization.k8s.io/v1beta1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], { removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' }],
  ['rbac.authorization.k8s.io/v1alpha1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], { removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' }],
  ['scheduling.k8s.io/v1beta1', ['PriorityClass'], { removedIn: '1.22', replacement: 'scheduling.k8s.io/v1' }],
  ['scheduling.k8s.io/v1alpha1', ['PriorityClass'], { removedIn: '1.17', replacement: 'scheduling.k8s.io/v1' }],
  ['storage.k8s.io/v1beta1', ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], { removedIn: '1.22', replacement: 'storage.k8s.io/v1' }],
  ['storage.k8s.io/v1beta1', ['CSIStorageCapacity'], { removedIn: '1.27', replacement: 'storage.k8s.io/v1' }],
  ['batch/v1beta1', ['CronJob'], { removedIn: '1.25', replacement: 'batch/v1' }],
  ['batch/v2alpha1', ['CronJob'], { removedIn: '1.21', replacement: 'batch/v1' }],
  ['discovery.k8s.io/v1beta1', ['EndpointSlice'], { removedIn: '1.25', replacement: 'discovery.k8s.io/v1' }],
  ['events.k8s.io/v1beta1', ['Event'], { removedIn: '1.25', replacement: 'events.k8s.io/v1' }],
  ['autoscaling/v2beta1', ['HorizontalPodAutoscaler'], { removedIn: '1.25', replacement: 'autoscaling/v2', note: 'hpa' }],
  ['autoscaling/v2beta2', ['HorizontalPodAutoscaler'], { removedIn: '1.26', replacement: 'autoscaling/v2', note: 'hpa' }],
  ['policy/v1beta1', ['PodDisruptionBudget'], { removedIn: '1.25', replacement: 'policy/v1' }],
  ['policy/v1beta1', ['PodSecurityPolicy'], { removedIn: '1.25', note: 'psp' }],
  ['node.k8s.io/v1beta1', ['RuntimeClass'], { removedIn: '1.25', replacement: 'node.k8s.io/v1' }],
  ['node.k8s.io/v1alpha1', ['RuntimeClass'], { removedIn: '1.20', replacement: 'node.k8s.io/v1' }],
  ['settings.k8s.io/v1alpha1', ['PodPreset'], { removedIn: '1.20' }],
  ['flowcontrol.apiserver.k8s.io/v1beta1', ['FlowSchema', 'PriorityLevelConfiguration'], { removedIn: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1' }],
  ['flowcontrol.apiserver.k8s.io/v1beta2', ['FlowSchema', 'PriorityLevelConfiguration'], { removedIn: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1' }],
  ['flowcontrol.apiserver.k8s.io/v1beta3', ['FlowSchema', 'PriorityLevelConfiguration'], { removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' }],
];

const TABLE = new Map<string, RemovedApi>();
for (const [apiVersion, kinds, info] of T) for (const k of kinds) TABLE.set(`${apiVersion}|${k}`, info);

/** Groups of the table that the current API no longer has at all (extensions, settings.k8s.io). */
const TABLE_GROUPS = new Set(T.map(([apiVersion]) => splitApiVersion(apiVersion).group));

/**
 * Why Kubernetes (the targeted version, `kubeApprenti.versionKubernetes`) refuses this apiVersion for this kind:
 * removed (the table, when the targeted version is at or after the removal), or never served (a group-version of a
 * built-in group that the schemas do not serve, for a kind served elsewhere: the replacement is the kind's
 * preferred version, in the same group when there is one). Undefined when it is served, or for custom resources.
 */
export function removedApi(apiVersion: string, kind: string, schemas: K8sSchemas): RemovedApi | undefined {
  const known = TABLE.get(`${apiVersion}|${kind}`);
  if (known) return known.removedIn && kubernetesAtLeast(Number(known.removedIn.split('.')[1])) ? known : undefined;
  const { group } = splitApiVersion(apiVersion);
  if (!schemas.isBuiltinGroup(group) && !TABLE_GROUPS.has(group)) return undefined;
  const served = schemas.apiVersionsOf(kind);
  if (!served.length || served.includes(apiVersion)) return undefined;
  const sameGroup = served.find((gv) => splitApiVersion(gv).group === group);
  // A served group-version (networking.k8s.io/v1beta1 serves IPAddress) for a kind of another group: the schema's KA042.
  if (schemas.hasApiVersion(apiVersion) && !sameGroup) return undefined;
  return { replacement: sameGroup ?? served[0], note: 'unserved' };
}
