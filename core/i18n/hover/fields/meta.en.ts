// Curated English hovers: metadata, label selectors, RBAC, autoscaling, quotas and limits (pair of meta.fr.ts).
import { AUTOSCALING, CORE, fieldsOf, META, POLICY, RBAC, type FieldDocs } from '../types';

const CERTIFICATES = 'io.k8s.api.certificates.v1';

const selectorLabels = {
  texte: 'Labels the selected objects must carry, **all** of them at once (`key: value` pairs).',
  exemple: 'matchLabels:\n  app: web',
  erreur: 'They must match the pod template labels exactly (case included).',
};

export const metaEn: FieldDocs = {
  ...fieldsOf(`${META}.ObjectMeta`, {
    name: {
      texte: 'Name of the resource, unique for its kind within the namespace. Required. For a Service, this name is also its DNS name (`http://<name>:<port>`).',
      exemple: 'name: my-app',
      erreur: 'Lowercase letters, digits, `-` and `.` only (no `_`, no capitals), starting and ending with a letter or a digit; for a Service, no `.`, a letter first and at most 63 characters. Changing the name creates a new resource instead of modifying the old one.',
    },
    namespace: {
      texte: 'Namespace of the resource: a “virtual cluster” that scopes names. Without this field, the current namespace of `kubectl` is used (or `-n`).',
      exemple: 'namespace: user-student',
      erreur: 'On a platform where you may only use your own namespace, a hard-coded namespace (`default`) makes `kubectl apply` fail (access denied). Leave `kube-system` alone.',
    },
    labels: {
      texte: 'Labels: `key: value` pairs used to group and select objects (`kubectl get pods -l app=web`, Service and Deployment selectors).',
      exemple: 'labels:\n  app: web\n  tier: frontend',
      erreur: 'Values are strings: `version: 1.10` is read as the number 1.1 and rejected: write `"1.10"`. Avoid reusing the same label for two different parts of the application.',
    },
    annotations: {
      texte: 'Annotations: free-form information attached to the object, read by tools (Ingress controller, cert-manager…), not used for selection.',
      exemple: 'annotations:\n  nginx.ingress.kubernetes.io/rewrite-target: /',
      erreur: 'Values are strings: quote `"true"` or `"80"`.',
    },
    generateName: {
      texte: 'Name prefix when Kubernetes generates the name (`kubectl create`): `pi-` gives `pi-x7k2p`.',
      exemple: 'generateName: pi-',
      erreur: 'Works only with `kubectl create`, not with `kubectl apply` (which requires a `name`).',
    },
    ownerReferences: {
      texte: 'Owners of the object (a Pod belongs to a ReplicaSet…): managed by Kubernetes, do not copy it into a manifest.',
      exemple: '# leave out',
    },
    creationTimestamp: {
      texte: 'Creation date, filled in by the API server: do not copy it into a manifest.',
      exemple: '# leave out',
    },
    resourceVersion: {
      texte: 'Internal version of the object, filled in by the API server on every change: do not copy it into a manifest (a `kubectl apply` with a stale version is rejected).',
      exemple: '# leave out',
    },
    uid: {
      texte: 'Unique identifier assigned by the API server at creation: do not copy it into a manifest.',
      exemple: '# leave out',
    },
  }),
  ...fieldsOf(`${META}.LabelSelector`, {
    matchLabels: selectorLabels,
    matchExpressions: {
      texte: 'Richer conditions on labels: `In`, `NotIn`, `Exists`, `DoesNotExist`. They add to `matchLabels` (all must hold).',
      exemple: 'matchExpressions:\n  - key: tier\n    operator: In\n    values: ["frontend", "backend"]',
    },
  }),
  ...fieldsOf(`${META}.LabelSelectorRequirement`, {
    key: { texte: 'Key of the label being tested.', exemple: 'key: tier' },
    operator: {
      texte: '`In` (the value is in the list), `NotIn`, `Exists` (the label is present), `DoesNotExist`.',
      exemple: 'operator: In',
    },
    values: {
      texte: 'Accepted values (with `In` / `NotIn`); empty with `Exists` / `DoesNotExist`.',
      exemple: 'values: ["frontend"]',
    },
  }),
  ...fieldsOf(`${RBAC}.Role`, {
    rules: {
      texte: 'What the role allows: for each API group and resource type, the permitted verbs. A Role only applies in its own namespace and does nothing without a RoleBinding.',
      exemple: 'rules:\n  - apiGroups: [""]\n    resources: ["pods", "services"]\n    verbs: ["get", "list", "watch"]',
    },
  }),
  ...fieldsOf(`${RBAC}.ClusterRole`, {
    rules: {
      texte: 'What the role allows, cluster-wide (with a ClusterRoleBinding) or in one namespace (with a RoleBinding).',
      exemple: 'rules:\n  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list"]',
    },
  }),
  ...fieldsOf(`${RBAC}.PolicyRule`, {
    apiGroups: {
      texte: 'API groups concerned: `""` for the core group (pods, services, configmaps, secrets…), `apps` for Deployments, `batch` for Jobs.',
      exemple: 'apiGroups: [""]',
      erreur: '`apiGroups: []` (an empty list) is rejected by the API server: write `[""]` for the core group.',
    },
    resources: {
      texte: 'Resource types, plural and lowercase (`pods`, `deployments`, `pods/log`).',
      exemple: 'resources: ["pods", "pods/log"]',
      erreur: 'Plural and lowercase: `Pod` or `pod` match nothing.',
    },
    verbs: {
      texte: 'Permitted actions: `get`, `list`, `watch`, `create`, `update`, `patch`, `delete`, `deletecollection`, or `*`.',
      exemple: 'verbs: ["get", "list", "watch"]',
    },
    resourceNames: {
      texte: 'Restricts the rule to these specific objects (by name).',
      exemple: 'resourceNames: ["my-config"]',
    },
  }),
  ...fieldsOf(`${RBAC}.RoleBinding`, {
    roleRef: {
      texte: 'The role granted (a Role of the same namespace or a ClusterRole). It cannot be changed after creation.',
      exemple: 'roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: pod-reader',
    },
    subjects: {
      texte: 'Who receives the role: users, groups or service accounts.',
      exemple: 'subjects:\n  - kind: ServiceAccount\n    name: my-app\n    namespace: default',
    },
  }),
  ...fieldsOf(`${RBAC}.RoleRef`, {
    apiGroup: { texte: 'Always `rbac.authorization.k8s.io`.', exemple: 'apiGroup: rbac.authorization.k8s.io' },
    kind: { texte: '`Role` or `ClusterRole`.', exemple: 'kind: Role' },
    name: {
      texte: 'Name of the Role or ClusterRole granted.',
      exemple: 'name: pod-reader',
      erreur: 'The role must exist (in the same namespace for a Role), otherwise the binding grants nothing.',
    },
  }),
  ...fieldsOf(`${RBAC}.Subject`, {
    kind: { texte: '`User`, `Group` or `ServiceAccount`.', exemple: 'kind: ServiceAccount' },
    name: { texte: 'Name of the user, group or service account.', exemple: 'name: my-app' },
    namespace: {
      texte: 'Namespace of the service account (required for `kind: ServiceAccount`).',
      exemple: 'namespace: default',
    },
    apiGroup: {
      texte: '`rbac.authorization.k8s.io` for `User` and `Group`; empty for `ServiceAccount`.',
      exemple: 'apiGroup: rbac.authorization.k8s.io',
    },
  }),
  ...fieldsOf(`${AUTOSCALING}.HorizontalPodAutoscalerSpec`, {
    scaleTargetRef: {
      texte: 'The object whose replica count is adjusted (usually a Deployment).',
      exemple: 'scaleTargetRef:\n  apiVersion: apps/v1\n  kind: Deployment\n  name: web',
    },
    minReplicas: { texte: 'Minimum number of replicas. Default: 1.', exemple: 'minReplicas: 2' },
    maxReplicas: { texte: 'Maximum number of replicas. Required.', exemple: 'maxReplicas: 10' },
    metrics: {
      texte: 'Metrics to follow, for example the average CPU utilisation relative to the requests.',
      exemple: 'metrics:\n  - type: Resource\n    resource:\n      name: cpu\n      target:\n        type: Utilization\n        averageUtilization: 70',
      erreur: 'Without CPU `requests` in the containers and without metrics-server in the cluster, the autoscaler cannot compute anything.',
    },
  }),
  ...fieldsOf(`${CORE}.ResourceQuotaSpec`, {
    hard: {
      texte: 'Caps for the whole namespace: total requests and limits, number of objects…',
      exemple: 'hard:\n  requests.cpu: "4"\n  requests.memory: 8Gi\n  pods: "20"',
      erreur: 'With a quota on `requests.cpu`, `limits.memory`…, every container must declare the matching request or limit (or get it from a LimitRange), otherwise the Pod is rejected.',
    },
  }),
  ...fieldsOf(`${CORE}.LimitRangeSpec`, {
    limits: {
      texte: 'Default, minimum and maximum resources, per object type (`Container`, `Pod`, `PersistentVolumeClaim`).',
      exemple: 'limits:\n  - type: Container\n    default:\n      memory: 512Mi\n    defaultRequest:\n      memory: 256Mi',
    },
  }),
  ...fieldsOf(`${CORE}.LimitRangeItem`, {
    type: { texte: 'What the limit applies to: `Container`, `Pod` or `PersistentVolumeClaim`.', exemple: 'type: Container' },
    default: {
      texte: 'Limits given to containers that declare none.',
      exemple: 'default:\n  cpu: 500m\n  memory: 512Mi',
      erreur: '`default` goes inside an item of `limits`, next to `type`.',
    },
    defaultRequest: { texte: 'Requests given to containers that declare none.', exemple: 'defaultRequest:\n  memory: 256Mi' },
    max: { texte: 'Maximum allowed.', exemple: 'max:\n  memory: 1Gi' },
    min: { texte: 'Minimum required.', exemple: 'min:\n  memory: 64Mi' },
  }),
  ...fieldsOf(`${POLICY}.PodDisruptionBudgetSpec`, {
    minAvailable: {
      texte: 'Number (or percentage) of the selected Pods that must stay available during a voluntary disruption (node drain…).',
      exemple: 'minAvailable: 1',
    },
    maxUnavailable: { texte: 'Number (or percentage) of Pods that may be unavailable at the same time.', exemple: 'maxUnavailable: 1' },
    selector: { texte: 'The Pods this budget protects.', exemple: 'selector:\n  matchLabels:\n    app: web' },
  }),
  ...fieldsOf(`${CERTIFICATES}.CertificateSigningRequestSpec`, {
    request: {
      texte: 'The certificate signing request (CSR in PEM format), base64-encoded.',
      exemple: 'request: LS0tLS1CRUdJTi...   # cat me.csr | base64 | tr -d "\\n"',
      erreur: 'Encode the whole `.csr` file in base64, on a single line.',
    },
    signerName: {
      texte: 'Who should sign the certificate: `kubernetes.io/kube-apiserver-client` for a user certificate that authenticates to the API.',
      exemple: 'signerName: kubernetes.io/kube-apiserver-client',
    },
    usages: {
      texte: 'Usages requested for the certificate; for an API client: `client auth`.',
      exemple: 'usages: ["client auth"]',
    },
    groups: {
      texte: 'Groups of the user (filled in by the API server from the author of the request).',
      exemple: '# filled in by the API server',
    },
    expirationSeconds: {
      texte: 'Requested validity of the certificate, in seconds.',
      exemple: 'expirationSeconds: 86400   # one day',
    },
  }),
};
