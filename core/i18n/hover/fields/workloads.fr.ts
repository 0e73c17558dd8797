// Curated French hovers: Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs and CronJobs.
import { APPS, BATCH, fieldsOf, type FieldDocs } from '../types';

const selector = {
  texte: 'Sélecteur : comment le contrôleur reconnaît les Pods qu’il gère. Obligatoire en `apps/v1`.',
  exemple: 'selector:\n  matchLabels:\n    app: web',
  erreur: 'Les labels de `matchLabels` doivent se retrouver dans `spec.template.metadata.labels`, sinon le serveur refuse l’objet. Le sélecteur ne peut plus être modifié après la création.',
};
const template = {
  texte: 'Le template (modèle) des Pods à créer : leurs labels (`metadata`) et leur spécification (`spec` : conteneurs, volumes…).',
  exemple: 'template:\n  metadata:\n    labels:\n      app: web\n  spec:\n    containers:\n      - name: web\n        image: nginx:1.27',
  erreur: 'Les conteneurs se placent dans `template.spec.containers`, et les labels dans `template.metadata.labels` : attention à l’indentation.',
};
const replicas = {
  texte: 'Nombre de Pods identiques souhaités (l’état désiré). Le contrôleur en crée ou en supprime pour l’atteindre. Par défaut : 1.',
  exemple: 'replicas: 3',
  erreur: 'Un nombre sans guillemets (`replicas: "3"` est refusé). `kubectl scale` modifie ce nombre dans le cluster, pas dans votre fichier : le prochain `kubectl apply` le remettra.',
};

