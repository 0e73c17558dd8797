// Facts about built-in kinds that the index needs: which ones are cluster-scoped, where the pod template is.

const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'IngressClass', 'PriorityClass', 'RuntimeClass', 'APIService', 'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'CSIDriver', 'CSINode',
  'VolumeAttachment', 'PodSecurityPolicy', 'CertificateSigningRequest', 'ComponentStatus', 'FlowSchema',
  'PriorityLevelConfiguration', 'InitializerConfiguration', 'ClusterIssuer', 'VolumeSnapshotClass', 'ClusterTrustBundle',
  'DeviceClass', 'StorageVersionMigration', 'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding',
]);

export function isClusterScoped(kind: string | undefined): boolean {
  return kind !== undefined && CLUSTER_SCOPED.has(kind);
}

/** Groups whose objects are not Kubernetes API objects although they look like them. */
const TOOLING_GROUPS = [/^kustomize\.config\.k8s\.io$/, /^skaffold$/, /^kind\.x-k8s\.io$/, /^kubeadm\.k8s\.io$/,
  /^kubelet\.config\.k8s\.io$/, /^kubeproxy\.config\.k8s\.io$/, /^apiserver\.config\.k8s\.io$/, /^k3d\.io$/,
  /^ctlptl\.dev$/, /^kubeapprenti\.dev$/, /^kube-apprenti/, /^config\.kubernetes\.io$/, /^builtin$/];

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function isKubernetesObject(apiVersion: string | undefined, kind: string | undefined): boolean {
  if (!apiVersion || !kind) return false;
  const group = groupOf(apiVersion);
  if (TOOLING_GROUPS.some((re) => re.test(group))) return false;
  if (group === '' && kind === 'Config') return false; // kubeconfig
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(kind)) return false;
  return true;
}

/** Built-in workload kinds and the path of their pod template. */
export const POD_TEMPLATE_PATHS: Record<string, string> = {
  Pod: '',
  Deployment: 'spec.template',
  ReplicaSet: 'spec.template',
  StatefulSet: 'spec.template',
  DaemonSet: 'spec.template',
  Job: 'spec.template',
  ReplicationController: 'spec.template',
  CronJob: 'spec.jobTemplate.spec.template',
  PodTemplate: 'template',
};

/** Kinds whose `spec.selector` must select their own template (apps/v1 and batch). */
export const SELECTOR_WORKLOADS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job']);
