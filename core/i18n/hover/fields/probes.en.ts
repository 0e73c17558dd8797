// Curated English hovers: probes and security contexts (pair of probes.fr.ts).
import { CORE, fieldsOf, type FieldDocs } from '../types';

export const probesEn: FieldDocs = {
  ...fieldsOf(`${CORE}.Probe`, {
    httpGet: {
      texte: 'The probe sends an HTTP GET request to the container: it succeeds if the response code is between 200 and 399.',
      exemple: 'httpGet:\n  path: /healthz\n  port: 8080',
      erreur: 'The port must be the one the application listens on (number or name of a container port); a redirect to a login page counts as a success.',
    },
    tcpSocket: {
      texte: 'The probe tries to open a TCP connection on the port: it succeeds if the connection is established (useful for Redis, a database…).',
      exemple: 'tcpSocket:\n  port: 6379',
    },
    exec: {
      texte: 'The probe runs a command in the container: it succeeds if the command exits with code 0.',
      exemple: 'exec:\n  command: ["redis-cli", "ping"]',
      erreur: 'The command must exist in the image (no `curl` in a minimal image, for example).',
    },
    grpc: {
      texte: 'The probe calls the standard gRPC health service on this port.',
      exemple: 'grpc:\n  port: 9090',
    },
    initialDelaySeconds: {
      texte: 'Wait, in seconds, between the start of the container and the first probe. Default: 0.',
      exemple: 'initialDelaySeconds: 5',
      erreur: 'Too short for a liveness probe, and the container is restarted before it has finished starting; a `startupProbe` is more robust.',
    },
    periodSeconds: {
      texte: 'Interval, in seconds, between two probes. Default: 10.',
      exemple: 'periodSeconds: 10',
    },
    timeoutSeconds: {
      texte: 'Maximum time to wait for an answer, in seconds, before counting a failure. Default: 1.',
      exemple: 'timeoutSeconds: 2',
    },
    failureThreshold: {
      texte: 'Number of consecutive failures before acting (restarting the container or removing it from the endpoints). Default: 3.',
      exemple: 'failureThreshold: 3',
    },
    successThreshold: {
      texte: 'Number of consecutive successes for the probe to count as successful after a failure. Default: 1; it must be 1 for liveness and startup probes.',
      exemple: 'successThreshold: 1',
    },
    terminationGracePeriodSeconds: {
      texte: 'Delay given to the container to shut down cleanly when this probe fails; overrides the Pod’s. Only for liveness and startup probes (rejected in a readiness probe).',
      exemple: 'terminationGracePeriodSeconds: 10',
    },
  }),
  ...fieldsOf(`${CORE}.HTTPGetAction`, {
    path: {
      texte: 'Path requested by the HTTP probe. Default: `/`.',
      exemple: 'path: /healthz',
      erreur: 'Pick a lightweight page that answers without depending on other services.',
    },
    port: {
      texte: 'Container port to query: a number or the name of a port declared in `ports`.',
      exemple: 'port: 8080   # or: port: http',
      erreur: 'A number without quotes; a name must exist in the container’s `ports`.',
    },
    scheme: {
      texte: '`HTTP` (the default) or `HTTPS` (the certificate is not verified).',
      exemple: 'scheme: HTTPS',
    },
    httpHeaders: {
      texte: 'HTTP headers to add to the probe’s request.',
      exemple: 'httpHeaders:\n  - name: Host\n    value: example.com',
    },
  }),
  ...fieldsOf(`${CORE}.TCPSocketAction`, {
    port: {
      texte: 'Container port to test: a number or the name of a port declared in `ports`.',
      exemple: 'port: 6379   # or: port: redis',
    },
  }),
  ...fieldsOf(`${CORE}.ExecAction`, {
    command: {
      texte: 'Command run in the container, as a list; the probe succeeds if it exits with code 0. It is not a shell: to use pipes or variables, go through `sh -c`.',
      exemple: 'command: ["sh", "-c", "pg_isready -U postgres"]',
    },
  }),
  ...fieldsOf(`${CORE}.SecurityContext`, {
    runAsUser: {
      texte: 'Identifier (UID) of the user that runs the container’s process.',
      exemple: 'runAsUser: 1000',
    },
    runAsNonRoot: {
      texte: 'With `true`, the kubelet refuses to start the container if its user is root (UID 0).',
      exemple: 'runAsNonRoot: true',
      erreur: 'Many images run as root by default (nginx…): the container then stays in `CreateContainerConfigError`; pick an “unprivileged” image or set `runAsUser`.',
    },
    readOnlyRootFilesystem: {
      texte: 'Mounts the image’s file system read-only; the application can only write to volumes.',
      exemple: 'readOnlyRootFilesystem: true',
    },
    allowPrivilegeEscalation: {
      texte: 'With `false`, a process cannot gain more privileges than its parent (for example through `sudo`).',
      exemple: 'allowPrivilegeEscalation: false',
    },
    privileged: {
      texte: 'Gives the container almost every privilege of the node. Avoid it; rejected in namespaces enforcing the “baseline” or “restricted” Pod Security Standards.',
      exemple: 'privileged: false',
    },
    capabilities: {
      texte: 'Linux capabilities to add (`add`) to or remove (`drop`) from the process.',
      exemple: 'capabilities:\n  drop: ["ALL"]',
    },
  }),
  ...fieldsOf(`${CORE}.PodSecurityContext`, {
    runAsUser: {
      texte: 'UID of the user for every container of the Pod (a container can override it).',
      exemple: 'runAsUser: 1000',
    },
    runAsNonRoot: {
      texte: 'With `true`, no container of the Pod may start as root.',
      exemple: 'runAsNonRoot: true',
    },
    fsGroup: {
      texte: 'Group that owns the files of the mounted volumes, so that the application can write to them.',
      exemple: 'fsGroup: 2000',
    },
  }),
};
