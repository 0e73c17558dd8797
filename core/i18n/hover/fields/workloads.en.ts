// Curated English hovers: Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs and CronJobs (pair of workloads.fr.ts).
import { APPS, BATCH, fieldsOf, type FieldDocs } from '../types';

const selector = {
  texte: 'Selector: how the controller recognises the Pods it manages. Required in `apps/v1`.',
  exemple: 'selector:\n  matchLabels:\n    app: web',
  erreur: 'The labels of `matchLabels` must appear in `spec.template.metadata.labels`, otherwise the API server rejects the object. The selector cannot be changed after creation.',
};
const template = {
  texte: 'The template of the Pods to create: their labels (`metadata`) and their specification (`spec`: containers, volumes…).',
  exemple: 'template:\n  metadata:\n    labels:\n      app: web\n  spec:\n    containers:\n      - name: web\n        image: nginx:1.27',
  erreur: 'Containers go in `template.spec.containers` and labels in `template.metadata.labels`: mind the indentation.',
};
const replicas = {
  texte: 'Desired number of identical Pods (the desired state). The controller creates or deletes Pods to reach it. Default: 1.',
  exemple: 'replicas: 3',
  erreur: 'A number without quotes (`replicas: "3"` is rejected). `kubectl scale` changes this number in the cluster, not in your file: the next `kubectl apply` sets it back.',
};

