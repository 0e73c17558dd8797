// Curated English hovers: the pod spec, its volumes, scheduling constraints (pair of pod.fr.ts).
import { CORE, fieldsOf, type FieldDocs } from '../types';

export const podEn: FieldDocs = {
  ...fieldsOf(`${CORE}.PodSpec`, {
    containers: {
      texte: 'The containers of the Pod: at least one. They share the same IP address (they reach each other on `localhost`) and can share volumes.',
      exemple: 'containers:\n  - name: web\n    image: nginx:1.27\n    ports:\n      - containerPort: 80',
      erreur: 'It is a list: each container starts with a dash `-`. In a Deployment, `containers` goes in `spec.template.spec`, not directly under `spec`.',
    },
    initContainers: {
      texte: 'Containers run one after the other before the main containers; each must finish successfully (prepare files, wait for a dependency…).',
      exemple: 'initContainers:\n  - name: wait-for-redis\n    image: busybox:1.36\n    command: ["sh", "-c", "until nc -z redis 6379; do sleep 2; done"]',
      erreur: 'While an init container fails, the Pod stays in `Init:…` and the main containers do not start.',
    },
    restartPolicy: {
      texte: 'What to do when a container stops: `Always` (always restart it, the default), `OnFailure` (only on error) or `Never`.',
      exemple: 'restartPolicy: OnFailure',
      erreur: 'A Job requires `Never` or `OnFailure` (the default `Always` is rejected there); a Deployment only accepts `Always`. This field belongs in the Pod specification, not in a container.',
    },
    volumes: {
      texte: 'The volumes of the Pod: where files come from (ConfigMap, Secret, PersistentVolumeClaim, temporary `emptyDir` directory…). Containers mount them with `volumeMounts`.',
      exemple: 'volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: redis-data',
      erreur: 'A volume declared here but never mounted is useless; a `volumeMounts` entry naming a missing volume gets the Pod rejected.',
    },
    nodeName: {
      texte: 'Places the Pod directly on this node, bypassing the scheduler.',
      exemple: 'nodeName: minikube',
      erreur: 'Avoid it: if the node does not exist, the Pod never starts; if it lacks resources, the kubelet rejects the Pod (`OutOfcpu`, `OutOfmemory`). Prefer `nodeSelector` or affinity.',
    },
    nodeSelector: {
      texte: 'Labels the node must carry to host the Pod (all must match).',
      exemple: 'nodeSelector:\n  disktype: ssd',
      erreur: 'If no node carries these labels, the Pod stays `Pending`. Add the label first: `kubectl label nodes <node> disktype=ssd`.',
    },
    tolerations: {
      texte: 'Tolerations: allow the Pod to be placed on nodes that carry a “taint” (a mark that repels Pods).',
      exemple: 'tolerations:\n  - key: test-environment\n    operator: Equal\n    value: "true"\n    effect: NoSchedule',
      erreur: 'The key, value and effect must match the node’s taint. A toleration allows the node, it does not attract the Pod to it.',
    },
    affinity: {
      texte: 'Placement rules finer than `nodeSelector`: prefer or require certain nodes, bring Pods closer together or keep them apart.',
      exemple: 'affinity:\n  podAntiAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution: [...]',
    },
    topologySpreadConstraints: {
      texte: 'Spreads the selected Pods across nodes or zones, so that one failure does not take down every replica.',
      exemple: 'topologySpreadConstraints:\n  - maxSkew: 1\n    topologyKey: kubernetes.io/hostname\n    whenUnsatisfiable: ScheduleAnyway\n    labelSelector:\n      matchLabels:\n        app: web',
      erreur: 'The `labelSelector` must match the labels of these Pods, otherwise the constraint counts no Pod and spreads nothing.',
    },
    serviceAccountName: {
      texte: 'Service account (ServiceAccount) the Pod runs as: it sets the Pod’s permissions on the Kubernetes API. Default: `default`.',
      exemple: 'serviceAccountName: my-app',
      erreur: 'The ServiceAccount must exist in the same namespace, otherwise the Pod is not created.',
    },
    serviceAccount: {
      texte: 'Old name of `serviceAccountName`, deprecated: use `serviceAccountName`.',
      exemple: 'serviceAccountName: my-app',
    },
    automountServiceAccountToken: {
      texte: 'With `false`, the service account token is not mounted in the containers: the application cannot talk to the Kubernetes API (safer if it does not need to).',
      exemple: 'automountServiceAccountToken: false',
    },
    imagePullSecrets: {
      texte: 'Secrets (of type `kubernetes.io/dockerconfigjson`) holding the credentials of a private registry, used to pull the images.',
      exemple: 'imagePullSecrets:\n  - name: registry-credential',
      erreur: 'The Secret must exist in the Pod’s namespace; create it with `kubectl create secret docker-registry`.',
    },
    terminationGracePeriodSeconds: {
      texte: 'Delay, in seconds, given to containers to shut down cleanly after the `SIGTERM` signal, before they are killed. Default: 30.',
      exemple: 'terminationGracePeriodSeconds: 30',
    },
    securityContext: {
      texte: 'Security settings shared by all the containers of the Pod (user, group owning the volumes…).',
      exemple: 'securityContext:\n  runAsNonRoot: true\n  fsGroup: 2000',
    },
    hostNetwork: {
      texte: 'With `true`, the Pod uses the node’s network directly instead of having its own IP address. Reserved for system components.',
      exemple: 'hostNetwork: false',
    },
    dnsPolicy: {
      texte: 'How the Pod resolves names: `ClusterFirst` (the default: the cluster DNS, which knows the Services), `Default` (the node’s), `ClusterFirstWithHostNet`, `None`.',
      exemple: 'dnsPolicy: ClusterFirst',
    },
    priorityClassName: {
      texte: 'Priority class of the Pod (a PriorityClass): a high-priority Pod can evict lower-priority Pods when the cluster is full.',
      exemple: 'priorityClassName: high-priority',
    },
    hostname: {
      texte: 'Host name seen from inside the Pod (default: the Pod name).',
      exemple: 'hostname: web-0',
    },
    subdomain: {
      texte: 'With a headless Service of the same name, gives the Pod a DNS name `<hostname>.<subdomain>.<namespace>.svc.cluster.local`.',
      exemple: 'subdomain: nginx',
    },
  }),
  ...fieldsOf(`${CORE}.PodTemplateSpec`, {
    metadata: {
      texte: 'Metadata of the Pods created from this template, above all their labels.',
      exemple: 'metadata:\n  labels:\n    app: web',
      erreur: 'These labels must include those of the controller’s `spec.selector.matchLabels`, and they are the ones a Service selector must target.',
    },
    spec: {
      texte: 'The specification of the Pods to create: containers, volumes, restart policy…',
      exemple: 'spec:\n  containers:\n    - name: web\n      image: nginx:1.27',
    },
  }),
  ...fieldsOf(`${CORE}.Volume`, {
    name: {
      texte: 'Name of the volume in the Pod; containers refer to it by this name in `volumeMounts`.',
      exemple: 'name: data',
    },
    configMap: {
      texte: 'Volume filled with the keys of a ConfigMap: each key becomes a file.',
      exemple: 'configMap:\n  name: nginx-config',
      erreur: 'The files are updated shortly after the ConfigMap changes (except with `subPath`); the application must read them again.',
    },
    secret: {
      texte: 'Volume filled with the keys of a Secret: each key becomes a file holding the decoded value.',
      exemple: 'secret:\n  secretName: my-cert',
      erreur: 'Here the field is called `secretName`, not `name`.',
    },
    persistentVolumeClaim: {
      texte: 'Persistent volume, obtained through a PersistentVolumeClaim: the data survives the deletion of the Pod.',
      exemple: 'persistentVolumeClaim:\n  claimName: redis-data',
      erreur: 'The PVC must exist in the same namespace; as long as it is not `Bound`, the Pod stays `Pending`.',
    },
    emptyDir: {
      texte: 'Empty directory created when the Pod starts and deleted with it; shared between the containers of the Pod.',
      exemple: 'emptyDir: {}',
      erreur: 'The data disappears when the Pod is deleted or recreated: to keep it, use a PersistentVolumeClaim.',
    },
    hostPath: {
      texte: 'Mounts a directory of the node into the Pod.',
      exemple: 'hostPath:\n  path: /data\n  type: DirectoryOrCreate',
      erreur: 'Avoid it: the data stays on one node (a Pod recreated elsewhere does not find it) and it opens access to the node. On a shared platform, it is often forbidden.',
    },
    projected: {
      texte: 'Gathers several sources (ConfigMap, Secret, service account token…) into one directory.',
      exemple: 'projected:\n  sources:\n    - configMap:\n        name: config',
    },
  }),
  ...fieldsOf(`${CORE}.ConfigMapVolumeSource`, {
    name: {
      texte: 'Name of the ConfigMap to mount, in the Pod’s namespace.',
      exemple: 'name: nginx-config',
      erreur: 'The ConfigMap must exist before the Pod starts (unless `optional: true`).',
    },
    items: {
      texte: 'Chooses which keys to mount and the file name of each; without `items`, every key becomes a file.',
      exemple: 'items:\n  - key: nginx.conf\n    path: default.conf',
    },
    defaultMode: {
      texte: 'Permissions of the created files, in octal (`0644` by default).',
      exemple: 'defaultMode: 0440',
    },
  }),
  ...fieldsOf(`${CORE}.SecretVolumeSource`, {
    secretName: {
      texte: 'Name of the Secret to mount, in the Pod’s namespace.',
      exemple: 'secretName: my-cert',
      erreur: 'It is `secretName` (not `name` as for a ConfigMap); the Secret must exist before the Pod starts.',
    },
    items: {
      texte: 'Chooses which keys of the Secret to mount and the file name of each.',
      exemple: 'items:\n  - key: tls.crt\n    path: cert.pem',
    },
    defaultMode: {
      texte: 'Permissions of the created files, in octal (`0644` by default).',
      exemple: 'defaultMode: 0400',
    },
  }),
  ...fieldsOf(`${CORE}.KeyToPath`, {
    key: { texte: 'Key of the ConfigMap or Secret to write into a file.', exemple: 'key: nginx.conf' },
    path: {
      texte: 'Name (relative path) of the file created in the mount directory.',
      exemple: 'path: conf/default.conf',
      erreur: 'A relative path: no leading `/`, no `..`.',
    },
  }),
  ...fieldsOf(`${CORE}.PersistentVolumeClaimVolumeSource`, {
    claimName: {
      texte: 'Name of the PersistentVolumeClaim to mount, in the Pod’s namespace.',
      exemple: 'claimName: redis-data',
      erreur: 'It must match the `metadata.name` of an existing PVC; otherwise the Pod stays `Pending`.',
    },
    readOnly: { texte: 'Mounts the volume read-only. Default: `false`.', exemple: 'readOnly: true' },
  }),
  ...fieldsOf(`${CORE}.EmptyDirVolumeSource`, {
    medium: {
      texte: 'Where to store the directory: on the node’s disk (the default) or in memory (`Memory`, a tmpfs that counts towards the container’s memory).',
      exemple: 'medium: Memory',
    },
    sizeLimit: { texte: 'Maximum size of the directory; beyond it, the Pod is evicted.', exemple: 'sizeLimit: 500Mi' },
  }),
  ...fieldsOf(`${CORE}.HostPathVolumeSource`, {
    path: { texte: 'Path of the directory (or file) on the node.', exemple: 'path: /data' },
    type: {
      texte: 'What must exist at this path: `Directory`, `DirectoryOrCreate`, `File`, `FileOrCreate`, `Socket`… Empty by default (no check).',
      exemple: 'type: DirectoryOrCreate',
      erreur: '`type` goes in the `hostPath` block, at the same level as `path`.',
    },
  }),
  ...fieldsOf(`${CORE}.Toleration`, {
    key: { texte: 'Key of the tolerated taint (empty with `operator: Exists`: every taint).', exemple: 'key: test-environment' },
    operator: {
      texte: '`Equal` (the default: the value must be equal) or `Exists` (any value of this key).',
      exemple: 'operator: Exists',
    },
    value: { texte: 'Value of the tolerated taint (with `operator: Equal`).', exemple: 'value: "true"' },
    effect: {
      texte: 'Taint effect tolerated: `NoSchedule`, `PreferNoSchedule` or `NoExecute` (empty: every effect).',
      exemple: 'effect: NoSchedule',
      erreur: 'It must match the effect of the taint set on the node.',
    },
    tolerationSeconds: {
      texte: 'With `effect: NoExecute`: how many seconds the Pod stays on the node after the taint appears.',
      exemple: 'tolerationSeconds: 300',
    },
  }),
  ...fieldsOf(`${CORE}.TopologySpreadConstraint`, {
    maxSkew: { texte: 'Maximum tolerated difference in the number of Pods between two domains (nodes, zones).', exemple: 'maxSkew: 1' },
    topologyKey: {
      texte: 'Node label that defines the domains: `kubernetes.io/hostname` (one domain per node), `topology.kubernetes.io/zone` (per zone).',
      exemple: 'topologyKey: kubernetes.io/hostname',
    },
    whenUnsatisfiable: {
      texte: '`DoNotSchedule` (the Pod waits) or `ScheduleAnyway` (it is placed anyway, as well as possible).',
      exemple: 'whenUnsatisfiable: ScheduleAnyway',
    },
    labelSelector: {
      texte: 'Which Pods to count when measuring the spread: usually the labels of these same Pods.',
      exemple: 'labelSelector:\n  matchLabels:\n    app: web',
      erreur: 'If it matches no Pod, the constraint has no effect.',
    },
  }),
};
