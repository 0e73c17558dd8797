// Hover on `kind` / `apiVersion` (English, pair of kinds.fr.ts): the object in two sentences and its
// documentation page.
import type { KindDoc } from './types';

const EN = 'https://kubernetes.io/docs/';
const k = (texte: string, path: string): KindDoc => ({ texte, url: `${EN}${path}`, fr: false });

export const kindsEn: Record<string, KindDoc> = {
  Pod: k(
    'A Pod is the smallest unit Kubernetes deploys: one or more containers that share an IP address and volumes. A bare Pod is not recreated when it disappears: let a Deployment, a Job or a StatefulSet manage it.',
    'concepts/workloads/pods/',
  ),
  Deployment: k(
    'A Deployment keeps the desired number of identical Pods (the replicas) running from a template, and recreates them when they disappear (self-healing). It performs rolling updates and rollbacks through ReplicaSets.',
    'concepts/workloads/controllers/deployment/',
  ),
  ReplicaSet: k(
    'A ReplicaSet makes sure that a given number of Pods matching its selector is running at all times. You rarely use it directly: a Deployment creates and replaces its ReplicaSets for you.',
    'concepts/workloads/controllers/replicaset/',
  ),
  StatefulSet: k(
    'A StatefulSet manages Pods that each have a stable identity: an ordered name (`web-0`, `web-1`…), a DNS name and their own persistent volume. Use it for databases and stateful applications.',
    'concepts/workloads/controllers/statefulset/',
  ),
  DaemonSet: k(
    'A DaemonSet runs one copy of a Pod on every node (or on every chosen node), and adds one when a node joins the cluster. Use it for log, monitoring or network agents.',
    'concepts/workloads/controllers/daemonset/',
  ),
  Job: k(
    'A Job runs a one-off task until it succeeds: it creates Pods and retries failed ones, up to `backoffLimit`. Its Pods must have `restartPolicy: Never` or `OnFailure`.',
    'concepts/workloads/controllers/job/',
  ),
  CronJob: k(
    'A CronJob creates a Job at regular intervals, following a cron expression (`schedule`). Use it for backups, reports or periodic batch processing.',
    'concepts/workloads/controllers/cron-jobs/',
  ),
  Service: k(
    'A Service gives a stable IP address and DNS name to a set of Pods chosen by their labels (its selector), and spreads traffic between them. Other Pods reach it by its name (`http://<service>:<port>`).',
    'concepts/services-networking/service/',
  ),
  Ingress: k(
    'An Ingress routes HTTP(S) traffic coming from outside to Services, by host name and URL path. It does nothing without an Ingress controller (for example ingress-nginx) installed in the cluster.',
    'concepts/services-networking/ingress/',
  ),
  IngressClass: k(
    'An IngressClass names an Ingress controller installed in the cluster. An Ingress picks it with `spec.ingressClassName`.',
    'concepts/services-networking/ingress/',
  ),
  NetworkPolicy: k(
    'A NetworkPolicy restricts network traffic to or from Pods chosen by their labels. Pods are not isolated by default, and these rules only take effect if the network plugin enforces them.',
    'concepts/services-networking/network-policies/',
  ),
  ConfigMap: k(
    'A ConfigMap stores the **non-sensitive** configuration of an application, as key–value pairs. Pods read it as environment variables or as mounted files.',
    'concepts/configuration/configmap/',
  ),
  Secret: k(
    'A Secret stores sensitive data (passwords, tokens, certificates) that Pods read as variables or files. The values are only base64-encoded, which is not encryption: restrict who can read them and do not commit this file.',
    'concepts/configuration/secret/',
  ),
  PersistentVolumeClaim: k(
    'A PersistentVolumeClaim (PVC) requests persistent storage of a given size and access mode; Kubernetes binds it to a PersistentVolume. A Pod mounts it as a volume, and the data outlives the Pod.',
    'concepts/storage/persistent-volumes/',
  ),
  PersistentVolume: k(
    'A PersistentVolume (PV) is a piece of cluster storage, created by an administrator or automatically by a StorageClass. It is bound (`Bound`) to a single PersistentVolumeClaim.',
    'concepts/storage/persistent-volumes/',
  ),
  StorageClass: k(
    'A StorageClass describes a kind of storage (fast disk, network…) and can create PersistentVolumes on demand. A PVC picks it with `storageClassName`.',
    'concepts/storage/storage-classes/',
  ),
  Namespace: k(
    'A Namespace is a “virtual cluster”: it scopes resource names and is the boundary for permissions and quotas. `kube-system` holds the cluster components: leave it alone.',
    'concepts/overview/working-with-objects/namespaces/',
  ),
  ServiceAccount: k(
    'A ServiceAccount is the identity of a Pod towards the Kubernetes API. Its permissions come from the Roles (or ClusterRoles) granted to it by RoleBindings (or ClusterRoleBindings).',
    'concepts/security/service-accounts/',
  ),
  Role: k(
    'A Role lists permissions (verbs on resource types) within a single namespace. It does nothing on its own: a RoleBinding grants it to a user or a ServiceAccount.',
    'reference/access-authn-authz/rbac/',
  ),
  ClusterRole: k(
    'A ClusterRole lists permissions valid across the whole cluster, or reusable in every namespace. It is granted by a ClusterRoleBinding or a RoleBinding.',
    'reference/access-authn-authz/rbac/',
  ),
  RoleBinding: k(
    'A RoleBinding grants a Role (or a ClusterRole) to users, groups or ServiceAccounts, within its namespace. Its `roleRef` cannot be changed after creation.',
    'reference/access-authn-authz/rbac/',
  ),
  ClusterRoleBinding: k(
    'A ClusterRoleBinding grants a ClusterRole across the whole cluster. Keep it for administrators.',
    'reference/access-authn-authz/rbac/',
  ),
  HorizontalPodAutoscaler: k(
    'A HorizontalPodAutoscaler automatically adjusts the number of replicas of a Deployment (or a StatefulSet) from a metric (CPU, memory…). It needs metrics-server and the containers’ requests.',
    'tasks/run-application/horizontal-pod-autoscale/',
  ),
  ResourceQuota: k(
    'A ResourceQuota caps what a namespace may consume: CPU, memory, number of objects. A Pod that would exceed the quota is rejected.',
    'concepts/policy/resource-quotas/',
  ),
  LimitRange: k(
    'A LimitRange sets, in a namespace, the default, minimum and maximum requests and limits of containers. It applies to the Pods created after it.',
    'concepts/policy/limit-range/',
  ),
  PodDisruptionBudget: k(
    'A PodDisruptionBudget ensures that a minimum number of Pods stays available during voluntary operations (draining a node, upgrading the cluster).',
    'concepts/workloads/pods/disruptions/',
  ),
  Node: k(
    'A Node is a machine of the cluster that runs Pods, through the kubelet. Nodes are managed by administrators, not by an application’s manifests.',
    'concepts/architecture/nodes/',
  ),
  EndpointSlice: k(
    'An EndpointSlice lists the addresses of the Pods behind a Service. Kubernetes creates and updates it itself from the Service’s selector.',
    'concepts/services-networking/endpoint-slices/',
  ),
  CustomResourceDefinition: k(
    'A CustomResourceDefinition (CRD) adds a new resource type, with its schema, to the Kubernetes API. Operators (cert-manager, Argo CD…) use it for their own objects.',
    'concepts/extend-kubernetes/api-extension/custom-resources/',
  ),
};