export const workloadsFr: FieldDocs = {
  ...fieldsOf(`${APPS}.DeploymentSpec`, {
    replicas,
    selector,
    template,
    strategy: {
      texte: 'Comment remplacer les anciens Pods lors d’une mise à jour : `RollingUpdate` (mise à jour progressive, par défaut) ou `Recreate` (tout arrêter puis tout recréer).',
      exemple: 'strategy:\n  type: RollingUpdate\n  rollingUpdate:\n    maxSurge: 1\n    maxUnavailable: 0',
      erreur: 'Avec `Recreate`, l’application est indisponible pendant la mise à jour ; `rollingUpdate` n’est permis qu’avec le type `RollingUpdate`.',
    },
    revisionHistoryLimit: {
      texte: 'Nombre d’anciens ReplicaSets conservés pour pouvoir revenir en arrière (`kubectl rollout undo`). Par défaut : 10.',
      exemple: 'revisionHistoryLimit: 5',
    },
    minReadySeconds: {
      texte: 'Durée pendant laquelle un nouveau Pod doit rester prêt (sans redémarrer) avant d’être compté comme disponible. Par défaut : 0.',
      exemple: 'minReadySeconds: 10',
    },
    progressDeadlineSeconds: {
      texte: 'Délai, en secondes, après lequel une mise à jour qui n’avance plus est déclarée en échec (`ProgressDeadlineExceeded`). Par défaut : 600.',
      exemple: 'progressDeadlineSeconds: 300',
    },
    paused: {
      texte: 'Avec `true`, les modifications du template ne déclenchent plus de mise à jour (`kubectl rollout pause` / `resume`).',
      exemple: 'paused: false',
    },
  }),
  ...fieldsOf(`${APPS}.DeploymentStrategy`, {
    type: {
      texte: '`RollingUpdate` (remplacement progressif des Pods, sans interruption) ou `Recreate` (suppression de tous les Pods avant de créer les nouveaux).',
      exemple: 'type: RollingUpdate',
      erreur: 'Avec une majuscule à chaque mot : `rollingUpdate` est le nom du bloc de réglages, pas une valeur de `type`.',
    },
    rollingUpdate: {
      texte: 'Réglages de la mise à jour progressive : combien de Pods en plus (`maxSurge`) et combien d’indisponibles (`maxUnavailable`) pendant l’opération.',
      exemple: 'rollingUpdate:\n  maxSurge: 25%\n  maxUnavailable: 25%',
    },
  }),
  ...fieldsOf(`${APPS}.RollingUpdateDeployment`, {
    maxSurge: {
      texte: 'Nombre (ou pourcentage) de Pods créés en plus du nombre de réplicas pendant la mise à jour. Par défaut : 25 %.',
      exemple: 'maxSurge: 1',
      erreur: 'Un nombre (`1`) ou un pourcentage (`25%`) ; `"25"` entre guillemets sans `%` est refusé.',
    },
    maxUnavailable: {
      texte: 'Nombre (ou pourcentage) de Pods qui peuvent être indisponibles pendant la mise à jour. Par défaut : 25 %.',
      exemple: 'maxUnavailable: 0',
      erreur: '`maxSurge` et `maxUnavailable` ne peuvent pas valoir 0 tous les deux.',
    },
  }),
  ...fieldsOf(`${APPS}.ReplicaSetSpec`, {
    replicas,
    selector: { ...selector, texte: 'Sélecteur : les Pods que ce ReplicaSet compte comme les siens. On utilise rarement un ReplicaSet directement : un Deployment les crée pour vous.' },
    template,
    minReadySeconds: {
      texte: 'Durée pendant laquelle un nouveau Pod doit rester prêt avant d’être compté comme disponible. Par défaut : 0.',
      exemple: 'minReadySeconds: 10',
    },
  }),
  ...fieldsOf(`${APPS}.StatefulSetSpec`, {
    serviceName: {
      texte: 'Nom du Service headless (`clusterIP: None`) qui donne à chaque Pod un nom DNS stable : `web-0.nginx.default.svc.cluster.local`.',
      exemple: 'serviceName: nginx',
      erreur: 'Ce Service n’est pas créé automatiquement : écrivez-le (avec `clusterIP: None` et le même sélecteur), sinon les noms DNS des Pods n’existent pas.',
    },
    replicas: { ...replicas, texte: 'Nombre de Pods souhaités. Ils sont créés dans l’ordre (`web-0`, `web-1`…) et gardent leur nom et leur volume. Par défaut : 1.' },
    selector,
    template,
    volumeClaimTemplates: {
      texte: 'Modèles de PersistentVolumeClaim : chaque Pod reçoit sa propre PVC (`www-web-0`, `www-web-1`…), conservée même si le Pod est supprimé.',
      exemple: 'volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: ["ReadWriteOnce"]\n      resources:\n        requests:\n          storage: 1Gi',
      erreur: 'Chaque élément a son propre `metadata` et son `spec` : ne décalez pas `spec` au niveau du StatefulSet. Par défaut, les PVC ne sont pas supprimées avec le StatefulSet (voir `persistentVolumeClaimRetentionPolicy`).',
    },
    podManagementPolicy: {
      texte: '`OrderedReady` (par défaut : un Pod après l’autre, chacun doit être prêt) ou `Parallel` (tous en même temps).',
      exemple: 'podManagementPolicy: Parallel',
    },
    updateStrategy: {
      texte: 'Comment mettre à jour les Pods : `RollingUpdate` (un par un, du plus grand numéro au plus petit, par défaut) ou `OnDelete` (seulement quand vous supprimez un Pod).',
      exemple: 'updateStrategy:\n  type: RollingUpdate',
    },
  }),
  ...fieldsOf(`${APPS}.DaemonSetSpec`, {
    selector: { ...selector, texte: 'Sélecteur : les Pods que ce DaemonSet gère (un par nœud). Obligatoire.' },
    template: { ...template, texte: 'Le template du Pod lancé sur chaque nœud (ou sur chaque nœud choisi par `nodeSelector`/tolérances).' },
    updateStrategy: {
      texte: '`RollingUpdate` (remplacement nœud par nœud, par défaut) ou `OnDelete`.',
      exemple: 'updateStrategy:\n  type: RollingUpdate',
    },
  }),
  ...fieldsOf(`${BATCH}.JobSpec`, {
    template: {
      texte: 'Le template des Pods du Job : ils exécutent une tâche ponctuelle, puis s’arrêtent.',
      exemple: 'template:\n  spec:\n    restartPolicy: Never\n    containers:\n      - name: etl\n        image: python:3.12-slim\n        command: ["python", "etl.py"]',
      erreur: '`restartPolicy` doit valoir `Never` ou `OnFailure`, dans `template.spec` (pas dans le conteneur).',
    },
    backoffLimit: {
      texte: 'Nombre de nouvelles tentatives avant de déclarer le Job en échec. Par défaut : 6.',
      exemple: 'backoffLimit: 4',
      erreur: 'Il se place dans `spec` du Job, pas dans `template.spec`.',
    },
    completions: {
      texte: 'Nombre de Pods qui doivent se terminer avec succès pour que le Job soit fini. Par défaut : 1 si `parallelism` est absent aussi ; avec `parallelism` seul, la réussite d’un Pod suffit (mode « file de travail »).',
      exemple: 'completions: 5',
    },
    parallelism: {
      texte: 'Nombre maximal de Pods du Job qui tournent en même temps. Par défaut : 1.',
      exemple: 'parallelism: 2',
    },
    activeDeadlineSeconds: {
      texte: 'Durée maximale du Job, en secondes ; au-delà, ses Pods sont arrêtés et le Job échoue.',
      exemple: 'activeDeadlineSeconds: 600',
    },
    ttlSecondsAfterFinished: {
      texte: 'Supprime automatiquement le Job (et ses Pods) ce nombre de secondes après sa fin.',
      exemple: 'ttlSecondsAfterFinished: 3600',
    },
    selector: {
      texte: 'Sélecteur des Pods du Job. Laissez Kubernetes le générer : on ne l’écrit presque jamais (l’écrire exige `manualSelector: true`).',
      exemple: '# à omettre en général',
    },
  }),
  ...fieldsOf(`${BATCH}.CronJobSpec`, {
    schedule: {
      texte: 'Quand lancer le Job, au format cron à 5 champs : minute, heure, jour du mois, mois, jour de la semaine.',
      exemple: 'schedule: "*/5 * * * *"   # toutes les 5 minutes\n# "0 2 * * *" : tous les jours à 2 h',
      erreur: 'Mettez l’expression entre guillemets (`*` a un sens en YAML). Sans `timeZone`, l’heure est celle du contrôleur (souvent UTC).',
    },
    jobTemplate: {
      texte: 'Le modèle des Jobs créés à chaque échéance : il contient le `spec` d’un Job, avec son template de Pod.',
      exemple: 'jobTemplate:\n  spec:\n    template:\n      spec:\n        restartPolicy: OnFailure\n        containers: [...]',
    },
    concurrencyPolicy: {
      texte: 'Que faire si le Job précédent tourne encore : `Allow` (par défaut : en lancer un autre), `Forbid` (sauter cette échéance) ou `Replace` (remplacer l’ancien).',
      exemple: 'concurrencyPolicy: Forbid',
    },
    suspend: {
      texte: 'Avec `true`, plus aucun Job n’est lancé (ceux en cours continuent). Par défaut : `false`.',
      exemple: 'suspend: true',
    },
    successfulJobsHistoryLimit: {
      texte: 'Nombre de Jobs réussis conservés (pour lire leurs journaux). Par défaut : 3.',
      exemple: 'successfulJobsHistoryLimit: 3',
    },
    failedJobsHistoryLimit: {
      texte: 'Nombre de Jobs échoués conservés. Par défaut : 1.',
      exemple: 'failedJobsHistoryLimit: 1',
    },
    startingDeadlineSeconds: {
      texte: 'Retard maximal, en secondes, pour lancer un Job manqué (contrôleur indisponible…) ; au-delà, l’échéance est sautée.',
      exemple: 'startingDeadlineSeconds: 200',
    },
    timeZone: {
      texte: 'Fuseau horaire de `schedule` (nom de la base tz). Sans lui, c’est le fuseau du contrôleur, souvent UTC.',
      exemple: 'timeZone: Europe/Paris',
    },
  }),
  ...fieldsOf(`${BATCH}.JobTemplateSpec`, {
    spec: {
      texte: 'La spécification du Job créé à chaque échéance : son template de Pod, `backoffLimit`…',
      exemple: 'spec:\n  template:\n    spec:\n      restartPolicy: OnFailure',
    },
    metadata: { texte: 'Labels et annotations des Jobs créés.', exemple: 'metadata:\n  labels:\n    app: sauvegarde' },
  }),
};
