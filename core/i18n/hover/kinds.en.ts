// Hover on `kind` / `apiVersion` (English): the object in two sentences and its documentation page.
import type { KindDoc } from './types';

const EN = 'https://kubernetes.io/docs/';
const k = (texte: string, path: string): KindDoc => ({ texte, url: `${EN}${path}`, fr: false });

export const kindsEn: Record<string, KindDoc> = {
  Pod: k('A Pod is the smallest unit Kubernetes deploys: one or more containers sharing an IP address and volumes. A bare Pod is not recreated when it disappears: let a Deployment, Job or StatefulSet manage it.', 'concepts/workloads/pods/'),
  Deployment: k('A Deployment keeps the desired number of identical Pods (replicas) running from a template and recreates them when they disappear. It performs rolling updates and rollbacks through ReplicaSets.', 'concepts/workloads/controllers/deployment/'),
  ReplicaSet: k('A ReplicaSet keeps a given number of Pods matching its selector running. You rarely use it directly: Deployments manage ReplicaSets for you.', 'concepts/workloads/controllers/replicaset/'),
  StatefulSet: k('A StatefulSet manages Pods with a stable identity: ordered names (web-0, web-1…), DNS names and their own persistent volume. Use it for databases and stateful applications.', 'concepts/workloads/controllers/statefulset/'),
  DaemonSet: k('A DaemonSet runs one copy of a Pod on every (selected) node and adds one when a node joins. Use it for log, monitoring or network agents.', 'concepts/workloads/controllers/daemonset/'),
  Job: k('A Job runs a one-off task to completion, retrying failed Pods up to backoffLimit. Its Pods must use restartPolicy Never or OnFailure.', 'concepts/workloads/controllers/job/'),
  CronJob: k('A CronJob creates a Job on a schedule written as a cron expression. Use it for backups, reports or periodic batch work.', 'concepts/workloads/controllers/cron-jobs/'),
  Service: k('A Service gives a stable IP address and DNS name to a set of Pods chosen by their labels, and load-balances traffic between them. Other Pods reach it by name (http://<service>:<port>).', 'concepts/services-networking/service/'),
  Ingress: k('An Ingress routes external HTTP(S) traffic to Services by host name and URL path. It does nothing without an Ingress controller (e.g. ingress-nginx) in the cluster.', 'concepts/services-networking/ingress/'),
  IngressClass: k('An IngressClass names an Ingress controller installed in the cluster. An Ingress picks it with spec.ingressClassName.', 'concepts/services-networking/ingress/'),
  NetworkPolicy: k('A NetworkPolicy restricts network traffic to or from Pods selected by labels. Pods are not isolated by default, and policies only work if the network plugin enforces them.', 'concepts/services-networking/network-policies/'),
  ConfigMap: k('A ConfigMap stores non-sensitive configuration as key–value pairs. Pods read it as environment variables or mounted files.', 'concepts/configuration/configmap/'),
  Secret: k('A Secret stores sensitive data (passwords, tokens, certificates) for Pods. Values are only base64-encoded, which is not encryption: restrict who can read them and do not commit this file.', 'concepts/configuration/secret/'),
  PersistentVolumeClaim: k('A PersistentVolumeClaim (PVC) requests persistent storage of a given size and access mode; Kubernetes binds it to a PersistentVolume. Data outlives the Pods that mount it.', 'concepts/storage/persistent-volumes/'),
  PersistentVolume: k('A PersistentVolume is a piece of cluster storage, provisioned by an administrator or dynamically by a StorageClass. A PersistentVolumeClaim reserves it.', 'concepts/storage/persistent-volumes/'),
  StorageClass: k('A StorageClass describes a kind of storage and provisions PersistentVolumes on demand. A PVC picks it with storageClassName.', 'concepts/storage/storage-classes/'),
  Namespace: k('A Namespace is a virtual cluster: it scopes resource names, permissions and quotas. kube-system holds the cluster components: leave it alone.', 'concepts/overview/working-with-objects/namespaces/'),
  ServiceAccount: k('A ServiceAccount is the identity of a Pod towards the Kubernetes API. Its permissions come from Roles bound to it by RoleBindings.', 'concepts/security/service-accounts/'),
  Role: k('A Role lists permissions (verbs on resource types) within one namespace. It does nothing until a RoleBinding grants it.', 'reference/access-authn-authz/rbac/'),
  ClusterRole: k('A ClusterRole lists permissions valid cluster-wide or reusable in every namespace. ClusterRoleBindings or RoleBindings grant it.', 'reference/access-authn-authz/rbac/'),
  RoleBinding: k('A RoleBinding grants a Role (or ClusterRole) to users, groups or ServiceAccounts in its namespace. Its roleRef cannot change after creation.', 'reference/access-authn-authz/rbac/'),
  ClusterRoleBinding: k('A ClusterRoleBinding grants a ClusterRole cluster-wide. Keep it for administrators.', 'reference/access-authn-authz/rbac/'),
  HorizontalPodAutoscaler: k('A HorizontalPodAutoscaler adjusts the replicas of a Deployment from a metric (CPU, memory…). It needs metrics-server and container requests.', 'tasks/run-application/horizontal-pod-autoscale/'),
  ResourceQuota: k('A ResourceQuota caps what a namespace may consume: CPU, memory, object counts. Pods that would exceed it are rejected.', 'concepts/policy/resource-quotas/'),
  LimitRange: k('A LimitRange sets default, minimum and maximum requests and limits for containers in a namespace.', 'concepts/policy/limit-range/'),
  PodDisruptionBudget: k('A PodDisruptionBudget keeps a minimum number of Pods available during voluntary disruptions (node drains, upgrades).', 'concepts/workloads/pods/disruptions/'),
  Node: k('A Node is a machine of the cluster that runs Pods through the kubelet. Administrators manage nodes, not application manifests.', 'concepts/architecture/nodes/'),
  EndpointSlice: k('An EndpointSlice lists the addresses of the Pods behind a Service. Kubernetes maintains it from the Service selector.', 'concepts/services-networking/endpoint-slices/'),
  CustomResourceDefinition: k('A CustomResourceDefinition (CRD) adds a new resource type, with its schema, to the Kubernetes API. Operators (cert-manager, Argo CD…) use CRDs for their own objects.', 'concepts/extend-kubernetes/api-extension/custom-resources/'),
};
