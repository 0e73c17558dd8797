// Hover on `kind` / `apiVersion`: the object in two sentences and its documentation page (French when the
// Kubernetes site has one).
import type { KindDoc } from './types';

const FR = 'https://kubernetes.io/fr/docs/';
const EN = 'https://kubernetes.io/docs/';

export const kindsFr: Record<string, KindDoc> = {
  Pod: {
    texte: 'Un Pod est la plus petite unité que Kubernetes déploie : un ou plusieurs conteneurs qui partagent une adresse IP et des volumes. Un Pod isolé n’est pas recréé s’il disparaît : on le fait gérer par un Deployment, un Job ou un StatefulSet.',
    url: `${FR}concepts/workloads/pods/`, fr: true,
  },
  Deployment: {
    texte: 'Un Deployment maintient le nombre voulu de Pods identiques (les réplicas) à partir d’un template, et les recrée s’ils disparaissent (auto-réparation). Il gère les mises à jour progressives (rolling update) et les retours arrière (rollback) en passant par des ReplicaSets.',
    url: `${FR}concepts/workloads/controllers/deployment/`, fr: true,
  },
  ReplicaSet: {
    texte: 'Un ReplicaSet garantit qu’un nombre donné de Pods correspondant à son sélecteur tourne à tout moment. On l’utilise rarement directement : un Deployment crée et remplace ses ReplicaSets pour vous.',
    url: `${FR}concepts/workloads/controllers/replicaset/`, fr: true,
  },
  StatefulSet: {
    texte: 'Un StatefulSet gère des Pods qui ont chacun une identité stable : un nom ordonné (`web-0`, `web-1`…), un nom DNS et leur propre volume persistant. On l’utilise pour les bases de données et les applications avec état.',
    url: `${FR}concepts/workloads/controllers/statefulset/`, fr: true,
  },
  DaemonSet: {
    texte: 'Un DaemonSet lance une copie d’un Pod sur chaque nœud (ou sur chaque nœud choisi), et en ajoute une quand un nœud rejoint le cluster. On l’utilise pour les agents de journaux, de supervision ou de réseau.',
    url: `${EN}concepts/workloads/controllers/daemonset/`, fr: false,
  },
  Job: {
    texte: 'Un Job exécute une tâche ponctuelle jusqu’à sa réussite : il crée des Pods et en relance en cas d’échec, jusqu’à `backoffLimit`. Ses Pods doivent avoir `restartPolicy: Never` ou `OnFailure`.',
    url: `${EN}concepts/workloads/controllers/job/`, fr: false,
  },
  CronJob: {
    texte: 'Un CronJob crée un Job à intervalles réguliers, selon une expression cron (`schedule`). On l’utilise pour les sauvegardes, les rapports ou les traitements batch périodiques.',
    url: `${EN}concepts/workloads/controllers/cron-jobs/`, fr: false,
  },
  Service: {
    texte: 'Un Service donne une adresse IP et un nom DNS stables à un ensemble de Pods choisis par leurs labels (son sélecteur), et répartit le trafic entre eux. Les autres Pods le joignent par son nom (`http://<service>:<port>`).',
    url: `${FR}concepts/services-networking/service/`, fr: true,
  },
  Ingress: {
    texte: 'Un Ingress route le trafic HTTP(S) venant de l’extérieur vers des Services, selon le nom d’hôte et le chemin de l’URL. Il ne fait rien sans contrôleur d’Ingress (par exemple ingress-nginx) installé dans le cluster.',
    url: `${FR}concepts/services-networking/ingress/`, fr: true,
  },
  IngressClass: {
    texte: 'Une IngressClass désigne un contrôleur d’Ingress installé dans le cluster. Un Ingress la choisit avec `spec.ingressClassName`.',
    url: `${FR}concepts/services-networking/ingress/`, fr: true,
  },
  NetworkPolicy: {
    texte: 'Une NetworkPolicy restreint le trafic réseau vers ou depuis des Pods choisis par leurs labels. Par défaut les Pods ne sont pas isolés, et ces règles n’ont d’effet que si le plugin réseau les applique.',
    url: `${FR}concepts/services-networking/network-policies/`, fr: true,
  },
  ConfigMap: {
    texte: 'Une ConfigMap stocke la configuration **non sensible** d’une application, en paires clé–valeur. Les Pods la lisent comme variables d’environnement ou comme fichiers montés.',
    url: `${FR}tasks/configure-pod-container/configure-pod-configmap/`, fr: true,
  },
  Secret: {
    texte: 'Un Secret stocke des données sensibles (mots de passe, jetons, certificats) que les Pods lisent comme variables ou fichiers. Les valeurs sont seulement encodées en base64, ce qui n’est pas un chiffrement : limitez qui peut les lire et ne versionnez pas ce fichier.',
    url: `${FR}concepts/configuration/secret/`, fr: true,
  },
  PersistentVolumeClaim: {
    texte: 'Une PersistentVolumeClaim (PVC) demande du stockage persistant d’une taille et d’un mode d’accès donnés ; Kubernetes lui associe un PersistentVolume. Un Pod la monte comme volume, et les données survivent au Pod.',
    url: `${FR}concepts/storage/persistent-volumes/`, fr: true,
  },
  PersistentVolume: {
    texte: 'Un PersistentVolume (PV) est un morceau de stockage du cluster, créé par un administrateur ou automatiquement par une StorageClass. Il est lié (`Bound`) à une seule PersistentVolumeClaim.',
    url: `${FR}concepts/storage/persistent-volumes/`, fr: true,
  },
  StorageClass: {
    texte: 'Une StorageClass décrit un type de stockage (disque rapide, réseau…) et sait créer des PersistentVolumes à la demande. Une PVC la choisit avec `storageClassName`.',
    url: `${FR}concepts/storage/persistent-volumes/`, fr: true,
  },
  Namespace: {
    texte: 'Un Namespace (espace de noms) est un « cluster virtuel » : il isole les noms des ressources et sert de périmètre aux droits et aux quotas. `kube-system` contient les composants du cluster : n’y touchez pas.',
    url: `${FR}concepts/overview/working-with-objects/namespaces/`, fr: true,
  },
  ServiceAccount: {
    texte: 'Un ServiceAccount est l’identité d’un Pod auprès de l’API Kubernetes. Ses droits viennent des Roles (ou ClusterRoles) qui lui sont attribués par des RoleBindings (ou ClusterRoleBindings).',
    url: `${FR}tasks/configure-pod-container/configure-service-account/`, fr: true,
  },
  Role: {
    texte: 'Un Role liste des permissions (verbes sur des types de ressources) dans un seul namespace. Il ne fait rien par lui-même : un RoleBinding l’attribue à un utilisateur ou à un ServiceAccount.',
    url: `${EN}reference/access-authn-authz/rbac/`, fr: false,
  },
  ClusterRole: {
    texte: 'Un ClusterRole liste des permissions valables dans tout le cluster, ou réutilisables dans chaque namespace. Il est attribué par un ClusterRoleBinding ou un RoleBinding.',
    url: `${EN}reference/access-authn-authz/rbac/`, fr: false,
  },
  RoleBinding: {
    texte: 'Un RoleBinding attribue un Role (ou un ClusterRole) à des utilisateurs, des groupes ou des ServiceAccounts, dans son namespace. Son `roleRef` ne peut plus être modifié après la création.',
    url: `${EN}reference/access-authn-authz/rbac/`, fr: false,
  },
  ClusterRoleBinding: {
    texte: 'Un ClusterRoleBinding attribue un ClusterRole dans tout le cluster. À réserver aux administrateurs.',
    url: `${EN}reference/access-authn-authz/rbac/`, fr: false,
  },
  HorizontalPodAutoscaler: {
    texte: 'Un HorizontalPodAutoscaler ajuste automatiquement le nombre de réplicas d’un Deployment (ou d’un StatefulSet) selon une mesure (CPU, mémoire…). Il a besoin du metrics-server et des demandes (requests) des conteneurs.',
    url: `${FR}tasks/run-application/horizontal-pod-autoscale-walkthrough/`, fr: true,
  },
  ResourceQuota: {
    texte: 'Un ResourceQuota plafonne ce qu’un namespace peut consommer : CPU, mémoire, nombre d’objets. Un Pod qui dépasserait le quota est refusé.',
    url: `${EN}concepts/policy/resource-quotas/`, fr: false,
  },
  LimitRange: {
    texte: 'Un LimitRange fixe, dans un namespace, les demandes et limites par défaut, minimales et maximales des conteneurs. Il s’applique aux Pods créés après lui.',
    url: `${EN}concepts/policy/limit-range/`, fr: false,
  },
  PodDisruptionBudget: {
    texte: 'Un PodDisruptionBudget garantit qu’un nombre minimal de Pods reste disponible pendant les opérations volontaires (vidage d’un nœud, mise à jour du cluster).',
    url: `${EN}concepts/workloads/pods/disruptions/`, fr: false,
  },
  Node: {
    texte: 'Un Node (nœud) est une machine du cluster qui exécute des Pods, grâce au kubelet. Les nœuds sont gérés par les administrateurs, pas par les manifestes d’une application.',
    url: `${FR}concepts/architecture/nodes/`, fr: true,
  },
  EndpointSlice: {
    texte: 'Un EndpointSlice liste les adresses des Pods derrière un Service. Kubernetes les crée et les met à jour lui-même à partir du sélecteur du Service.',
    url: `${FR}concepts/services-networking/endpoint-slices/`, fr: true,
  },
  CustomResourceDefinition: {
    texte: 'Une CustomResourceDefinition (CRD) ajoute un nouveau type de ressource à l’API Kubernetes, avec son schéma. Les opérateurs (cert-manager, Argo CD…) s’en servent pour leurs propres objets.',
    url: `${FR}concepts/extend-kubernetes/api-extension/custom-resources/`, fr: true,
  },
};