export const workloadsEn: FieldDocs = {
  ...fieldsOf(`${APPS}.DeploymentSpec`, {
    replicas,
    selector,
    template,
    strategy: {
      texte: 'How old Pods are replaced during an update: `RollingUpdate` (progressive update, the default) or `Recreate` (stop everything, then recreate everything).',
      exemple: 'strategy:\n  type: RollingUpdate\n  rollingUpdate:\n    maxSurge: 1\n    maxUnavailable: 0',
      erreur: 'With `Recreate`, the application is down during the update; `rollingUpdate` is only allowed with the `RollingUpdate` type.',
    },
    revisionHistoryLimit: {
      texte: 'Number of old ReplicaSets kept so you can roll back (`kubectl rollout undo`). Default: 10.',
      exemple: 'revisionHistoryLimit: 5',
    },
    minReadySeconds: {
      texte: 'How long a new Pod must stay ready (without restarting) before it counts as available. Default: 0.',
      exemple: 'minReadySeconds: 10',
    },
    progressDeadlineSeconds: {
      texte: 'Delay, in seconds, after which an update that makes no progress is reported as failed (`ProgressDeadlineExceeded`). Default: 600.',
      exemple: 'progressDeadlineSeconds: 300',
    },
    paused: {
      texte: 'With `true`, changes to the template no longer trigger an update (`kubectl rollout pause` / `resume`).',
      exemple: 'paused: false',
    },
  }),
  ...fieldsOf(`${APPS}.DeploymentStrategy`, {
    type: {
      texte: '`RollingUpdate` (Pods replaced progressively, without downtime) or `Recreate` (all Pods deleted before the new ones are created).',
      exemple: 'type: RollingUpdate',
      erreur: 'Capitalise each word: `rollingUpdate` is the name of the settings block, not a value of `type`.',
    },
    rollingUpdate: {
      texte: 'Settings of the rolling update: how many extra Pods (`maxSurge`) and how many unavailable ones (`maxUnavailable`) during the operation.',
      exemple: 'rollingUpdate:\n  maxSurge: 25%\n  maxUnavailable: 25%',
    },
  }),
  ...fieldsOf(`${APPS}.RollingUpdateDeployment`, {
    maxSurge: {
      texte: 'Number (or percentage) of Pods created above the replica count during the update. Default: 25%.',
      exemple: 'maxSurge: 1',
      erreur: 'A number (`1`) or a percentage (`25%`); `"25"` in quotes without `%` is rejected.',
    },
    maxUnavailable: {
      texte: 'Number (or percentage) of Pods that may be unavailable during the update. Default: 25%.',
      exemple: 'maxUnavailable: 0',
      erreur: '`maxSurge` and `maxUnavailable` cannot both be 0.',
    },
  }),
  ...fieldsOf(`${APPS}.ReplicaSetSpec`, {
    replicas,
    selector: { ...selector, texte: 'Selector: the Pods this ReplicaSet counts as its own. You rarely use a ReplicaSet directly: a Deployment creates them for you.' },
    template,
    minReadySeconds: {
      texte: 'How long a new Pod must stay ready before it counts as available. Default: 0.',
      exemple: 'minReadySeconds: 10',
    },
  }),
  ...fieldsOf(`${APPS}.StatefulSetSpec`, {
    serviceName: {
      texte: 'Name of the headless Service (`clusterIP: None`) that gives each Pod a stable DNS name: `web-0.nginx.default.svc.cluster.local`.',
      exemple: 'serviceName: nginx',
      erreur: 'This Service is not created for you: write it (with `clusterIP: None` and the same selector), otherwise the Pods’ DNS names do not exist.',
    },
    replicas: { ...replicas, texte: 'Desired number of Pods. They are created in order (`web-0`, `web-1`…) and keep their name and their volume. Default: 1.' },
    selector,
    template,
    volumeClaimTemplates: {
      texte: 'PersistentVolumeClaim templates: each Pod gets its own PVC (`www-web-0`, `www-web-1`…), kept even when the Pod is deleted.',
      exemple: 'volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: ["ReadWriteOnce"]\n      resources:\n        requests:\n          storage: 1Gi',
      erreur: 'Each item has its own `metadata` and `spec`: do not shift `spec` to the StatefulSet level. By default, the PVCs are not deleted with the StatefulSet (see `persistentVolumeClaimRetentionPolicy`).',
    },
    podManagementPolicy: {
      texte: '`OrderedReady` (the default: one Pod after the other, each must be ready) or `Parallel` (all at once).',
      exemple: 'podManagementPolicy: Parallel',
    },
    updateStrategy: {
      texte: 'How Pods are updated: `RollingUpdate` (one by one, from the highest ordinal to the lowest, the default) or `OnDelete` (only when you delete a Pod).',
      exemple: 'updateStrategy:\n  type: RollingUpdate',
    },
  }),
  ...fieldsOf(`${APPS}.DaemonSetSpec`, {
    selector: { ...selector, texte: 'Selector: the Pods this DaemonSet manages (one per node). Required.' },
    template: { ...template, texte: 'The template of the Pod run on every node (or on every node chosen by `nodeSelector`/tolerations).' },
    updateStrategy: {
      texte: '`RollingUpdate` (node by node, the default) or `OnDelete`.',
      exemple: 'updateStrategy:\n  type: RollingUpdate',
    },
  }),
  ...fieldsOf(`${BATCH}.JobSpec`, {
    template: {
      texte: 'The template of the Job’s Pods: they run a one-off task, then stop.',
      exemple: 'template:\n  spec:\n    restartPolicy: Never\n    containers:\n      - name: etl\n        image: python:3.12-slim\n        command: ["python", "etl.py"]',
      erreur: '`restartPolicy` must be `Never` or `OnFailure`, in `template.spec` (not in the container).',
    },
    backoffLimit: {
      texte: 'Number of retries before the Job is marked as failed. Default: 6.',
      exemple: 'backoffLimit: 4',
      erreur: 'It goes in the Job’s `spec`, not in `template.spec`.',
    },
    completions: {
      texte: 'Number of Pods that must finish successfully for the Job to be complete. Default: 1 when `parallelism` is absent too; with `parallelism` alone, one successful Pod is enough (“work queue” mode).',
      exemple: 'completions: 5',
    },
    parallelism: {
      texte: 'Maximum number of the Job’s Pods running at the same time. Default: 1.',
      exemple: 'parallelism: 2',
    },
    activeDeadlineSeconds: {
      texte: 'Maximum duration of the Job, in seconds; beyond it, its Pods are stopped and the Job fails.',
      exemple: 'activeDeadlineSeconds: 600',
    },
    ttlSecondsAfterFinished: {
      texte: 'Deletes the Job (and its Pods) automatically this many seconds after it finishes.',
      exemple: 'ttlSecondsAfterFinished: 3600',
    },
    selector: {
      texte: 'Selector of the Job’s Pods. Let Kubernetes generate it: you almost never write it (writing it requires `manualSelector: true`).',
      exemple: '# usually left out',
    },
  }),
  ...fieldsOf(`${BATCH}.CronJobSpec`, {
    schedule: {
      texte: 'When to start the Job, in 5-field cron format: minute, hour, day of month, month, day of week.',
      exemple: 'schedule: "*/5 * * * *"   # every 5 minutes\n# "0 2 * * *": every day at 2 am',
      erreur: 'Put the expression in quotes (`*` means something in YAML). Without `timeZone`, the time is the controller’s (often UTC).',
    },
    jobTemplate: {
      texte: 'The template of the Jobs created at each scheduled time: it holds a Job `spec`, with its Pod template.',
      exemple: 'jobTemplate:\n  spec:\n    template:\n      spec:\n        restartPolicy: OnFailure\n        containers: [...]',
    },
    concurrencyPolicy: {
      texte: 'What to do if the previous Job is still running: `Allow` (the default: start another one), `Forbid` (skip this run) or `Replace` (replace the old one).',
      exemple: 'concurrencyPolicy: Forbid',
    },
    suspend: {
      texte: 'With `true`, no new Job is started (running ones carry on). Default: `false`.',
      exemple: 'suspend: true',
    },
    successfulJobsHistoryLimit: {
      texte: 'Number of successful Jobs kept (to read their logs). Default: 3.',
      exemple: 'successfulJobsHistoryLimit: 3',
    },
    failedJobsHistoryLimit: {
      texte: 'Number of failed Jobs kept. Default: 1.',
      exemple: 'failedJobsHistoryLimit: 1',
    },
    startingDeadlineSeconds: {
      texte: 'Maximum delay, in seconds, to start a missed Job (controller unavailable…); beyond it, that run is skipped.',
      exemple: 'startingDeadlineSeconds: 200',
    },
    timeZone: {
      texte: 'Time zone of `schedule` (a tz database name). Without it, the controller’s time zone is used, often UTC.',
      exemple: 'timeZone: Europe/Paris',
    },
  }),
  ...fieldsOf(`${BATCH}.JobTemplateSpec`, {
    spec: {
      texte: 'The specification of the Job created at each scheduled time: its Pod template, `backoffLimit`…',
      exemple: 'spec:\n  template:\n    spec:\n      restartPolicy: OnFailure',
    },
    metadata: { texte: 'Labels and annotations of the created Jobs.', exemple: 'metadata:\n  labels:\n    app: backup' },
  }),
};
