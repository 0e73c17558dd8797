// Whole-object snippets for an empty document: the objects of the courses, and a consistent Deployment +
// Service pair (the same labels, the Service's targetPort equal to the containerPort). Placeholders with the same
// number are edited together in VS Code, so renaming the application renames it everywhere.
import type { Lang } from '../model';

export interface ObjectSnippet {
  /** Label shown in the completion list. */
  label: string;
  kind: string;
  body: string;
  description: { fr: string; en: string };
}

const deployment = (app: string, port: string, image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  labels:
    app: ${app}
spec:
  replicas: \${3:2}
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${app}
    spec:
      containers:
        - name: ${app}
          image: ${image}
          ports:
            - containerPort: ${port}
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi`;

const service = (app: string, port: string) => `apiVersion: v1
kind: Service
metadata:
  name: ${app}
spec:
  selector:
    app: ${app}
  ports:
    - port: \${5:80}
      targetPort: ${port}`;

export const OBJECT_SNIPPETS: ObjectSnippet[] = [
  {
    label: 'Deployment + Service', kind: 'Deployment',
    body: `${deployment('${1:mon-application}', '${2:8080}', '${4:nginx:1.27}')}\n---\n${service('${1:mon-application}', '${2:8080}')}\n$0`,
    description: {
      fr: 'Un Deployment et le Service qui l’expose, cohérents : mêmes labels (`app`), et le `targetPort` du Service égal au `containerPort` du conteneur.',
      en: 'A Deployment and the Service exposing it, consistent: same labels (`app`), and the Service targetPort equal to the containerPort.',
    },
  },
  {
    label: 'Deployment', kind: 'Deployment',
    body: `${deployment('${1:mon-application}', '${2:8080}', '${4:nginx:1.27}')}\n$0`,
    description: { fr: 'Un Deployment : des réplicas d’un Pod, recréés s’ils disparaissent.', en: 'A Deployment: replicas of a Pod, recreated when they disappear.' },
  },
  {
    label: 'Service', kind: 'Service',
    body: `${service('${1:mon-application}', '${2:8080}')}\n$0`,
    description: { fr: 'Un Service ClusterIP qui envoie le trafic vers les Pods portant le label `app`.', en: 'A ClusterIP Service sending traffic to the Pods labelled `app`.' },
  },
  {
    label: 'Pod', kind: 'Pod',
    body: `apiVersion: v1
kind: Pod
metadata:
  name: \${1:mon-pod}
  labels:
    app: \${1:mon-pod}
spec:
  containers:
    - name: \${2:app}
      image: \${3:nginx:1.27}
      ports:
        - containerPort: \${4:80}
$0`,
    description: { fr: 'Un Pod isolé (pour tester : en production, préférez un Deployment).', en: 'A bare Pod (for tests: prefer a Deployment in production).' },
  },
  {
    label: 'Ingress', kind: 'Ingress',
    body: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: \${1:mon-ingress}
spec:
  ingressClassName: \${2:nginx}
  rules:
    - host: \${3:mon-application.kub.sspcloud.fr}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: \${4:mon-application}
                port:
                  number: \${5:80}
$0`,
    description: {
      fr: 'Un Ingress qui route un nom d’hôte vers le port d’un Service (le nom d’hôte doit être unique sur la plateforme).',
      en: 'An Ingress routing a host name to a Service port (the host name must be unique on the platform).',
    },
  },
  {
    label: 'ConfigMap', kind: 'ConfigMap',
    body: `apiVersion: v1
kind: ConfigMap
metadata:
  name: \${1:configuration-application}
data:
  \${2:APP_TITLE}: "\${3:Mon application}"
$0`,
    description: { fr: 'Une ConfigMap : paramètres non sensibles, en paires clé–valeur (des chaînes).', en: 'A ConfigMap: non-sensitive settings as key–value strings.' },
  },
  {
    label: 'Secret (stringData)', kind: 'Secret',
    body: `apiVersion: v1
kind: Secret
metadata:
  name: \${1:credentials-application}
type: Opaque
stringData:
  \${2:DB_PASSWORD}: "\${3:a-remplacer}"
$0`,
    description: {
      fr: 'Un Secret écrit en clair avec `stringData` (Kubernetes l’encode en base64, ce qui n’est pas un chiffrement). Ne versionnez pas ce fichier.',
      en: 'A Secret written in clear text with `stringData` (Kubernetes base64-encodes it, which is not encryption). Do not commit this file.',
    },
  },
  {
    label: 'Job', kind: 'Job',
    body: `apiVersion: batch/v1
kind: Job
metadata:
  name: \${1:ma-tache}
spec:
  backoffLimit: \${2:4}
  template:
    spec:
      restartPolicy: \${3|Never,OnFailure|}
      containers:
        - name: \${1:ma-tache}
          image: \${4:busybox:1.36}
          command: ["sh", "-c", "\${5:echo Bonjour Kubernetes}"]
$0`,
    description: { fr: 'Un Job : une tâche ponctuelle, relancée en cas d’échec jusqu’à `backoffLimit`.', en: 'A Job: a one-off task, retried up to backoffLimit.' },
  },
  {
    label: 'CronJob', kind: 'CronJob',
    body: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: \${1:ma-tache-planifiee}
spec:
  schedule: "\${2:*/5 * * * *}"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: \${1:ma-tache-planifiee}
              image: \${3:busybox:1.36}
              command: ["sh", "-c", "\${4:date}"]
$0`,
    description: { fr: 'Un CronJob : un Job lancé à intervalles réguliers (ici toutes les 5 minutes).', en: 'A CronJob: a Job run on a schedule (here every 5 minutes).' },
  },
  {
    label: 'PersistentVolumeClaim', kind: 'PersistentVolumeClaim',
    body: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: \${1:mes-donnees}
spec:
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: \${2:1Gi}
$0`,
    description: { fr: 'Une PersistentVolumeClaim : du stockage persistant, monté par un Pod avec `claimName`.', en: 'A PersistentVolumeClaim: persistent storage, mounted by a Pod with claimName.' },
  },
];

export function snippetDescription(s: ObjectSnippet, lang: Lang): string {
  return s.description[lang];
}
