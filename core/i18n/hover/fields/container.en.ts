// Curated English hovers: containers, their ports, environment, resources, volume mounts and probes (pair of
// container.fr.ts).
import { CORE, fieldsOf, type FieldDocs } from '../types';

export const containerEn: FieldDocs = {
  ...fieldsOf(`${CORE}.Container`, {
    name: {
      texte: 'Name of the container, unique in the Pod. It identifies the container in commands (`kubectl logs <pod> -c <container>`) and in error messages.',
      exemple: 'name: web',
      erreur: 'The name must be lowercase (letters, digits, dashes); in a Pod that already exists you cannot change it (a Pod is largely immutable): delete and recreate the Pod, or go through a Deployment.',
    },
    image: {
      texte: 'Image to run: repository name (prefixed with the registry when it is not Docker Hub) and tag. The node pulls it before starting the container.',
      exemple: 'image: nginx:1.27\n# or: docker.io/my-account/frontend:1.0',
      erreur: 'An image built only on your machine does not exist in the registry: the Pod stays in `ErrImagePull`, then `ImagePullBackOff`. Push it (`docker push`). Without a tag, `:latest` is used, which makes deployments unpredictable.',
    },
    imagePullPolicy: {
      texte: 'When to pull the image: `Always` (at every start), `IfNotPresent` (only if the node does not already have it) or `Never` (never: the image must already be on the node). Default: `Always` if the tag is `:latest` or missing, `IfNotPresent` otherwise.',
      exemple: 'imagePullPolicy: IfNotPresent',
      erreur: '`Never` only works with an image already present on the node (for example built in minikube’s Docker with `eval $(minikube docker-env)`); otherwise the Pod stays in `ErrImageNeverPull`.',
    },
    command: {
      texte: 'Replaces the image’s entrypoint (`ENTRYPOINT`). It is a list: the program, then its arguments, each in its own item. Without `command`, the image’s one is used.',
      exemple: 'command: ["sh", "-c", "echo $(MESSAGE) && sleep 3600"]',
      erreur: 'Writing the command as a single string (`command: python app.py`): it is a list. And, in a Deployment, the command must keep running: if it exits, the container is restarted again and again, and the Pod ends up in `CrashLoopBackOff`.',
    },
    args: {
      texte: 'Arguments passed to the entrypoint: they replace the image’s `CMD`. `$(NAME)` is replaced by the container’s environment variable `NAME`.',
      exemple: 'args: ["--port", "8080"]',
      erreur: 'Arguments are a list of strings: `--port=8080` fits in one item, `--port 8080` (with a space) needs two.',
    },
    ports: {
      texte: 'Ports the application listens on. Mostly informational (an undeclared port is still reachable), but a Service can target a port by its name, and tools rely on them.',
      exemple: 'ports:\n  - name: http\n    containerPort: 8080',
      erreur: '`containerPort` must match the port the application really listens on, and the `targetPort` of the Service that targets these Pods.',
    },
    env: {
      texte: 'Environment variables of the container: a value written directly (`value`) or read from a ConfigMap, a Secret or a field of the Pod (`valueFrom`).',
      exemple: 'env:\n  - name: REDIS_URL\n    value: "redis:6379"',
      erreur: 'Variables are read when the container starts: after changing the ConfigMap, restart the Pods (`kubectl rollout restart deployment/<name>`). And `value` is always a string: quote numbers.',
    },
    envFrom: {
      texte: 'Imports every key of a ConfigMap (`configMapRef`) or of a Secret (`secretRef`) as environment variables, in one go.',
      exemple: 'envFrom:\n  - configMapRef:\n      name: configuration-backend\n  - secretRef:\n      name: credentials-backend',
      erreur: 'The ConfigMap or Secret must exist in the same namespace before the Pod starts (otherwise `CreateContainerConfigError`). Check that the name matches its `metadata.name` exactly.',
    },
    resources: {
      texte: 'Resources of the container: the requests (`requests`), reserved to place the Pod on a node, and the limits (`limits`), which the container cannot exceed.',
      exemple: 'resources:\n  requests:\n    cpu: 100m\n    memory: 128Mi\n  limits:\n    memory: 256Mi',
      erreur: 'Above its CPU limit, the container is slowed down (throttling); above its memory limit, it is killed (`OOMKilled`). A request larger than the nodes’ memory leaves the Pod `Pending`.',
    },
    volumeMounts: {
      texte: 'Where to mount the Pod’s volumes in the container’s file system. Each mount names a volume of `spec.volumes`.',
      exemple: 'volumeMounts:\n  - name: data\n    mountPath: /data',
      erreur: 'The `name` must exactly match a volume declared in the Pod’s `volumes`. Mounting over an existing directory of the image hides its content.',
    },
    livenessProbe: {
      texte: 'Liveness probe: “Are you alive?”. If it fails several times in a row, the kubelet restarts the container.',
      exemple: 'livenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n  periodSeconds: 10',
      erreur: 'Do not make it test dependencies (database…): if Redis goes down, every container would be restarted in a loop. Leave enough time at startup (`initialDelaySeconds` or a `startupProbe`).',
    },
    readinessProbe: {
      texte: 'Readiness probe: “Are you ready to receive traffic?”. While it fails, the Pod is removed from the Services’ endpoints, without the container being restarted.',
      exemple: 'readinessProbe:\n  httpGet:\n    path: /ready\n    port: http',
      erreur: 'A wrong port or path makes the probe fail: the Pod stays `0/1 READY` and the Service sends it no traffic.',
    },
    startupProbe: {
      texte: 'Startup probe: until it has succeeded, the liveness and readiness probes are suspended. Useful for applications that are slow to start.',
      exemple: 'startupProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n  failureThreshold: 30\n  periodSeconds: 10',
      erreur: 'The maximum startup time is about `initialDelaySeconds + failureThreshold × periodSeconds`: too short, and the container is restarted before it has finished starting.',
    },
    workingDir: {
      texte: 'Current directory of the process in the container (replaces the image’s `WORKDIR`).',
      exemple: 'workingDir: /app',
    },
    securityContext: {
      texte: 'Security settings of this container: user, privileges, read-only file system… They complement or override those of the Pod.',
      exemple: 'securityContext:\n  runAsNonRoot: true\n  allowPrivilegeEscalation: false',
    },
    lifecycle: {
      texte: 'Actions run right after the container starts (`postStart`) or right before it stops (`preStop`).',
      exemple: 'lifecycle:\n  preStop:\n    exec:\n      command: ["sh", "-c", "sleep 5"]',
    },
    stdin: {
      texte: 'Keeps the container’s standard input open (useful with `kubectl attach`). Default: `false`.',
      exemple: 'stdin: true',
    },
    tty: {
      texte: 'Allocates a terminal to the container (also requires `stdin: true`). Default: `false`.',
      exemple: 'tty: true',
    },
    restartPolicy: {
      texte: 'Only for an init container (`initContainers`): `Always` turns it into a “sidecar” container that runs for the whole life of the Pod.',
      exemple: 'restartPolicy: Always',
      erreur: 'On a regular container, this field is only accepted if the cluster enables the `ContainerRestartRules` feature (it then overrides the Pod’s policy for this container); usually, the restart policy is set for the whole Pod (`spec.restartPolicy`).',
    },
  }),
  ...fieldsOf(`${CORE}.ContainerPort`, {
    containerPort: {
      texte: 'Number of the port the application listens on inside the container (between 1 and 65535). Informational: it filters nothing, but it documents the Pod and can be named.',
      exemple: 'containerPort: 8080',
      erreur: 'It must match what the application really listens on, and the Service’s `targetPort` must match this port. A number, without quotes.',
    },
    name: {
      texte: 'Name of the port, which Services and probes can use instead of the number (`targetPort: http`).',
      exemple: 'name: http',
      erreur: 'At most 15 characters, lowercase letters, digits and dashes, at least one letter; two ports of the same Pod cannot share a name.',
    },
    protocol: {
      texte: 'Protocol of the port: `TCP` (the default), `UDP` or `SCTP`.',
      exemple: 'protocol: TCP',
      erreur: 'In capitals: `tcp` is rejected.',
    },
    hostPort: {
      texte: 'Also opens this port on the node’s address. Rarely needed: a Service is the right way to expose an application.',
      exemple: 'hostPort: 8080',
      erreur: 'Two Pods asking for the same `hostPort` cannot run on the same node: the second one stays `Pending`.',
    },
  }),
  ...fieldsOf(`${CORE}.EnvVar`, {
    name: {
      texte: 'Name of the environment variable, as the application reads it (`os.environ["REDIS_URL"]`, `process.env.REDIS_URL`…).',
      exemple: 'name: REDIS_URL',
      erreur: 'Use exactly the name the application expects, case included.',
    },
    value: {
      texte: 'Value of the variable. `$(OTHER)` in it is replaced by a variable defined earlier in the list.',
      exemple: 'value: "redis:6379"',
      erreur: 'It is always a string: `value: 6379` or `value: true` is rejected, write `value: "6379"`. To reach another Pod, use the name of its Service, not `localhost`.',
    },
    valueFrom: {
      texte: 'Reads the value from elsewhere: a ConfigMap key (`configMapKeyRef`), a Secret key (`secretKeyRef`) or a field of the Pod (`fieldRef`).',
      exemple: 'valueFrom:\n  configMapKeyRef:\n    name: frontend-config\n    key: REDIS_DOMAIN',
      erreur: 'Do not put `value` and `valueFrom` in the same variable: it is one or the other.',
    },
  }),
  ...fieldsOf(`${CORE}.EnvVarSource`, {
    configMapKeyRef: {
      texte: 'Takes the value of a key of a ConfigMap in the same namespace.',
      exemple: 'configMapKeyRef:\n  name: frontend-config\n  key: CONTEXT',
      erreur: 'If the ConfigMap or the key does not exist, the container does not start (`CreateContainerConfigError`), unless `optional: true`.',
    },
    secretKeyRef: {
      texte: 'Takes the (decoded) value of a key of a Secret in the same namespace.',
      exemple: 'secretKeyRef:\n  name: mysql-secret\n  key: password',
      erreur: 'The Secret must exist before the Pod starts; the key is one of the Secret’s `data` (or `stringData`).',
    },
    fieldRef: {
      texte: 'Takes the value of a field of the Pod itself: its name, its namespace, its IP address, the node name…',
      exemple: 'fieldRef:\n  fieldPath: metadata.name',
    },
    resourceFieldRef: {
      texte: 'Takes the value of a resource request or limit of the container (for example `limits.memory`).',
      exemple: 'resourceFieldRef:\n  resource: limits.memory',
    },
  }),
  ...fieldsOf(`${CORE}.ConfigMapKeySelector`, {
    name: {
      texte: 'Name of the ConfigMap to read, in the same namespace as the Pod.',
      exemple: 'name: frontend-config',
      erreur: 'It must match the ConfigMap’s `metadata.name` exactly.',
    },
    key: {
      texte: 'Key of the ConfigMap (an entry of its `data` section) whose value becomes the variable’s.',
      exemple: 'key: REDIS_DOMAIN',
      erreur: 'The key must exist in the ConfigMap’s `data`, spelling and case included.',
    },
    optional: {
      texte: 'With `true`, the container starts even if the ConfigMap or the key does not exist (the variable is then absent). Default: `false`.',
      exemple: 'optional: true',
    },
  }),
  ...fieldsOf(`${CORE}.SecretKeySelector`, {
    name: {
      texte: 'Name of the Secret to read, in the same namespace as the Pod.',
      exemple: 'name: mysql-secret',
      erreur: 'It must exactly match the `metadata.name` of the Secret, which must exist before the Pod starts.',
    },
    key: {
      texte: 'Key of the Secret (an entry of `data` or `stringData`); the container receives the decoded value.',
      exemple: 'key: password',
    },
    optional: {
      texte: 'With `true`, the container starts even if the Secret or the key does not exist. Default: `false`.',
      exemple: 'optional: true',
    },
  }),
  ...fieldsOf(`${CORE}.ObjectFieldSelector`, {
    fieldPath: {
      texte: 'Field of the Pod to read: `metadata.name`, `metadata.namespace`, `metadata.labels[\'app\']`, `spec.nodeName`, `status.podIP`…',
      exemple: 'fieldPath: status.podIP',
    },
  }),
  ...fieldsOf(`${CORE}.EnvFromSource`, {
    configMapRef: {
      texte: 'Imports every key of this ConfigMap as environment variables.',
      exemple: 'configMapRef:\n  name: configuration-backend',
      erreur: 'The name must match the `metadata.name` of a ConfigMap in the same namespace, created before the Pod.',
    },
    secretRef: {
      texte: 'Imports every key of this Secret as environment variables (decoded values).',
      exemple: 'secretRef:\n  name: credentials-backend',
      erreur: 'The Secret must exist in the same namespace before the Pod starts.',
    },
    prefix: {
      texte: 'Prefix added to the name of every imported variable (for example `DB_`: the key `HOST` becomes `DB_HOST`).',
      exemple: 'prefix: DB_',
    },
  }),
  ...fieldsOf(`${CORE}.ConfigMapEnvSource`, {
    name: {
      texte: 'Name of the ConfigMap whose keys all become environment variables.',
      exemple: 'name: configuration-backend',
      erreur: 'Check that it matches the ConfigMap’s `metadata.name`: in the course, `configuration-backend` and `configuration-application` do not match.',
    },
    optional: {
      texte: 'With `true`, the container starts even if the ConfigMap does not exist. Default: `false`.',
      exemple: 'optional: true',
    },
  }),
  ...fieldsOf(`${CORE}.SecretEnvSource`, {
    name: {
      texte: 'Name of the Secret whose keys all become environment variables.',
      exemple: 'name: credentials-backend',
      erreur: 'The Secret must exist in the same namespace; its name must match exactly.',
    },
    optional: {
      texte: 'With `true`, the container starts even if the Secret does not exist. Default: `false`.',
      exemple: 'optional: true',
    },
  }),
  ...fieldsOf(`${CORE}.ResourceRequirements`, {
    requests: {
      texte: 'Requests: what the container reserves. The scheduler only places the Pod on a node that still has this amount of CPU and memory available.',
      exemple: 'requests:\n  cpu: 250m      # a quarter of a core\n  memory: 128Mi',
      erreur: 'A request larger than what a node offers leaves the Pod `Pending` (`Insufficient cpu` / `Insufficient memory`). A request cannot exceed the limit.',
    },
    limits: {
      texte: 'Limits: the maximum the container may use. Beyond it, CPU is throttled and going over the memory limit kills the container (`OOMKilled`).',
      exemple: 'limits:\n  cpu: 500m\n  memory: 256Mi',
      erreur: 'Units: `Mi`/`Gi` for memory (`256Mi`, not `256MB`), `m` or a number for CPU (`500m` = `0.5`). Without `requests`, the requests take the value of the limits.',
    },
  }),
  ...fieldsOf(`${CORE}.VolumeMount`, {
    name: {
      texte: 'Name of the volume to mount: one of the volumes declared in the Pod’s `spec.volumes`.',
      exemple: 'name: data',
      erreur: 'It must exactly match the `name` of a volume of the Pod, otherwise the Pod is rejected.',
    },
    mountPath: {
      texte: 'Directory of the container where the volume appears.',
      exemple: 'mountPath: /usr/share/nginx/html',
      erreur: 'The mount hides what the image already had in this directory. To drop a single file of a ConfigMap or Secret without hiding the directory, use `subPath`.',
    },
    subPath: {
      texte: 'Mounts only one file or subdirectory of the volume instead of its root.',
      exemple: 'mountPath: /etc/nginx/nginx.conf\nsubPath: nginx.conf',
      erreur: 'A file mounted with `subPath` is not updated when the ConfigMap or Secret changes: restart the Pod.',
    },
    readOnly: {
      texte: 'Mounts the volume read-only in this container. Default: `false`.',
      exemple: 'readOnly: true',
    },
  }),
};
