// Curated English hovers (shorter than the French set; other fields fall back to the OpenAPI description).
import { APPS, BATCH, CORE, fieldsOf, META, NET, type FieldDocs } from '../types';

const t = (texte: string, erreur?: string) => (erreur ? { texte, erreur } : { texte });

export const fieldsEn: FieldDocs = {
  ...fieldsOf(`${META}.ObjectMeta`, {
    name: t('Name of the resource, unique per kind in its namespace. Required. A Service name is also its DNS name.', 'Lowercase letters, digits, `-` and `.` only.'),
    namespace: t('Namespace of the resource. Without it, kubectl uses the current namespace.', 'A hard-coded namespace fails where you may only use your own.'),
    labels: t('Key–value pairs used to group and select objects (`kubectl get pods -l app=web`, Service and Deployment selectors).', 'Values are strings: quote `"1.10"` or `"true"`.'),
    annotations: t('Free-form information read by tools (Ingress controllers, cert-manager…); not used for selection.'),
  }),
  ...fieldsOf(`${META}.LabelSelector`, {
    matchLabels: t('Labels the selected objects must all carry.', 'They must match the pod template labels exactly.'),
    matchExpressions: t('Richer label conditions (In, NotIn, Exists, DoesNotExist), combined with matchLabels.'),
  }),
  ...fieldsOf(`${APPS}.DeploymentSpec`, {
    replicas: t('Desired number of identical Pods. Defaults to 1.', 'A number, without quotes.'),
    selector: t('Which Pods the Deployment manages. Required; immutable after creation.', 'Its labels must appear in spec.template.metadata.labels.'),
    template: t('Template of the Pods to create: their labels and their spec (containers, volumes…).'),
    strategy: t('How Pods are replaced on update: RollingUpdate (default) or Recreate.'),
  }),
  ...fieldsOf(`${CORE}.PodSpec`, {
    containers: t('Containers of the Pod (at least one). They share the Pod IP and can share volumes.', 'It is a list: each container starts with `-`. In a Deployment it goes under spec.template.spec.'),
    restartPolicy: t('Always (default), OnFailure or Never.', 'Jobs need Never or OnFailure; Deployments only accept Always.'),
    volumes: t('Volumes of the Pod (ConfigMap, Secret, PVC, emptyDir…), mounted by containers with volumeMounts.'),
    serviceAccountName: t('ServiceAccount the Pod runs as, which sets its API permissions. Defaults to `default`.'),
    nodeSelector: t('Node labels required to schedule the Pod.', 'If no node has them, the Pod stays Pending.'),
  }),
  ...fieldsOf(`${CORE}.Container`, {
    name: t('Container name, unique in the Pod.'),
    image: t('Image to run: repository (with registry if not Docker Hub) and tag.', 'A locally built image that was never pushed gives ErrImagePull / ImagePullBackOff.'),
    imagePullPolicy: t('Always, IfNotPresent or Never. Defaults to Always for `:latest` or no tag, IfNotPresent otherwise.'),
    command: t('Replaces the image ENTRYPOINT; a list (program, then arguments).'),
    args: t('Arguments for the entrypoint; replaces the image CMD.'),
    ports: t('Ports the application listens on (informational, but can be named for Services and probes).'),
    env: t('Environment variables: a literal value or one read from a ConfigMap, Secret or Pod field.', 'Read at container start: restart Pods after changing a ConfigMap.'),
    envFrom: t('Imports every key of a ConfigMap or Secret as environment variables.'),
    resources: t('Requests (reserved for scheduling) and limits (maximum: CPU throttled, memory OOMKilled).'),
    volumeMounts: t('Where Pod volumes appear in the container file system.'),
    livenessProbe: t('Liveness probe: when it keeps failing, the container is restarted.'),
    readinessProbe: t('Readiness probe: while it fails, the Pod is removed from Service endpoints.'),
    startupProbe: t('Startup probe: suspends the other probes until it succeeds.'),
  }),
  ...fieldsOf(`${CORE}.ContainerPort`, {
    containerPort: t('Port the application listens on in the container (1–65535).', 'Must match the Service targetPort.'),
    name: t('Port name, usable by Services and probes instead of the number.'),
  }),
  ...fieldsOf(`${CORE}.EnvVar`, {
    name: t('Variable name as the application reads it.'),
    value: t('Variable value, always a string.', '`value: 6379` is rejected: write `"6379"`.'),
    valueFrom: t('Reads the value from a ConfigMap key, a Secret key or a Pod field.'),
  }),
  ...fieldsOf(`${CORE}.ResourceRequirements`, {
    requests: t('Resources reserved for scheduling the Pod.'),
    limits: t('Maximum resources: CPU is throttled, memory overuse kills the container (OOMKilled).'),
  }),
  ...fieldsOf(`${CORE}.ServiceSpec`, {
    selector: t('Traffic goes to the Pods carrying all these labels (the endpoints).', 'Must match the pod template labels, not the Deployment labels.'),
    ports: t('Ports exposed by the Service, each with its target port in the Pods.'),
    type: t('ClusterIP (default), NodePort, LoadBalancer or ExternalName.', 'Case matters: `clusterIP` is rejected.'),
  }),
  ...fieldsOf(`${CORE}.ServicePort`, {
    port: t('Port exposed by the Service (used by clients and Ingress backends).'),
    targetPort: t('Port in the container the traffic is sent to (number or port name). Defaults to `port`.', 'Must match the containerPort; `"8080"` quoted is read as a port name.'),
    nodePort: t('Port opened on every node for NodePort/LoadBalancer Services (30000–32767).'),
  }),
  ...fieldsOf(`${NET}.HTTPIngressPath`, {
    path: t('URL path to route; starts with `/`.'),
    pathType: t('Prefix, Exact or ImplementationSpecific. Required.'),
    backend: t('Service and port that receive the requests.'),
  }),
  ...fieldsOf(`${NET}.IngressRule`, {
    host: t('Host name the rule applies to (no scheme, no port).'),
  }),
  ...fieldsOf(`${NET}.IngressServiceBackend`, {
    name: t('Name of the target Service, in the Ingress namespace.'),
    port: t('Port of the target Service (its `port`, not the targetPort).'),
  }),
  ...fieldsOf(`${CORE}.ConfigMap`, {
    data: t('Non-sensitive configuration as key–value strings.', 'Quote numbers and booleans; sensitive data belongs in a Secret.'),
  }),
  ...fieldsOf(`${CORE}.Secret`, {
    data: t('Sensitive data, base64-encoded. Base64 is not encryption.', 'Encode with `echo -n`; do not commit this file.'),
    stringData: t('Same as data, written in clear text; Kubernetes encodes it.'),
    type: t('Opaque (default), kubernetes.io/tls, kubernetes.io/dockerconfigjson…'),
  }),
  ...fieldsOf(`${BATCH}.JobSpec`, {
    template: t('Template of the Job Pods (restartPolicy Never or OnFailure).'),
    backoffLimit: t('Retries before the Job is marked failed. Defaults to 6.'),
  }),
  ...fieldsOf(`${BATCH}.CronJobSpec`, {
    schedule: t('Cron expression with 5 fields: minute hour day-of-month month day-of-week.', 'Quote it; without timeZone it uses the controller time zone.'),
    jobTemplate: t('Template of the Jobs created on each run.'),
  }),
  ...fieldsOf(`${CORE}.PersistentVolumeClaimSpec`, {
    accessModes: t('ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.'),
    resources: t('Requested storage size (requests.storage).'),
    storageClassName: t('StorageClass providing the volume; omitted: the default class.'),
  }),
};
