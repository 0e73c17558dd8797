// Curated French hovers: metadata, label selectors, RBAC, autoscaling, quotas and limits.
import { AUTOSCALING, CORE, fieldsOf, META, POLICY, RBAC, type FieldDocs } from '../types';

const CERTIFICATES = 'io.k8s.api.certificates.v1';

const selectorLabels = {
  texte: 'Labels que les objets sélectionnés doivent porter, **tous** à la fois (paires `clé: valeur`).',
  exemple: 'matchLabels:\n  app: web',
  erreur: 'Ils doivent correspondre exactement (majuscules comprises) aux labels du template de Pod.',
};

export const metaFr: FieldDocs = {
  ...fieldsOf(`${META}.ObjectMeta`, {
    name: {
      texte: 'Nom de la ressource, unique pour ce type dans le namespace. Obligatoire. Pour un Service, ce nom devient aussi son nom DNS (`http://<nom>:<port>`).',
      exemple: 'name: mon-application',
      erreur: 'Minuscules, chiffres, `-` et `.` seulement (pas de `_` ni de majuscules), commençant et finissant par une lettre ou un chiffre ; pour un Service, pas de `.`, une lettre au début et 63 caractères au plus. Changer le nom crée une nouvelle ressource au lieu de modifier l’ancienne.',
    },
    namespace: {
      texte: 'Namespace (espace de noms) de la ressource : un « cluster virtuel » qui isole les noms. Sans ce champ, c’est le namespace courant de `kubectl` (ou `-n`).',
      exemple: 'namespace: user-etudiant',
      erreur: 'Sur une plateforme où vous n’avez droit qu’à votre namespace, un namespace écrit en dur (`default`) fait échouer `kubectl apply` (accès refusé). Ne touchez pas à `kube-system`.',
    },
    labels: {
      texte: 'Labels (étiquettes) : des paires `clé: valeur` qui permettent de regrouper et de sélectionner les objets (`kubectl get pods -l app=web`, sélecteurs des Services et des Deployments).',
      exemple: 'labels:\n  app: web\n  tier: frontend',
      erreur: 'Les valeurs sont des chaînes : `version: 1.10` est lu comme le nombre 1.1 et refusé : écrivez `"1.10"`. Évitez de réutiliser le même label pour deux parties différentes de l’application.',
    },
    annotations: {
      texte: 'Annotations : informations libres attachées à l’objet, lues par des outils (contrôleur d’Ingress, cert-manager…), pas utilisées pour sélectionner.',
      exemple: 'annotations:\n  nginx.ingress.kubernetes.io/rewrite-target: /',
      erreur: 'Les valeurs sont des chaînes : mettez `"true"` ou `"80"` entre guillemets.',
    },
    generateName: {
      texte: 'Préfixe du nom quand le nom est généré par Kubernetes (`kubectl create`) : `pi-` donne `pi-x7k2p`.',
      exemple: 'generateName: pi-',
      erreur: 'Ne marche qu’avec `kubectl create`, pas avec `kubectl apply` (qui exige un `name`).',
    },
    ownerReferences: {
      texte: 'Propriétaires de l’objet (un Pod appartient à un ReplicaSet…) : géré par Kubernetes, à ne pas recopier dans un manifeste.',
      exemple: '# à omettre',
    },
    creationTimestamp: {
      texte: 'Date de création, remplie par le serveur : à ne pas recopier dans un manifeste.',
      exemple: '# à omettre',
    },
    resourceVersion: {
      texte: 'Version interne de l’objet, remplie par le serveur à chaque modification : à ne pas recopier dans un manifeste (un `kubectl apply` avec une version périmée est refusé).',
      exemple: '# à omettre',
    },
    uid: {
      texte: 'Identifiant unique attribué par le serveur à la création : à ne pas recopier dans un manifeste.',
      exemple: '# à omettre',
    },
  }),
  ...fieldsOf(`${META}.LabelSelector`, {
    matchLabels: selectorLabels,
    matchExpressions: {
      texte: 'Conditions plus riches sur les labels : `In`, `NotIn`, `Exists`, `DoesNotExist`. Elles s’ajoutent à `matchLabels` (toutes doivent être vraies).',
      exemple: 'matchExpressions:\n  - key: tier\n    operator: In\n    values: ["frontend", "backend"]',
    },
  }),
  ...fieldsOf(`${META}.LabelSelectorRequirement`, {
    key: { texte: 'Clé du label testé.', exemple: 'key: tier' },
    operator: {
      texte: '`In` (la valeur est dans la liste), `NotIn`, `Exists` (le label existe), `DoesNotExist`.',
      exemple: 'operator: In',
    },
    values: {
      texte: 'Valeurs acceptées (avec `In` / `NotIn`) ; vide avec `Exists` / `DoesNotExist`.',
      exemple: 'values: ["frontend"]',
    },
  }),
  ...fieldsOf(`${RBAC}.Role`, {
    rules: {
      texte: 'Ce que le rôle autorise : pour chaque groupe d’API et type de ressource, les verbes permis. Un Role ne vaut que dans son namespace et ne fait rien sans RoleBinding.',
      exemple: 'rules:\n  - apiGroups: [""]\n    resources: ["pods", "services"]\n    verbs: ["get", "list", "watch"]',
    },
  }),
  ...fieldsOf(`${RBAC}.ClusterRole`, {
    rules: {
      texte: 'Ce que le rôle autorise, dans tout le cluster (avec un ClusterRoleBinding) ou dans un namespace (avec un RoleBinding).',
      exemple: 'rules:\n  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list"]',
    },
  }),
  ...fieldsOf(`${RBAC}.PolicyRule`, {
    apiGroups: {
      texte: 'Groupes d’API concernés : `""` pour le groupe principal (pods, services, configmaps, secrets…), `apps` pour les Deployments, `batch` pour les Jobs.',
      exemple: 'apiGroups: [""]',
      erreur: '`apiGroups: []` (liste vide) est refusé par le serveur : écrivez `[""]` pour le groupe principal.',
    },
    resources: {
      texte: 'Types de ressources, au pluriel et en minuscules (`pods`, `deployments`, `pods/log`).',
      exemple: 'resources: ["pods", "pods/log"]',
      erreur: 'Au pluriel et en minuscules : `Pod` ou `pod` ne correspondent à rien.',
    },
    verbs: {
      texte: 'Actions permises : `get`, `list`, `watch`, `create`, `update`, `patch`, `delete`, `deletecollection`, ou `*`.',
      exemple: 'verbs: ["get", "list", "watch"]',
    },
    resourceNames: {
      texte: 'Limite la règle à ces objets précis (par leur nom).',
      exemple: 'resourceNames: ["ma-config"]',
    },
  }),
  ...fieldsOf(`${RBAC}.RoleBinding`, {
    roleRef: {
      texte: 'Le rôle attribué (un Role du même namespace ou un ClusterRole). Il ne peut plus être modifié après la création.',
      exemple: 'roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: lecture-pods',
    },
    subjects: {
      texte: 'À qui le rôle est attribué : utilisateurs, groupes ou comptes de service.',
      exemple: 'subjects:\n  - kind: ServiceAccount\n    name: mon-application\n    namespace: default',
    },
  }),
  ...fieldsOf(`${RBAC}.RoleRef`, {
    apiGroup: { texte: 'Toujours `rbac.authorization.k8s.io`.', exemple: 'apiGroup: rbac.authorization.k8s.io' },
    kind: { texte: '`Role` ou `ClusterRole`.', exemple: 'kind: Role' },
    name: {
      texte: 'Nom du Role ou du ClusterRole attribué.',
      exemple: 'name: lecture-pods',
      erreur: 'Le rôle doit exister (dans le même namespace pour un Role), sinon le binding n’accorde rien.',
    },
  }),
  ...fieldsOf(`${RBAC}.Subject`, {
    kind: { texte: '`User`, `Group` ou `ServiceAccount`.', exemple: 'kind: ServiceAccount' },
    name: { texte: 'Nom de l’utilisateur, du groupe ou du compte de service.', exemple: 'name: mon-application' },
    namespace: {
      texte: 'Namespace du compte de service (obligatoire pour `kind: ServiceAccount`).',
      exemple: 'namespace: default',
    },
    apiGroup: {
      texte: '`rbac.authorization.k8s.io` pour `User` et `Group` ; vide pour `ServiceAccount`.',
      exemple: 'apiGroup: rbac.authorization.k8s.io',
    },
  }),
  ...fieldsOf(`${AUTOSCALING}.HorizontalPodAutoscalerSpec`, {
    scaleTargetRef: {
      texte: 'L’objet dont le nombre de réplicas est ajusté (en général un Deployment).',
      exemple: 'scaleTargetRef:\n  apiVersion: apps/v1\n  kind: Deployment\n  name: web',
    },
    minReplicas: { texte: 'Nombre minimal de réplicas. Par défaut : 1.', exemple: 'minReplicas: 2' },
    maxReplicas: { texte: 'Nombre maximal de réplicas. Obligatoire.', exemple: 'maxReplicas: 10' },
    metrics: {
      texte: 'Mesures à suivre, par exemple l’utilisation moyenne du CPU rapportée aux demandes (requests).',
      exemple: 'metrics:\n  - type: Resource\n    resource:\n      name: cpu\n      target:\n        type: Utilization\n        averageUtilization: 70',
      erreur: 'Sans `requests` de CPU dans les conteneurs et sans metrics-server dans le cluster, l’autoscaler ne peut rien calculer.',
    },
  }),
  ...fieldsOf(`${CORE}.ResourceQuotaSpec`, {
    hard: {
      texte: 'Plafonds pour tout le namespace : total des demandes et des limites, nombre d’objets…',
      exemple: 'hard:\n  requests.cpu: "4"\n  requests.memory: 8Gi\n  pods: "20"',
      erreur: 'Avec un quota sur `requests.cpu`, `limits.memory`…, chaque conteneur doit déclarer la demande ou la limite correspondante (ou la recevoir d’une LimitRange), sinon le Pod est refusé.',
    },
  }),
  ...fieldsOf(`${CORE}.LimitRangeSpec`, {
    limits: {
      texte: 'Valeurs par défaut, minimales et maximales des ressources, par type d’objet (`Container`, `Pod`, `PersistentVolumeClaim`).',
      exemple: 'limits:\n  - type: Container\n    default:\n      memory: 512Mi\n    defaultRequest:\n      memory: 256Mi',
    },
  }),
  ...fieldsOf(`${CORE}.LimitRangeItem`, {
    type: { texte: 'À quoi s’applique la limite : `Container`, `Pod` ou `PersistentVolumeClaim`.', exemple: 'type: Container' },
    default: {
      texte: 'Limites (limits) données aux conteneurs qui n’en déclarent pas.',
      exemple: 'default:\n  cpu: 500m\n  memory: 512Mi',
      erreur: '`default` se place dans un élément de `limits`, à côté de `type`.',
    },
    defaultRequest: { texte: 'Demandes (requests) données aux conteneurs qui n’en déclarent pas.', exemple: 'defaultRequest:\n  memory: 256Mi' },
    max: { texte: 'Maximum autorisé.', exemple: 'max:\n  memory: 1Gi' },
    min: { texte: 'Minimum exigé.', exemple: 'min:\n  memory: 64Mi' },
  }),
  ...fieldsOf(`${POLICY}.PodDisruptionBudgetSpec`, {
    minAvailable: {
      texte: 'Nombre (ou pourcentage) de Pods sélectionnés qui doivent rester disponibles pendant une opération volontaire (vidage d’un nœud…).',
      exemple: 'minAvailable: 1',
    },
    maxUnavailable: { texte: 'Nombre (ou pourcentage) de Pods qui peuvent être indisponibles en même temps.', exemple: 'maxUnavailable: 1' },
    selector: { texte: 'Les Pods protégés par ce budget.', exemple: 'selector:\n  matchLabels:\n    app: web' },
  }),
  ...fieldsOf(`${CERTIFICATES}.CertificateSigningRequestSpec`, {
    request: {
      texte: 'La demande de certificat (CSR au format PEM), encodée en base64.',
      exemple: 'request: LS0tLS1CRUdJTi...   # cat moi.csr | base64 | tr -d "\\n"',
      erreur: 'Encodez le fichier `.csr` entier en base64, sur une seule ligne.',
    },
    signerName: {
      texte: 'Qui doit signer le certificat : `kubernetes.io/kube-apiserver-client` pour un certificat d’utilisateur qui s’authentifie auprès de l’API.',
      exemple: 'signerName: kubernetes.io/kube-apiserver-client',
    },
    usages: {
      texte: 'Usages demandés pour le certificat ; pour un client de l’API : `client auth`.',
      exemple: 'usages: ["client auth"]',
    },
    groups: {
      texte: 'Groupes de l’utilisateur (rempli par le serveur à partir de l’auteur de la demande).',
      exemple: '# rempli par le serveur',
    },
    expirationSeconds: {
      texte: 'Durée de validité demandée pour le certificat, en secondes.',
      exemple: 'expirationSeconds: 86400   # un jour',
    },
  }),
};
